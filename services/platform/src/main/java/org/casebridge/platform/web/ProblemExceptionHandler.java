package org.casebridge.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of a CaseBridge API into {@code application/problem+json} with a type of {@link Problems}.
 * Spring's own errors (405, 415, 404 ...) keep Spring's status and detail and get a type; validation errors list
 * the fields; {@link ProblemException}s carry their own; anything else is a 500 whose response names only a
 * correlation id, while the log holds the exception with the same id.
 */
@RestControllerAdvice
final class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException exception) {
        HttpStatus status = HttpStatus.valueOf(exception.status());
        ProblemDetail problem = Problems.of(status, exception.type(), exception.detail());
        exception.properties().forEach(problem::setProperty);
        return problemResponse(problem, new HttpHeaders());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException exception) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(new FieldProblem(propertyPath(violation.getPropertyPath()), violation.getMessage()));
        }
        return invalid(errors, new HttpHeaders());
    }

    /** Back to Spring Security's exception translation, which answers 401 or 403 through our handlers. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrowToSecurity(RuntimeException exception) {
        throw exception;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception exception, WebRequest request) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.foundIn(exception);
        if (tooLarge != null) {
            // A handler that read the (chunked) body itself.
            return problemResponse(RequestSizeLimitFilter.problem(tooLarge.limit()), new HttpHeaders());
        }
        return problemResponse(internalError(exception, request), new HttpHeaders());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.foundIn(exception);
        if (tooLarge != null) {
            return problemResponse(RequestSizeLimitFilter.problem(tooLarge.limit()), headers);
        }
        JsonReadFailure failure = JsonReadFailure.of(exception);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, failure.detail());
        if (failure.field() != null) {
            problem.setProperty("field", failure.field());
        }
        if (failure.line() > 0) {
            problem.setProperty("line", failure.line());
            problem.setProperty("column", failure.column());
        }
        return problemResponse(problem, headers);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(errorsOf(exception.getBindingResult(), ""), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            String name = parameterName(result.getMethodParameter());
            if (result instanceof ParameterErrors bean) {
                errors.addAll(errorsOf(bean, name + "."));
            } else {
                result.getResolvableErrors().forEach(error ->
                        errors.add(new FieldProblem(name, error.getDefaultMessage())));
            }
        }
        return invalid(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (exception instanceof MissingRequestHeaderException missing) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MISSING_HEADER,
                    "Required header '" + missing.getHeaderName() + "' is missing");
            problem.setProperty("header", missing.getHeaderName());
            return problemResponse(problem, headers);
        }
        return super.handleServletRequestBindingException(exception, headers, status, request);
    }

    /** A parameter or path variable that is not of its type: the field and what it must be, not the value sent. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : exception.getPropertyName();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST,
                "'" + field + "' must be " + expected(exception.getRequiredType()));
        problem.setProperty("field", field);
        return problemResponse(problem, headers);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a " + type.getSimpleName();
    }

    /** Every response of Spring's handlers passes here: give it our type, or hide a 5xx behind a correlation id. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (statusCode.is5xxServerError()) {
            return problemResponse(internalError(exception, request), headers);
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            HttpStatus status = HttpStatus.valueOf(problem.getStatus());
            problem.setType(Problems.type(Problems.slugOf(status)));
            problem.setTitle(status.getReasonPhrase());
        }
        return response;
    }

    /** Problem bodies are always problem+json, whatever the client accepts, so clients have one format to parse. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> errors, HttpHeaders headers) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_REQUEST,
                "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s"));
        problem.setProperty("errors", errors);
        return problemResponse(problem, headers);
    }

    private ResponseEntity<Object> problemResponse(ProblemDetail problem, HttpHeaders headers) {
        return createResponseEntity(problem, headers, HttpStatusCode.valueOf(problem.getStatus()), null);
    }

    private static ProblemDetail internalError(Exception exception, WebRequest request) {
        return internalError(exception, describe(request));
    }

    /** A 500 that says nothing of the failure but a correlation id, under which the failure is logged. */
    static ProblemDetail internalError(Throwable exception, String where) {
        String correlationId = UUID.randomUUID().toString();
        log.error("Unexpected failure, correlation id {}, on {}", correlationId, where, exception);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR,
                "The service failed unexpectedly; quote correlation id " + correlationId + " when reporting it");
        problem.setProperty("correlationId", correlationId);
        return problem;
    }

    private static String describe(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest http) {
            return http.getMethod() + " " + http.getRequestURI();
        }
        return request == null ? "unknown request" : request.getDescription(false);
    }

    private static List<FieldProblem> errorsOf(Errors errors, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ObjectError error : errors.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
            problems.add(new FieldProblem(prefix + field, error.getDefaultMessage()));
        }
        return problems;
    }

    /** The name the client used: the header's or parameter's, not the Java parameter's. */
    private static String parameterName(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null) {
            return named(header.name(), header.value(), parameter);
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
            return named(param.name(), param.value(), parameter);
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        return path != null ? named(path.name(), path.value(), parameter) : named("", "", parameter);
    }

    private static String named(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        if (!value.isEmpty()) {
            return value;
        }
        String java = parameter.getParameterName();
        return java == null ? "arg" + parameter.getParameterIndex() : java;
    }

    /** {@code create.command.parties[0].name} -> {@code command.parties[0].name}: the method is no field. */
    private static String propertyPath(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
