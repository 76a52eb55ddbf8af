package org.casebridge.court;

import org.casebridge.exchange.testing.ServiceStartupContract;

class CourtApplicationIT extends ServiceStartupContract {
}
