package se.arenaregister.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details (RFC 9457) naming one refused field, written straight to the response: for the API's refusals
 * that happen before any controller is chosen (at the input edge, or while reading a multipart body).
 */
final class FieldProblems {

    private FieldProblems() {
    }

    static void write(HttpServletResponse response, JsonMapper json, MessageSource messages, Locale locale, String field,
                      String code) throws IOException {
        String message = messages.getMessage(code, null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field.isEmpty() ? message : field + ": " + message);
        problem.setType(ApiExceptionHandler.VALIDATION);
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setProperty("errors", List.of(new ApiExceptionHandler.FieldProblem(field, message)));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
