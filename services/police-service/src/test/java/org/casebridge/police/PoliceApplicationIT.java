package org.casebridge.police;

import org.casebridge.exchange.testing.ServiceStartupContract;

class PoliceApplicationIT extends ServiceStartupContract {
}
