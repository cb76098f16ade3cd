package org.baton.api.support;

import java.util.List;
import java.util.Locale;
import org.baton.shared.ChangeReserved;
import org.baton.shared.NotFound;
import org.baton.shared.NotPermitted;
import org.baton.shared.RuleViolation;
import org.baton.shared.StateConflict;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Turns every refusal into RFC 9457 problem details: 400 for malformed input, 422 for a broken rule of the
 * domain, 404 for what is not in the caller's organization, 409 for an edit that lost a race. Offending
 * inputs are named in {@code errors[].field}.
 */
@RestControllerAdvice(basePackages = "org.baton.api")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    record FieldError(String field, String message) {}

    @ExceptionHandler
    ProblemDetail ruleViolation(RuleViolation e) {
        String message = messages.getMessage(e.code(), e.arguments(), e.getMessage(), locale());
        var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Rule violated", message);
        problem.setProperty("code", e.code());
        problem.setProperty("errors", e.field() == null ? List.of() : List.of(new FieldError(e.field(), message)));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail notFound(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problem(
                    HttpStatus.NOT_FOUND, "Not found", "Nothing with id " + e.getValue() + " in this organization.");
        }
        var problem = problem(
                HttpStatus.BAD_REQUEST, "Malformed request", "'" + e.getName() + "' has a value of the wrong type.");
        problem.setProperty("errors", List.of(new FieldError(e.getName(), "has a value of the wrong type")));
        return problem;
    }

    /**
     * An organization-wide change that belongs to the governance body or the centre: 403 naming the process in
     * force and, where it is a proposal, the path that starts it ({@code proposalPath}).
     */
    @ExceptionHandler
    ProblemDetail changeReserved(ChangeReserved e) {
        boolean byProposal = !e.process().byAdmin();
        String path = byProposal ? ProposalPaths.of(e.change()) : null;
        var problem = problem(
                HttpStatus.FORBIDDEN,
                "Not yours to do",
                messages.getMessage(e.code() + ".api", new Object[] {path}, e.getMessage(), locale()));
        problem.setProperty("code", e.code());
        problem.setProperty("change", e.change());
        problem.setProperty("process", e.process());
        if (byProposal) {
            problem.setProperty("proposalPath", path);
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notPermitted(NotPermitted e) {
        return problem(HttpStatus.FORBIDDEN, "Not yours to do", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail stateConflict(StateConflict e) {
        var problem = problem(
                HttpStatus.CONFLICT, "Not now", messages.getMessage(e.code(), e.arguments(), e.getMessage(), locale()));
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "Edit conflict",
                "Someone else changed this since you read it. Read it again, then repeat your change on the current version.");
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "This conflicts with something that already exists.");
    }

    /** The database is down or out of connections: say so at once, so clients retry instead of waiting. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "Unavailable",
                        "Baton cannot reach its database just now. Nothing was changed; try again in a few seconds."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), messages.getMessage(error, locale())))
                .toList();
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                errors.stream()
                        .map(error -> error.field() + ": " + error.message())
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("Invalid input."));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(
                                result.getMethodParameter().getParameterName(), messages.getMessage(error, locale()))))
                .toList();
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", "Some parameters are not valid.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(
                HttpStatus.BAD_REQUEST, "Malformed request", "The request body is not valid JSON for this call.");
        if (e.getCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("");
            problem.setDetail("'" + field + "' has a value of the wrong type or format.");
            problem.setProperty("errors", List.of(new FieldError(field, "has a value of the wrong type or format")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
