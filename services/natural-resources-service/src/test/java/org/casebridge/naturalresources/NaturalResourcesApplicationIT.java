package org.casebridge.naturalresources;

import org.casebridge.platform.testing.ServiceStartupContract;

class NaturalResourcesApplicationIT extends ServiceStartupContract {
}
