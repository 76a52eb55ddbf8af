package org.casebridge.naturalresources;

import org.casebridge.exchange.testing.ServiceStartupContract;

class NaturalResourcesApplicationIT extends ServiceStartupContract {
}
