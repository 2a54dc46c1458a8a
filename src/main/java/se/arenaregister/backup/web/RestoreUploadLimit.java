package se.arenaregister.backup.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A backup over the server's multipart limit would be refused before any controller runs, and the refusal for
 * uploads over it belongs to the import page. So a restore upload that announces a larger body is sent back to
 * the backup page with its own message. Runs after Spring Security (default filter order), so only an
 * administrator's request with a valid CSRF token gets this far.
 */
@Component
class RestoreUploadLimit extends OncePerRequestFilter {

    static final String PATH = "/admin/backup/restore";

    private final long maxBytes;

    RestoreUploadLimit(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.maxBytes = maxRequest.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + "/admin/backup?refused=tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
