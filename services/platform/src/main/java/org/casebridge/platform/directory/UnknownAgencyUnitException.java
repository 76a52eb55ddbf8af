package org.casebridge.platform.directory;

/** A unit id that the directory does not list. */
public class UnknownAgencyUnitException extends AgencyDirectoryException {

    UnknownAgencyUnitException(String unitId) {
        super("unknown agency unit '" + unitId + "': not listed in the agency directory");
    }
}
