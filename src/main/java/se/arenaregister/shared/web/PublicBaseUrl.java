package se.arenaregister.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address the register is reached at, for the few URLs that must be absolute (calendar feeds and their links,
 * the OpenAPI {@code servers}): {@code arenaregister.public-base-url}, e.g. {@code https://arenor.regionjh.se}. Never
 * built from a request: its {@code Host} header is whatever the client (or an attacker) wrote. Unset, it is
 * {@code http://localhost:<port>} (right for a developer's machine; a warning at start says to set it). Every other
 * link the application draws is relative.
 */
@Component
public class PublicBaseUrl implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(PublicBaseUrl.class);

    private final String configured;
    private final String contextPath;
    private volatile String fallback;

    PublicBaseUrl(@Value("${arenaregister.public-base-url:}") String configured,
                  @Value("${server.servlet.context-path:}") String contextPath,
                  @Value("${server.port:8080}") String port) {
        this.configured = configured == null || configured.isBlank() ? null : validated(configured.strip());
        this.contextPath = trimmed(contextPath == null ? "" : contextPath.strip());
        this.fallback = localhost(port);
    }

    /** The base URL without a trailing slash: scheme, host, port if any and context path. */
    public String get() {
        return configured != null ? configured : fallback;
    }

    /** True when {@code arenaregister.public-base-url} is set. */
    public boolean isConfigured() {
        return configured != null;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server (MANAGEMENT_SERVER_PORT) has a namespace of its own; only the application's port counts.
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        fallback = localhost(String.valueOf(event.getWebServer().getPort()));
        if (configured == null) {
            LOG.warn("arenaregister.public-base-url is not set: calendar feeds and the OpenAPI description give {} as the "
                    + "register's address. Set ARENAREGISTER_PUBLIC_BASE_URL (e.g. https://arenor.example.se) in production.", fallback);
        }
    }

    private String localhost(String port) {
        return "http://localhost" + (port == null || port.isBlank() || "80".equals(port) ? "" : ":" + port.strip()) + contextPath;
    }

    /** An absolute http(s) URL with a host and nothing after the path; the trailing slash is dropped. */
    static String validated(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("arenaregister.public-base-url is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "arenaregister.public-base-url must be an http or https address without query or fragment, e.g. "
                            + "https://arenor.example.se, not " + url);
        }
        return trimmed(url);
    }

    private static String trimmed(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
