package se.arenaregister.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * The register's public pages (and the API's list of arenas) as the public gets them, kept until the register changes: a national register is
 * read far more than it is written, and most of its readers are anonymous. The first anonymous request for a page
 * (path, query, language, day, whole page or htmx part) renders it as always; until a change to the register commits on
 * any node ({@link UntilRegisterChanges}), the same request gets the same bytes for one small statement. The pages
 * kept ({@link #PAGES}, {@link #MORE_PAGES}, {@link #API}) are drawn only from tables whose changes {@code register_change}
 * records (V27, V29: the register, follow-up, notes, documents and the search index), so a kept page is never older than
 * the register; memo editions, accounts and the audit trail, which it does not record, appear on pages not kept.
 * <p>
 * Never kept: a signed-in user's page, any request with a session cookie or credentials, a language switch
 * ({@code lang}, which sets a cookie), an answer that is not a 200 HTML page or sets a cookie, a page over
 * {@link #MOST_BYTES}, and a request that asks for a fresh answer ({@code Cache-Control: no-cache}, as a browser's hard
 * reload does). At most {@code arenaregister.web.public-pages.size} bytes are kept on a node (32 MB by default).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class PublicPageCache extends OncePerRequestFilter {

    /** The pages kept: the register, search, its analysis, coverage and network, and the catalog's lists. */
    static final Set<String> PAGES = Set.of("/arenas", "/search", "/analysis", "/coverage", "/network", "/areas", "/organisations",
            "/topics");
    /** And an arena's page, an area's analysis. */
    static final Pattern MORE_PAGES = Pattern.compile("/arenas/\\d{1,18}|/analysis/areas/\\d{1,18}");
    /** The API's list of arenas, as JSON. */
    static final String API = "/api/v1/arenas";
    /**
     * A larger page is not kept (the register's first view at 100,000 arenas is about 170 KB, coverage 1 MB). Generous on
     * purpose: requests for a page that is not kept draw it one after the other, as they would wait for a kept one.
     */
    static final int MOST_BYTES = 8 * 1024 * 1024;

    /** What tells one kept page from another. */
    record Key(String path, Map<String, List<String>> parameters, Locale locale, LocalDate day, boolean htmx, String accept) {
    }

    /** A kept page: its bytes and what the answer said about them. */
    record Page(String contentType, String contentLanguage, byte[] body, String pathPattern) {
    }

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ObjectProvider<UntilRegisterChanges> changes;
    private final ObjectProvider<LocaleResolver> locales;
    private final ObjectProvider<Clock> clock;
    private final String sessionCookie;
    private final long size;
    private volatile UntilRegisterChanges.Kept<Key, Page> kept;

    PublicPageCache(ObjectProvider<UntilRegisterChanges> changes, ObjectProvider<LocaleResolver> locales, ObjectProvider<Clock> clock,
                    @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
                    @Value("${arenaregister.web.public-pages.size:32MB}") DataSize size) {
        this.changes = changes;
        this.locales = locales;
        this.clock = clock;
        this.sessionCookie = sessionCookie;
        this.size = size.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        boolean page = PAGES.contains(path) || MORE_PAGES.matcher(path).matches();
        return size <= 0 || !"GET".equals(request.getMethod()) || !(page || API.equals(path))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getParameter("lang") != null
                || asksForAFreshAnswer(request) || page && !acceptsHtml(request) || hasSessionCookie(request) || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UntilRegisterChanges.Kept<Key, Page> pages = kept();
        if (pages == null) {
            chain.doFilter(request, response);
            return;
        }
        // The parameters, not the query string as written: the same page for the same parameters in any order.
        Map<String, List<String>> parameters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        Key key = new Key(request.getRequestURI(), parameters, locales.getObject().resolveLocale(request),
                LocalDate.now(clock.getIfAvailable(Clock::systemDefaultZone)), "true".equals(request.getHeader("HX-Request")),
                isApi(request) ? request.getHeader(HttpHeaders.ACCEPT) : null);
        ContentCachingResponseWrapper[] rendered = new ContentCachingResponseWrapper[1];
        Page page;
        try {
            page = pages.get(key, k -> render(request, response, chain, rendered), Objects::nonNull);
        } catch (Rendering e) {
            throw e.unwrap();
        } catch (RuntimeException e) {
            if (rendered[0] != null) {
                throw e;
            }
            // The register could not be asked whether a kept page still holds (the database does not answer): the
            // page is drawn as any other, and says so as any other does (503, "the database does not answer").
            chain.doFilter(request, response);
            return;
        }
        if (rendered[0] != null) {
            // This request drew the page itself: its answer goes out as drawn, kept or not.
            rendered[0].copyBodyToResponse();
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        // The request metrics name the endpoint as for a page drawn anew.
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(c -> c.setPathPattern(page.pathPattern()));
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                               ContentCachingResponseWrapper[] rendered) {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        rendered[0] = wrapper;
        try {
            chain.doFilter(request, wrapper);
        } catch (IOException e) {
            throw new Rendering(e);
        } catch (ServletException e) {
            throw new Rendering(e);
        }
        String kind = isApi(request) ? "application/json" : "text/html";
        boolean page = wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
                && wrapper.getContentType().startsWith(kind) && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
                && wrapper.getContentSize() <= MOST_BYTES;
        String pattern = ServerHttpObservationFilter.findObservationContext(request).map(c -> c.getPathPattern()).orElse(null);
        return page ? new Page(wrapper.getContentType(), wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE), wrapper.getContentAsByteArray(),
                pattern) : null;
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).equals(API);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private UntilRegisterChanges.Kept<Key, Page> kept() {
        UntilRegisterChanges.Kept<Key, Page> pages = kept;
        if (pages == null) {
            UntilRegisterChanges register = changes.getIfAvailable();
            if (register == null) {
                // A web slice without a database: nothing to keep pages against.
                return null;
            }
            synchronized (this) {
                if (kept == null) {
                    kept = register.keepWeighed("web.public-pages", size, p -> p == null ? 0 : p.body().length);
                }
                pages = kept;
            }
        }
        return pages;
    }

    private static boolean asksForAFreshAnswer(HttpServletRequest request) {
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache")
                || "no-cache".equalsIgnoreCase(request.getHeader(HttpHeaders.PRAGMA));
    }

    /** A browser or htmx (whose Accept is {@code *}{@code /*}), not a client asking for JSON. */
    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anonymous() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || TRUST.isAnonymous(user);
    }

    /** What the filter chain threw while drawing a page, carried out of the cache's computation. */
    private static final class Rendering extends RuntimeException {

        Rendering(Exception cause) {
            super(cause);
        }

        IOException unwrap() throws ServletException {
            if (getCause() instanceof ServletException e) {
                throw e;
            }
            return (IOException) getCause();
        }
    }
}
