package org.casebridge.localstack.readiness;

/** Whether a part of the stack serves requests now; must answer within a few seconds and never throw. */
@FunctionalInterface
public interface ReadinessProbe {

    boolean ready();
}
