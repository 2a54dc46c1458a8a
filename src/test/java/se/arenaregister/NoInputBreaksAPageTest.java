package se.arenaregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.support.HttpUser;

/**
 * No input gives a 500. Every handler mapping of the application, found at run time (so a new endpoint is covered
 * without anyone adding it here), gets every parameter, form field and path variable filled with each value of a
 * corpus of bad input, over real HTTP, logged in as an administrator and anonymously; bodies of the wrong kind too.
 * Any 5xx fails the test, listing every request that gave one.
 *
 * <p>The requests change data (an administrator may archive, erase, renew…), so this test has an application and a
 * database of its own, and logs in as administrators of its own so that what it does to account 1 cannot lock it out.
 *
 * <p>A request waits for the server and the server for the next request, so the endpoints are shared out among a few
 * threads ({@link #THREADS}), round-robin. Each thread has sessions of its own and an administrator account of its own
 * ({@code fuzzer-1}, {@code fuzzer-2}…): an endpoint that ends the sessions of the account it changes (a password, say)
 * logs out only the thread probing it, which logs in again after that endpoint as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"arenaregister.embedded-db.data-directory=target/test-postgres-bad-input",
                "logging.level.se.arenaregister=WARN", "logging.level.org.apache.catalina=OFF"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoInputBreaksAPageTest {

    private static final String FUZZER = "fuzzer";
    private static final int THREADS = 3;
    private static final String FUZZER_PASSWORD = "a long passphrase for probing";

    /** Bad values, already percent-encoded as they travel in a query string or form body. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("NUL", HttpUser.encode("a\u0000b")),
            Map.entry("invalid UTF-8", "%FF%FE%C3"),
            Map.entry("control characters", HttpUser.encode("\u0001\u0007\u001b[31m\uFFFF")),
            Map.entry("10,000-character text", HttpUser.encode("Å".repeat(10_000))),
            Map.entry("2^63", "9223372036854775808"),
            Map.entry("-1", "-1"),
            Map.entry("NaN", "NaN"),
            Map.entry("huge date", HttpUser.encode("+999999999-12-31")),
            Map.entry("year zero", "0000-01-01"),
            Map.entry("tiny decimal", "0.0000000000000000000001"),
            Map.entry("unknown code", "NO_SUCH_CODE"),
            Map.entry("empty", ""),
            Map.entry("markup", HttpUser.encode("<script>alert(1)</script>'\"--;")));

    /** Only in bodies: a query string this long is refused by the server before the application sees it. */
    private static final String ONE_MEGABYTE = "x".repeat(1_000_000);

    private static final Set<Class<?>> FRAMEWORK_ARGUMENTS = Set.of(BindingResult.class, org.springframework.ui.Model.class,
            org.springframework.web.servlet.mvc.support.RedirectAttributes.class, java.security.Principal.class,
            org.springframework.security.core.Authentication.class, jakarta.servlet.http.HttpServletRequest.class,
            jakarta.servlet.http.HttpServletResponse.class, java.util.Locale.class,
            org.springframework.web.util.UriComponentsBuilder.class);

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserAdministration accounts;

    /** Requests sent, by who sent them: one administrator account, or any anonymous visitor (so not twice by the threads). */
    private final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    void administratorsOfItsOwn() {
        for (int thread = 1; thread <= THREADS; thread++) {
            accounts.create(new NewUserForm(fuzzer(thread), "Testadministratör " + thread, AccountRole.ADMIN, FUZZER_PASSWORD, FUZZER_PASSWORD));
        }
    }

    private static String fuzzer(int thread) {
        return FUZZER + "-" + thread;
    }

    /** Who sends a request: the failure names {@code who}; {@code account} tells requests apart from the same ones sent before. */
    private record Caller(HttpUser user, String who, String account) {
    }

    @Test
    void everyEndpointAnswersBadInputWithoutAServerError() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("handler mappings found").hasSizeGreaterThan(100);

        // The failures of each endpoint, in the order of the endpoints: each list is written by the one thread probing
        // that endpoint, and read once every thread has finished (Future.get orders the writes before the read).
        List<List<String>> failuresByEndpoint = new ArrayList<>();
        endpoints.forEach(endpoint -> failuresByEndpoint.add(new ArrayList<>()));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CompletionService<Void> threads = new ExecutorCompletionService<>(pool);
            for (int thread = 1; thread <= THREADS; thread++) {
                int number = thread;
                threads.submit(() -> {
                    probeEveryNth(number, endpoints, failuresByEndpoint);
                    return null;
                });
            }
            for (int thread = 1; thread <= THREADS; thread++) {
                try {
                    threads.take().get();
                } catch (ExecutionException broken) {
                    // A thread that could not go on (a failed login, a broken connection) fails the test, the others are stopped.
                    throw broken.getCause() instanceof Exception cause ? cause : broken;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> failures = failuresByEndpoint.stream().flatMap(List::stream).toList();
        assertThat(failures).as("%d requests to %d endpoints; these answered with a server error", requests.get(), endpoints.size())
                .isEmpty();
    }

    /** Endpoints number {@code thread}, {@code thread + THREADS}…, counting from 1, as administrator fuzzer-{@code thread} and anonymously. */
    private void probeEveryNth(int thread, List<Endpoint> endpoints, List<List<String>> failuresByEndpoint) throws Exception {
        String fuzzer = fuzzer(thread);
        Caller administrator = new Caller(HttpUser.loggedIn(port, fuzzer, FUZZER_PASSWORD), "administrator", fuzzer);
        Caller anonymous = new Caller(HttpUser.anonymous(port), "anonymous", "anonymous");
        for (int index = thread - 1; index < endpoints.size(); index += THREADS) {
            Endpoint endpoint = endpoints.get(index);
            probe(administrator, endpoint, failuresByEndpoint.get(index));
            probe(anonymous, endpoint, failuresByEndpoint.get(index));
            if (!administrator.user().isLoggedIn()) {
                // An endpoint ended the session (an account change): log in again, so the rest is still probed logged in.
                administrator.user().logIn(fuzzer, FUZZER_PASSWORD);
            }
        }
    }

    private void probe(Caller caller, Endpoint endpoint, List<String> failures) throws Exception {
        HttpUser user = caller.user();
        for (Map.Entry<String, String> value : VALUES.entrySet()) {
            String path = endpoint.path("1");
            String fields = endpoint.fields(value.getValue());
            if (endpoint.method().equals("GET")) {
                check(caller, endpoint, failures, value.getKey(), "GET", path + (fields.isEmpty() ? "" : "?" + fields), null, null);
            } else {
                check(caller, endpoint, failures, value.getKey(), endpoint.method(), path, "application/x-www-form-urlencoded",
                        withCsrf(user, fields).getBytes(StandardCharsets.UTF_8));
                if (endpoint.hasFile()) {
                    check(caller, endpoint, failures, value.getKey() + " (multipart)", endpoint.method(), path + "?_csrf=" + user.csrf(),
                            "multipart/form-data; boundary=" + BOUNDARY, multipart(endpoint, value.getValue()));
                }
            }
            if (endpoint.hasPathVariables() && !value.getKey().startsWith("10,000")) {
                String badPath = endpoint.path(value.getValue().isEmpty() ? "%20" : value.getValue());
                String body = endpoint.method().equals("GET") ? null : withCsrf(user, endpoint.fields("1"));
                check(caller, endpoint, failures, value.getKey() + " in the path", endpoint.method(), badPath,
                        body == null ? null : "application/x-www-form-urlencoded", body == null ? null : body.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!endpoint.method().equals("GET")) {
            String path = endpoint.path("1") + "?_csrf=" + user.csrf();
            check(caller, endpoint, failures, "1 MB in every field", endpoint.method(), endpoint.path("1"), "application/x-www-form-urlencoded",
                    withCsrf(user, endpoint.fields(ONE_MEGABYTE)).getBytes(StandardCharsets.UTF_8));
            check(caller, endpoint, failures, "malformed JSON", endpoint.method(), path, "application/json", "{\"name\": [".getBytes(StandardCharsets.UTF_8));
            check(caller, endpoint, failures, "wrong content type", endpoint.method(), path, "text/plain", "name=x".getBytes(StandardCharsets.UTF_8));
            check(caller, endpoint, failures, "no fields", endpoint.method(), path, "application/x-www-form-urlencoded", new byte[0]);
            check(caller, endpoint, failures, "broken multipart", endpoint.method(), path, "multipart/form-data; boundary=" + BOUNDARY,
                    ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void check(Caller caller, Endpoint endpoint, List<String> failures, String value, String method, String pathAndQuery,
                       String contentType, byte[] body) throws Exception {
        // Pages are asked for as a browser asks, the API as a client does.
        String accept = endpoint.pattern().startsWith("/api/") ? "application/json" : "text/html";
        // An endpoint that reads no field gets the same request for every value: it is sent once.
        if (!sent.add(String.join(" ", caller.account(), method, pathAndQuery, String.valueOf(contentType), digest(body)))) {
            return;
        }
        requests.incrementAndGet();
        HttpResponse<String> answer = caller.user().send(method, pathAndQuery, contentType, body, accept);
        if (answer.statusCode() >= 500) {
            failures.add("%s %s (%s, %s) → %d".formatted(method, endpoint.pattern(), value, caller.who(), answer.statusCode()));
        }
    }

    private static String digest(byte[] body) throws NoSuchAlgorithmException {
        return body == null ? "" : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    }

    private static String withCsrf(HttpUser user, String fields) {
        return (fields.isEmpty() ? "" : fields + "&") + "_csrf=" + HttpUser.encode(user.csrf());
    }

    private static final String BOUNDARY = "badinputboundary";

    private static byte[] multipart(Endpoint endpoint, String encodedValue) {
        String value = java.net.URLDecoder.decode(encodedValue.replace("%FF%FE%C3", "\uFFFD"), StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String field : endpoint.fieldNames()) {
            boolean file = endpoint.files().contains(field);
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\""
                    + (file ? "; filename=\"bad.xlsx\"\r\nContent-Type: application/octet-stream" : "") + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file ? new byte[] {'P', 'K', 3, 4, (byte) 0xFF, 0, 0} : value.getBytes(StandardCharsets.UTF_8));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** One handler mapping as a request: its path pattern, method, and the names of what it reads. */
    record Endpoint(String pattern, String method, Set<String> fieldNames, Set<String> files) {

        private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

        String path(String variableValue) {
            Matcher matcher = VARIABLE.matcher(pattern);
            return matcher.replaceAll(Matcher.quoteReplacement(variableValue));
        }

        boolean hasPathVariables() {
            return VARIABLE.matcher(pattern).find();
        }

        boolean hasFile() {
            return !files.isEmpty();
        }

        String fields(String encodedValue) {
            return String.join("&", fieldNames.stream().filter(f -> !files.contains(f)).map(f -> f + "=" + encodedValue).toList());
        }
    }

    private List<Endpoint> endpoints() {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            Set<String> fields = new TreeSet<>();
            Set<String> files = new TreeSet<>();
            for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
                collect(parameter, fields, files);
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Collection<RequestMethod> tried = methods.isEmpty() ? List.of(RequestMethod.GET, RequestMethod.POST) : methods;
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                for (RequestMethod method : tried) {
                    endpoints.add(new Endpoint(pattern.getPatternString(), method.name(), fields, files));
                }
            }
        }
        return List.copyOf(endpoints);
    }

    private static void collect(MethodParameter parameter, Set<String> fields, Set<String> files) {
        Class<?> type = parameter.getParameterType();
        if (FRAMEWORK_ARGUMENTS.stream().anyMatch(framework -> framework.isAssignableFrom(type))
                || parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestBody.class)) {
            return;
        }
        String name = name(parameter);
        if (MultipartFile.class.isAssignableFrom(type)) {
            fields.add(name);
            files.add(name);
        } else if (type.isRecord() || parameter.hasParameterAnnotation(ModelAttribute.class) && !BeanUtils.isSimpleProperty(type)) {
            for (RecordComponent component : type.isRecord() ? type.getRecordComponents() : new RecordComponent[0]) {
                fields.add(component.getName());
            }
        } else if (parameter.hasParameterAnnotation(RequestParam.class) || BeanUtils.isSimpleProperty(type)
                || Collection.class.isAssignableFrom(type)) {
            fields.add(name);
        }
    }

    private static String name(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
        return parameter.getParameterName();
    }
}
