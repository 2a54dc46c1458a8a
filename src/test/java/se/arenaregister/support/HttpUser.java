package se.arenaregister.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone using the running application over real HTTP (Tomcat's own parsing and decoding included), with cookies
 * of their own: anonymous, or logged in through the login form. Redirects are not followed, so tests see them.
 */
public final class HttpUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrf = "";

    private HttpUser(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** An anonymous visitor who has opened the login page (so a CSRF token of its session is at hand). */
    public static HttpUser anonymous(int port) throws IOException, InterruptedException {
        return anonymous("http://localhost:" + port);
    }

    /** @param base the application's address, e.g. {@code http://localhost:8080} */
    public static HttpUser anonymous(String base) throws IOException, InterruptedException {
        HttpUser user = new HttpUser(base);
        user.refreshCsrf();
        return user;
    }

    public static HttpUser loggedIn(int port, String username, String password) throws IOException, InterruptedException {
        return loggedIn("http://localhost:" + port, username, password);
    }

    public static HttpUser loggedIn(String base, String username, String password) throws IOException, InterruptedException {
        HttpUser user = anonymous(base);
        user.logIn(username, password);
        return user;
    }

    /** Posts a form as the browser does, with this session's CSRF token; the fields are encoded here. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf));
        fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        return send("POST", path, "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8), "text/html");
    }

    public void logIn(String username, String password) throws IOException, InterruptedException {
        refreshCsrf();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
                        + "&_csrf=" + encode(csrf))));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Login as " + username + " failed: " + answer.statusCode() + " " + location);
        }
        refreshCsrf();
    }

    /** True while the session is logged in (the dashboard opens instead of redirecting to the login page). */
    public boolean isLoggedIn() throws IOException, InterruptedException {
        return get("/dashboard").statusCode() == 200;
    }

    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", "text/html").GET());
    }

    /** Sends a request built on this user's base address; the path and query must already be percent-encoded. */
    public HttpResponse<String> send(String method, String pathAndQuery, String contentType, byte[] body, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void refreshCsrf() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).GET());
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the login page: " + page.statusCode());
        }
        csrf = matcher.group(1);
    }

    /** Sends a request built by the caller (on {@link #uri(String)}) with this user's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
