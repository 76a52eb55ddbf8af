package org.casebridge.localstack.demo;

import java.util.List;

/**
 * One referral or lead of the demo and the commands that take it where the scenario leaves it, in order.
 *
 * @param kind  referral or lead: where its API lives
 * @param name  short name, part of every step's key
 * @param after the case the first step's user must see (as far as the demo took it) before this one is opened, or
 *              null: a duplicate report is only merged once the reporting service knows the first one
 * @param steps the opening (submission, raise) first
 */
record DemoCase(Kind kind, String name, String after, List<DemoStep> steps) {

    DemoCase {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !steps.get(0).opens()) {
            throw new IllegalArgumentException("a demo case starts with its submission or raise: " + name);
        }
    }

    /** The path to post a step to; {@code caseId} is null only for the opening step. */
    String path(DemoStep step, String caseId) {
        return step.opens() ? kind.collection : kind.collection + "/" + caseId + "/" + step.command();
    }

    /** {@code GET} path of the case. */
    String path(String caseId) {
        return kind.collection + "/" + caseId;
    }

    /** Where a case's API lives and how its answers name it. */
    enum Kind {
        REFERRAL("/api/referrals", "referralId"),
        LEAD("/api/leads", "leadId");

        private final String collection;
        private final String idField;

        Kind(String collection, String idField) {
            this.collection = collection;
            this.idField = idField;
        }

        /** The member of {@code summary} that holds the case id. */
        String idField() {
            return idField;
        }
    }
}
