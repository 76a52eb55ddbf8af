package org.casebridge.forestry;

import org.casebridge.exchange.testing.ServiceStartupContract;

class ForestryApplicationIT extends ServiceStartupContract {
}
