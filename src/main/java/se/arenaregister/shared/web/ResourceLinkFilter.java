package se.arenaregister.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Takes the place of Spring Boot's {@link ResourceUrlEncodingFilter} (a bean of this type switches that one off). Boot's
 * filter asks the resource chain about every link a page writes, and for a link to a page ({@code /arenas/42}) the
 * chain finds nothing, caches nothing and looks the path up on the class path again: in 11 of 21 stack samples of the
 * register page (issue 14). Here only links under the static prefixes go to the chain (the WebJars' version-less
 * paths are what it rewrites), and their answers are kept: a running application serves a fixed set of resources.
 */
class ResourceLinkFilter extends ResourceUrlEncodingFilter {

    /** The paths served from the class path, as {@code AccessRules} opens them. */
    static final List<String> STATIC_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon.ico");

    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse servletResponse) {
            chain.doFilter(request, new Links(http, servletResponse));
        } else {
            chain.doFilter(request, response);
        }
    }

    private final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Links(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            String contextPath = request.getContextPath();
            if (url.startsWith(contextPath) && isStatic(url.substring(contextPath.length()))
                    && request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider provider) {
                String link = resolved.computeIfAbsent(url, u -> {
                    String found = provider.getForRequestUrl(request, u);
                    return found == null ? u : found;
                });
                return super.encodeURL(link);
            }
            return super.encodeURL(url);
        }

        private static boolean isStatic(String path) {
            return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
        }
    }
}
