package se.arenaregister.exchange.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import se.arenaregister.exchange.internal.ImportLimits;

/**
 * An upload over the server's multipart limit is refused before any controller runs. Say so clearly:
 * the upload page with the message, or problem details for the API, instead of an error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final MessageSource messages;
    /** Looked up when needed, so web slices that load every advice need not build the import page. */
    private final ObjectProvider<ImportPageModel> page;

    UploadLimitAdvice(MessageSource messages, ObjectProvider<ImportPageModel> page) {
        this.messages = messages;
        this.page = page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        String message = messages.getMessage("import.file.tooLarge", new Object[] {ImportLimits.MAX_FILE_MEGABYTES}, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":413,\"title\":" + json(messages.getMessage(
                    "import.refused.title", null, locale)) + ",\"detail\":" + json(message) + ",\"code\":\"import.file.tooLarge\"}");
            return null;
        }
        ModelAndView view = new ModelAndView();
        view.addObject("importError", message);
        page.getObject().fill(view::addObject);
        view.setViewName(ImportPageModel.FORM_VIEW);
        // htmx swaps only successful responses; a plain form post gets the honest status.
        view.setStatus(request.getHeader("HX-Request") != null ? HttpStatus.OK : HttpStatus.PAYLOAD_TOO_LARGE);
        return view;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
