package se.arenaregister.report.web;

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
 * A template over the server's multipart limit would be refused before any controller runs, with the import page's
 * message (that limit's handler belongs to the import). So an upload that announces a larger body is sent back to the
 * template page, which says the file is too large. Runs after Spring Security (default filter order), so only an
 * administrator's request with a valid CSRF token gets this far.
 */
@Component
class MemoTemplateUploadLimit extends OncePerRequestFilter {

    private final long maxBytes;

    MemoTemplateUploadLimit(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.maxBytes = maxRequest.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !MemoTemplateController.PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + MemoTemplateController.PATH + "?refused=tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
