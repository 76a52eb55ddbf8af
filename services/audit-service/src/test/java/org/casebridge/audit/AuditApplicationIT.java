package org.casebridge.audit;

import org.casebridge.platform.testing.ServiceStartupContract;

class AuditApplicationIT extends ServiceStartupContract {
}
