package org.casebridge.forestry;

import org.casebridge.platform.testing.ServiceStartupContract;

class ForestryApplicationIT extends ServiceStartupContract {
}
