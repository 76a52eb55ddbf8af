package org.casebridge.sender.referral;

import jakarta.validation.constraints.NotBlank;

/** The body of {@code POST /api/referrals/{id}/withdrawal}. */
record WithdrawalInput(@NotBlank String reason) {
}
