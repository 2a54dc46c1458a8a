package se.arenaregister.shared.web;

import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import se.arenaregister.shared.BusyException;
import se.arenaregister.shared.NotFoundException;

/**
 * Pages: a missing thing or a malformed id in the address is a real 404 page, never a stack trace. A database that
 * does not answer (refused, pool or statement timed out) is a 503 page that says so and asks to try again shortly.
 * Anything unexpected falls through to Spring Boot's error view ({@code templates/error/500.html}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    /** Seconds a client is asked to wait before trying again when the database does not answer. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final MessageSource messages;
    private final JsonMapper json;
    private final GlobalModelAttributes layout;

    PageExceptionHandler(MessageSource messages, JsonMapper json, GlobalModelAttributes layout) {
        this.messages = messages;
        this.json = json;
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        ModelAndView view = new ModelAndView("error/404");
        view.setStatus(HttpStatus.NOT_FOUND);
        return layout.addTo(view, request);
    }

    /** A malformed id in the path is a page that does not exist; a malformed filter value is a request to correct. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(request);
        }
        ModelAndView view = new ModelAndView("error/400");
        view.setStatus(HttpStatus.BAD_REQUEST);
        List<String> codes = new ArrayList<>();
        if (e.getRequiredType() != null) {
            codes.add("typeMismatch." + e.getRequiredType().getName());
        }
        codes.add("typeMismatch");
        view.addObject("badValue", messages.getMessage(new DefaultMessageSourceResolvable(codes.toArray(String[]::new)),
                LocaleContextHolder.getLocale()));
        return layout.addTo(view, request);
    }

    /**
     * A malformed multipart body is refused before any controller is chosen, so the API's own handler never sees it:
     * problem+json naming the file field for the API, the form page's 400 otherwise.
     */
    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableUpload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            FieldProblems.write(response, json, messages, LocaleContextHolder.getLocale(), "file", "problem.multipart");
            return null;
        }
        ModelAndView view = new ModelAndView("error/400");
        view.setStatus(HttpStatus.BAD_REQUEST);
        return layout.addTo(view, request);
    }

    /** Work limited to a few at a time found no slot in time: try again shortly (the page says what was busy). */
    @ExceptionHandler(BusyException.class)
    ModelAndView busy(BusyException e, HttpServletRequest request, HttpServletResponse response) {
        log.info("Busy: {}", e.code());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        ModelAndView view = new ModelAndView("error/busy");
        view.addObject("busyCode", e.code());
        view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return layout.addTo(view, request);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessResourceException.class, QueryTimeoutException.class, SQLTransientException.class})
    ModelAndView databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("The database does not answer: {}", e.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        ModelAndView view = new ModelAndView("error/503");
        view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return layout.addTo(view, request);
    }
}
