package org.casebridge.police;

import org.casebridge.platform.testing.ServiceStartupContract;

class PoliceApplicationIT extends ServiceStartupContract {
}
