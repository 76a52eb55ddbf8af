package org.casebridge.localstack.demo;

import java.util.List;

/**
 * One referral of the demo and the commands that take it where the scenario leaves it, in order.
 *
 * @param name  short name, part of every step's key
 * @param steps the submission first
 */
record DemoReferral(String name, List<DemoStep> steps) {

    DemoReferral {
        steps = List.copyOf(steps);
        if (steps.isEmpty() || !steps.get(0).submits()) {
            throw new IllegalArgumentException("a demo referral starts with its submission: " + name);
        }
    }
}
