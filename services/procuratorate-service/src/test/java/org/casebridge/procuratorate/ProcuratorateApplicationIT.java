package org.casebridge.procuratorate;

import org.casebridge.platform.testing.ServiceStartupContract;

class ProcuratorateApplicationIT extends ServiceStartupContract {
}
