package org.casebridge.rules.visibility;

/** What a caller may see of a case. */
public enum Visibility {
    /** Nothing, not even that the case exists: answer 404. */
    HIDDEN,
    /** The case, with the parties' personal data left out. */
    WITHOUT_PERSONAL_DATA,
    /** The whole case. */
    FULL;

    public boolean canSee() {
        return this != HIDDEN;
    }

    public boolean showsPersonalData() {
        return this == FULL;
    }
}
