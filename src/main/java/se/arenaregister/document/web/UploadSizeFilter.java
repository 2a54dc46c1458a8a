package se.arenaregister.document.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import se.arenaregister.document.Documents;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload whose body is larger than a document may be is refused before the body is read (after security, so only
 * for those who may upload at all): the owner's page again with the message next to the file field, or problem
 * details naming {@code file} for the API, never the server's bare 413. Smaller bodies reach the service, which
 * refuses a file over the limit with the same message (the multipart limits are set just above it).
 */
@Component
class UploadSizeFilter extends OncePerRequestFilter {

    /** Room for the form's other fields and the multipart framing. */
    static final long OVERHEAD = 1024 * 1024;

    private final long maxBytes;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;
    private final ObjectProvider<JsonMapper> json;
    private final SessionFlashMapManager flashes = new SessionFlashMapManager();

    /** Only what every web slice has: the filter is in all of them. */
    UploadSizeFilter(@Value("${arenaregister.documents.max-size:20MB}") DataSize maxSize, MessageSource messages,
                     ObjectProvider<LocaleResolver> locales, ObjectProvider<JsonMapper> json) {
        this.maxBytes = maxSize.toBytes();
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !DocumentPaths.isUpload(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length <= maxBytes + OVERHEAD) {
            chain.doFilter(request, response);
            return;
        }
        LocaleResolver resolver = locales.getIfAvailable();
        Locale locale = resolver == null ? request.getLocale() : resolver.resolveLocale(request);
        String message = messages.getMessage("document.file.tooLarge", new Object[] {maxBytes / (1024 * 1024)}, locale);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, Documents.FILE_FIELD + ": " + message);
            problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
            problem.setProperty("errors", List.of(new FieldError(Documents.FILE_FIELD, message)));
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.getIfAvailable(JsonMapper::new).writeValue(response.getOutputStream(), problem);
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put(DocumentController.ERROR_FIELD, Documents.FILE_FIELD);
        flash.put(DocumentController.ERROR, message);
        String owner = path.substring(0, path.length() - "/documents".length());
        flash.setTargetRequestPath(request.getContextPath() + owner);
        flashes.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + owner + "#documents");
    }

    record FieldError(String field, String message) {
    }
}
