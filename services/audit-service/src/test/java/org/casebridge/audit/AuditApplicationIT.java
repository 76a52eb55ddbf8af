package org.casebridge.audit;

import org.casebridge.exchange.testing.ServiceStartupContract;

class AuditApplicationIT extends ServiceStartupContract {
}
