package org.casebridge.platform.registry;

/** Maps a registry's error answer to the typed exception, so HTTP and in-memory clients fail alike. */
final class RegistryErrors {

    private RegistryErrors() {
    }

    static SchemaRegistryException of(int status, int errorCode, String message) {
        return switch (errorCode) {
            case SubjectNotFoundException.ERROR_CODE -> new SubjectNotFoundException(message);
            case VersionNotFoundException.ERROR_CODE -> new VersionNotFoundException(message);
            case SchemaNotFoundException.ERROR_CODE -> new SchemaNotFoundException(message);
            default -> ofStatus(status, errorCode, message);
        };
    }

    private static SchemaRegistryException ofStatus(int status, int errorCode, String message) {
        if (status == 409) {
            return new IncompatibleSchemaException(message, errorCode);
        }
        if (status == 422 && errorCode != InvalidSchemaException.INVALID_COMPATIBILITY_LEVEL) {
            return new InvalidSchemaException(message, errorCode);
        }
        return new SchemaRegistryException(message, status, errorCode);
    }
}
