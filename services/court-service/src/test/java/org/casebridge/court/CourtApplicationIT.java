package org.casebridge.court;

import org.casebridge.platform.testing.ServiceStartupContract;

class CourtApplicationIT extends ServiceStartupContract {
}
