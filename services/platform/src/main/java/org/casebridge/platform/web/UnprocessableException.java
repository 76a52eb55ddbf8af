package org.casebridge.platform.web;

import java.util.Map;

/** 422: the request is well formed and valid field by field, but breaks a business rule named by the code. */
public class UnprocessableException extends ProblemException {

    public UnprocessableException(String code, String detail) {
        this(code, detail, Map.of());
    }

    public UnprocessableException(String code, String detail, Map<String, ?> properties) {
        super(422, Problems.UNPROCESSABLE, code, detail, properties);
    }
}
