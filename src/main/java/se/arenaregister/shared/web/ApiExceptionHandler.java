package se.arenaregister.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.arenaregister.shared.BusyException;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/**
 * The JSON API answers bad input with RFC 9457 problem details ({@code application/problem+json}),
 * naming each offending field with a message in the caller's language, and never leaks a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final URI VALIDATION = URI.create("urn:arenaregister:problem:invalid-input");

    private final MessageSource messages;
    private final PageExceptionHandler pages;

    ApiExceptionHandler(MessageSource messages, PageExceptionHandler pages) {
        this.messages = messages;
        this.pages = pages;
    }

    record FieldProblem(String field, String message) {
    }

    /** A role that may not make this change (an area editor and another area's arena): 403, nothing stored. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("problem.forbidden.detail"));
        problem.setTitle(text("problem.forbidden.title"));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                text("problem.notFound.detail", e.entity(), e.id()));
        problem.setTitle(text("problem.notFound.title"));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        // The value is not repeated back: it may be a megabyte of anything.
        List<String> codes = new ArrayList<>(List.of("typeMismatch." + e.getName()));
        if (e.getRequiredType() != null) {
            codes.add("typeMismatch." + e.getRequiredType().getName());
        }
        codes.add("problem.typeMismatch");
        String message = messages.getMessage(new DefaultMessageSourceResolvable(codes.toArray(String[]::new), new Object[] {e.getName()}), locale());
        return invalid(List.of(new FieldProblem(e.getName(), message)));
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail bind(BindException e) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : e.getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), messages.getMessage(error, locale())));
        }
        e.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(error.getObjectName(), messages.getMessage(error, locale()))));
        return invalid(problems);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail methodValidation(HandlerMethodValidationException e) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                problems.add(new FieldProblem(result.getMethodParameter().getParameterName(), messages.getMessage(error, locale())))));
        return invalid(problems);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.rejections().stream()
                .map(r -> new FieldProblem(r.field(), messages.getMessage(r.code(), r.args(), r.code(), locale())))
                .toList());
    }

    @ExceptionHandler(EditConflictException.class)
    ProblemDetail conflict(EditConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("problem.conflict.detail"));
        problem.setTitle(text("problem.conflict.title"));
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("currentValues", e.currentValues());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail optimisticLock() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("problem.conflict.detail"));
        problem.setTitle(text("problem.conflict.title"));
        return problem;
    }

    /**
     * A browser that followed a link to a download (the register's exports) or to the API, asking for a page, is
     * answered with the page that says the register is busy, as every page does, not with the problem's JSON. A client
     * that asks for JSON, or for anything ({@code *}{@code /*}), still gets the problem. Work refused as busy has not
     * begun its answer ({@code AtOnce}), so the page can be drawn; a database that stops answering in the middle of a
     * download has, and stays the problem.
     */
    @ExceptionHandler(value = BusyException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView busyPage(BusyException e, HttpServletRequest request, HttpServletResponse response) {
        return pages.busy(e, request, response);
    }

    @ExceptionHandler(BusyException.class)
    ResponseEntity<ProblemDetail> busy(BusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, text(e.code()));
        problem.setTitle(text("problem.busy.title"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, PageExceptionHandler.RETRY_AFTER_SECONDS).body(problem);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class, QueryTimeoutException.class, SQLTransientException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("The database does not answer: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, text("problem.unavailable.detail"));
        problem.setTitle(text("problem.unavailable.title"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, PageExceptionHandler.RETRY_AFTER_SECONDS).body(problem);
    }

    /** An upload whose multipart body is cut off or malformed: the file field is what could not be read. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload() {
        return invalid(List.of(new FieldProblem("file", text("problem.multipart"))));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setTitle(text("problem.notFound.title"));
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof ErrorResponse known) {
            return known.updateAndGetBody(messages, locale());
        }
        if (e.getClass().getName().startsWith("org.springframework.security.")) {
            throw e;
        }
        log.error("Unexpected error in API call", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal.detail"));
        problem.setTitle(text("problem.internal.title"));
        return problem;
    }

    private ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setType(VALIDATION);
        problem.setTitle(text("problem.invalid.title"));
        problem.setProperty("errors", problems);
        return problem;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
