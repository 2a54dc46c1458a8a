package se.arenaregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import se.arenaregister.support.HttpUser;
import se.arenaregister.support.IntegrationTest;

/**
 * Officials stay internal (issue 11, item 5): an anonymous visitor sees an official's role, never the name. Every GET
 * handler mapping of the application (found at run time, so a new endpoint is covered without anyone adding it here)
 * is requested anonymously over real HTTP with every real id of the demo data, then links found in the HTML pages are
 * followed (same host, bounded); documents are read as text: the memo (DOCX with POI, PDF with pdftotext or OpenPDF),
 * the exports (XLSX with POI, CSV, JSON) and the calendar feed. The names looked for come from the database: people of
 * kind OFFICIAL (among them those the follow-up refers to by id as responsible, assessor, reporter or assignee), and the
 * free-text names of the follow-up (assessor, responsible, reporter) that are not an elected representative's name and
 * not a role (an official's title or an assignment's assignee role). A membership's
 * {@code hours_per_year} (internal workload data) must not reach the public either.
 *
 * <p>The crawl is read-only, so a few threads ({@link #FETCHERS}) fetch and read the next URLs of the queue while the
 * answers are taken in the queue's order: the links found are queued, and the findings listed, in the same order as by
 * one request after another, so the same URLs are requested (the bound included) and the findings come in the same order.
 */
@IntegrationTest
class OfficialsStayInternalTest {

    private static final int MAX_URLS = 2500;
    private static final int FETCHERS = 4;
    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** A membership's hours per year in the people API: internal workload data, null for the public. */
    private static final Pattern MEMBERSHIP_HOURS = Pattern.compile("\"hours_per_year\"\\s*:\\s*[0-9]");
    private static final Pattern HREF = Pattern.compile("(?:href|hx-get|action)=\"(/[^\"#]*)");
    /** Static files, and what an anonymous visitor cannot use or would only be sent to the login page by. */
    private static final List<String> SKIPPED = List.of("/css/", "/js/", "/webjars/", "/images/", "/favicon", "/logout",
            "/login", "/actuator", "/swagger-ui", "/calendar/{token}");

    /** The table whose ids fill a path variable, by the path segment before it. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("arenas", "arena"), Map.entry("meetings", "committee_meeting"), Map.entry("people", "person"),
            Map.entry("decisions", "decision"), Map.entry("organisations", "organisation"), Map.entry("topics", "topic"),
            Map.entry("areas", "area"), Map.entry("appointments", "appointment"), Map.entry("reviews", "review"),
            Map.entry("terms", "term"), Map.entry("users", "app_user"), Map.entry("assignments", "assignment"),
            Map.entry("assessments", "assessment"), Map.entry("companies", "organisation"), Map.entry("committees", "committee"));

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void noAnonymousPageApiResponseExportFeedOrDocumentNamesAnOfficial() throws Exception {
        Set<String> names = officialsNames();
        assertThat(names).as("officials' names in the demo data").hasSizeGreaterThanOrEqualTo(6);
        assertThat(officialsReferencedByTheFollowUp()).as("officials the demo's follow-up refers to by id, looked for too")
                .contains("Exempel Månsson (exempel)", "Exempel Karlsson (exempel)", "Exempel Lundgren (exempel)",
                        "Exempel Nilsson (exempel)")
                .allSatisfy(name -> assertThat(names).contains(name));

        long started = System.nanoTime();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(startingUrls());
        List<String> hits = new ArrayList<>();
        int pages = 0;
        int documents = 0;
        ExecutorService pool = Executors.newFixedThreadPool(FETCHERS);
        try {
            Deque<Future<Read>> reading = new ArrayDeque<>();
            while (true) {
                // The URLs the sequential crawl would request next are the next new ones of the queue: the answers
                // still being read only add to its end. A URL counts as seen from when it is asked for.
                while (reading.size() < 2 * FETCHERS && !queue.isEmpty() && seen.size() < MAX_URLS) {
                    String url = queue.removeFirst();
                    if (seen.add(url)) {
                        reading.addLast(pool.submit(() -> read(url, names)));
                    }
                }
                if (reading.isEmpty()) {
                    break;
                }
                Read read = oldest(reading);
                if (read.status() != 200) {
                    continue;
                }
                if (read.type().startsWith("text/html")) {
                    pages++;
                    for (String found : read.links()) {
                        if (!seen.contains(found)) {
                            queue.addLast(found);
                        }
                    }
                } else if (!read.type().contains("json")) {
                    documents++;
                }
                hits.addAll(read.hits());
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("Officials crawl: %d URLs (%d HTML pages, %d documents) in %d s, %d names looked for, %d hits%n",
                seen.size(), pages, documents, seconds, names.size(), hits.size());

        assertThat(seen).as("URLs requested").hasSizeGreaterThan(300);
        assertThat(seen).as("the documents are among them").contains("/reports/memo.docx", "/reports/memo.pdf",
                "/export/arenas.xlsx", "/export/arenas.csv", "/export/open-data.json", "/calendar/meetings.ics");
        assertThat(hits).as("%d anonymous URLs crawled; these show an official's name", seen.size()).isEmpty();
    }

    /** Logged-in users see names as before: the official assignee, responsible and reporters of the demo data. */
    @Test
    void loggedInUsersStillSeeOfficialsNames() throws Exception {
        HttpUser user = HttpUser.loggedIn(port, IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        assertThat(user.get("/assignments").body()).contains("Regiondirektören, Exempel Karlsson (exempel)");
        assertThat(user.get("/reviews").body()).contains("Exempel Månsson (exempel)");
        assertThat(user.send("GET", "/api/v1/reviews", null, null, "application/json").body()).contains("Exempel Karlsson (exempel)");
        long meeting = jdbc.sql("SELECT id FROM committee_meeting WHERE meets_on = DATE '2026-09-23'").query(Long.class).single();
        assertThat(user.get("/meetings/" + meeting).body()).contains("Exempel Lundgren (exempel)");

        HttpUser visitor = HttpUser.anonymous(port);
        assertThat(visitor.get("/assignments").body()).contains("Regiondirektören").doesNotContain("Exempel Karlsson");
        assertThat(visitor.get("/reviews").body()).contains("Områdeschef Hållbar tillväxt", "Regional utvecklingsdirektör");
        assertThat(visitor.get("/meetings/" + meeting).body()).contains("Bredbandskoordinator");
    }

    /**
     * A free text that reads as a person's name: two or more capitalised words, a note in brackets after them allowed
     * ("Exempel Lundgren (exempel)"). Units and roles ("Samordningskansliet", "Områdeschef Kultur och bildning") and
     * account names other tests type ("admin") are not names, and appear legitimately in public texts.
     */
    private static final java.util.regex.Pattern PERSON_NAME =
            java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)+(?: \\(.*\\))?");

    /** People of kind OFFICIAL, and free-text names in the follow-up that are neither an elected name nor a role. */
    private Set<String> officialsNames() {
        Set<String> names = new TreeSet<>(jdbc.sql("SELECT name FROM person WHERE kind = 'OFFICIAL' AND NOT erased")
                .query(String.class).list());
        names.addAll(jdbc.sql("""
                        SELECT DISTINCT btrim(t.name) FROM (
                            SELECT assessor AS name FROM assessment UNION SELECT responsible FROM review
                            UNION SELECT reporter FROM report_back) t
                        WHERE t.name IS NOT NULL AND btrim(t.name) <> ''
                          AND lower(btrim(t.name)) NOT IN (SELECT lower(name) FROM person WHERE kind = 'ELECTED')
                          AND lower(btrim(t.name)) NOT IN (SELECT lower(title) FROM person WHERE kind = 'OFFICIAL' AND title IS NOT NULL)
                          AND lower(btrim(t.name)) NOT IN (SELECT lower(btrim(assignee_role)) FROM assignment WHERE assignee_role IS NOT NULL)""")
                .query(String.class).list().stream().filter(text -> PERSON_NAME.matcher(text).matches()).toList());
        return names;
    }

    /** Officials the follow-up names by reference: responsible for a review, assessor, reporter, assignee. */
    private Set<String> officialsReferencedByTheFollowUp() {
        return new TreeSet<>(jdbc.sql("""
                        SELECT name FROM person WHERE kind = 'OFFICIAL' AND NOT erased AND id IN (
                            SELECT responsible_person_id FROM review UNION SELECT assessor_person_id FROM assessment
                            UNION SELECT person_id FROM report_back UNION SELECT assignee_person_id FROM assignment)""")
                .query(String.class).list());
    }

    /** Every GET mapping, each path variable filled with every id of its table. */
    private List<String> startingUrls() {
        Set<String> urls = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (info.getPathPatternsCondition() == null || !methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = pattern.getPatternString();
                if (!skipped(path)) {
                    urls.addAll(filled(path));
                }
            }
        }
        return List.copyOf(urls);
    }

    private List<String> filled(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        if (!variable.find()) {
            return List.of(pattern);
        }
        String before = pattern.substring(0, variable.start());
        String[] segments = before.split("/");
        String table = segments.length == 0 ? null : TABLES.get(segments[segments.length - 1]);
        if (table == null) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM " + table + " ORDER BY id").query(Long.class).list();
        List<String> urls = new ArrayList<>();
        for (Long id : ids) {
            urls.addAll(filled(before + id + pattern.substring(variable.end())));
        }
        return urls;
    }

    private static boolean skipped(String path) {
        return SKIPPED.stream().anyMatch(path::startsWith) || path.contains("/edit") || path.endsWith("/new");
    }

    /** One URL as read: the answer's status and content type, the links of an HTML page, and what it shows that it must not. */
    private record Read(int status, String type, List<String> links, List<String> hits) {
    }

    /** The oldest read still in the works, once done; a fetch or reading that failed fails the test with its exception. */
    private static Read oldest(Deque<Future<Read>> reading) throws Exception {
        try {
            return reading.removeFirst().get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    private Read read(String url, Set<String> names) throws Exception {
        HttpResponse<byte[]> answer = get(url);
        if (answer.statusCode() != 200) {
            return new Read(answer.statusCode(), "", List.of(), List.of());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String text = text(url, type, answer.body());
        List<String> links = new ArrayList<>();
        if (type.startsWith("text/html")) {
            Matcher link = HREF.matcher(text);
            while (link.find()) {
                String found = link.group(1).replace("&amp;", "&");
                if (!skipped(found)) {
                    links.add(found);
                }
            }
        }
        List<String> hits = new ArrayList<>();
        if (type.contains("json") && MEMBERSHIP_HOURS.matcher(text).find()) {
            hits.add(url + " shows hours_per_year of a membership");
        }
        String normalised = normalise(text);
        for (String name : names) {
            if (normalised.contains(normalise(name))) {
                hits.add(url + " names " + name);
            }
        }
        return new Read(200, type, links, hits);
    }

    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        String accept = url.startsWith("/api/") ? "application/json" : "text/html,*/*;q=0.8";
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The text a reader sees: documents are read back the way a person's program would. */
    private static String text(String url, String type, byte[] body) throws Exception {
        if (type.contains("wordprocessingml") || url.endsWith(".docx")) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
                return extractor.getText();
            }
        }
        if (type.contains("spreadsheetml") || url.endsWith(".xlsx")) {
            StringBuilder out = new StringBuilder();
            DataFormatter format = new DataFormatter();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            out.append(format.formatCellValue(cell)).append('\t');
                        }
                        out.append('\n');
                    }
                }
            }
            return out.toString();
        }
        if (type.contains("pdf") || url.endsWith(".pdf")) {
            return pdf(body);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        // iCalendar folds long lines (CRLF and a space) and escapes commas and semicolons.
        return type.contains("calendar") ? text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n") : text;
    }

    private static String pdf(byte[] body) throws Exception {
        if (Files.isExecutable(PDFTOTEXT)) {
            Path pdf = Files.createTempFile("memo", ".pdf");
            Path txt = Files.createTempFile("memo", ".txt");
            try {
                Files.write(pdf, body);
                Process process = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", pdf.toString(), txt.toString())
                        .redirectErrorStream(true).start();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Files.readString(txt, StandardCharsets.UTF_8);
                }
            } finally {
                Files.deleteIfExists(pdf);
                Files.deleteIfExists(txt);
            }
        }
        StringBuilder out = new StringBuilder();
        PdfReader reader = new PdfReader(body);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                out.append(extractor.getTextFromPage(page)).append('\n');
            }
        } finally {
            reader.close();
        }
        return out.toString();
    }

    /** Lower case, hyphenation at line ends undone, any run of white space one space (documents break lines anywhere). */
    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\u00ad", "").replaceAll("-\\s*\\n\\s*", "").replaceAll("\\s+", " ");
    }
}
