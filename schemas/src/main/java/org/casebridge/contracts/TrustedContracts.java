package org.casebridge.contracts;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Adds the contracts package to Avro 1.12's trusted classes, on top of whatever was trusted before, so that
 * generated events can be decoded (and built: builders deep-copy nested records) without trusting every class
 * on the class path. The deserializer, the topic catalogue and test fixtures install it.
 */
public final class TrustedContracts {

    static final String PACKAGE_PREFIX = "org.casebridge.contracts.";

    static {
        // Class initialisation runs once per class loader, so the predicate is never stacked twice.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(), type -> type.getName().startsWith(PACKAGE_PREFIX)));
    }

    private TrustedContracts() {
    }

    /** Makes sure the trust is installed; calling it again does nothing. */
    public static void ensureInstalled() {
        // Loading this class ran the static initialiser.
    }
}
