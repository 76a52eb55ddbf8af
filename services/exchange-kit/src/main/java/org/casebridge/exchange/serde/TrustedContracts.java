package org.casebridge.exchange.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Adds the contracts package to Avro 1.12's trusted classes, on top of whatever was trusted before, so that
 * generated events can be decoded without trusting every class on the class path.
 */
final class TrustedContracts {

    static final String PACKAGE_PREFIX = "org.casebridge.contracts.";

    static {
        // Class initialisation runs once per class loader, so the predicate is never stacked twice.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(), type -> type.getName().startsWith(PACKAGE_PREFIX)));
    }

    private TrustedContracts() {
    }

    /** Makes sure the trust is installed; calling it again does nothing. */
    static void ensureInstalled() {
        // Loading this class ran the static initialiser.
    }
}
