package org.casebridge.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where in a JSON body reading failed, from what Jackson reports, without Jackson's own message: that names Java
 * classes of the service, which a caller has no business seeing.
 *
 * @param field  path of the offending field, e.g. {@code parties[0].birthDate}, or null when Jackson names none
 * @param line   1-based line of the failure, or -1
 * @param column 1-based column of the failure, or -1
 */
record JsonReadFailure(String field, int line, int column) {

    static JsonReadFailure of(HttpMessageNotReadableException exception) {
        JacksonException jackson = jacksonCause(exception);
        if (jackson == null) {
            return new JsonReadFailure(null, -1, -1);
        }
        TokenStreamLocation location = jackson.getLocation();
        return new JsonReadFailure(path(jackson),
                location == null ? -1 : location.getLineNr(), location == null ? -1 : location.getColumnNr());
    }

    String detail() {
        StringBuilder detail = new StringBuilder("The request body is not valid JSON or has a value of the wrong type");
        if (field != null) {
            detail.append(" at '").append(field).append('\'');
        }
        if (line > 0) {
            detail.append(" (line ").append(line).append(", column ").append(column).append(')');
        }
        return detail.toString();
    }

    private static JacksonException jacksonCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            String property = reference.getPropertyName();
            if (property != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(property);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
