package org.casebridge.platform.web;

/**
 * One entry of a problem's {@code errors} list: which field (or header, or parameter) is wrong, and why.
 *
 * @param field   path of the field, e.g. {@code parties[0].name}, or the name of the header or parameter
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {
}
