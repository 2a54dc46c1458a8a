package se.arenaregister.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.arenaregister.support.IntegrationTest;

/**
 * Debian's Chromium driven by Playwright, for browser tests. Register it in a test class with
 * {@code @RegisterExtension static final BrowserSupport browser = new BrowserSupport();}.
 *
 * <p>Once per test JVM: Playwright and one Chromium with a fresh, temporary profile (locale sv-SE), shared by the
 * browser test classes that JVM runs (starting them for each class cost a second or two of CPU each time), closed and
 * its profile deleted when the JVM ends; started again should it have closed.
 * Before every test: cookies cleared (so no login or language choice leaks between tests or classes) and a new page.
 * After every test: the page is closed, with a screenshot in {@code target/screenshots/} if the test failed.
 *
 * <p>Without {@code /usr/bin/chromium} the tests are skipped, unless {@code -Dbrowser.required=true}
 * (CI), where that is an error.
 */
public final class BrowserSupport implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static final Pattern DASHBOARD = Pattern.compile(".*/dashboard(\\?.*)?$");
    /** The administrator's session cookie per application (base URL), from the first login through the form. */
    private static final Map<String, List<Cookie>> SESSIONS = new ConcurrentHashMap<>();

    /** This JVM's Chromium, started by the first browser test class. */
    private static Chromium chromium;

    private boolean chromiumMissing;
    private BrowserContext context;
    private Page page;

    @Override
    public void beforeAll(ExtensionContext extension) throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            if (Boolean.getBoolean("browser.required")) {
                fail("Chromium not found at " + CHROMIUM + ", and browser.required is true: install Debian's chromium package"
                        + " (apt-get install chromium) or run without -Dbrowser.required=true to skip the browser tests");
            }
            // Skipped test by test (in beforeEach), so that the build's summary counts them as skipped.
            chromiumMissing = true;
            return;
        }
        context = shared().context;
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        Assumptions.assumeTrue(!chromiumMissing, "Chromium not found at /usr/bin/chromium: browser tests skipped (install the"
                + " chromium package, or run with -Dbrowser.required=true to make this an error)");
        context.clearCookies();
        page = context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (page == null) {
            return;
        }
        try {
            if (extension.getExecutionException().isPresent() && !page.isClosed()) {
                save(page, "FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-"
                        + extension.getDisplayName().replaceAll("[^\\p{L}\\p{N}]+", "_"));
            }
        } finally {
            page.close();
            page = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        // Chromium stays for the JVM's next browser test class; cookies are cleared before each test.
        context = null;
    }

    private static synchronized Chromium shared() throws IOException {
        if (chromium == null || chromium.closed) {
            chromium = Chromium.launch();
            Runtime.getRuntime().addShutdownHook(new Thread(chromium::close, "close-chromium"));
        }
        return chromium;
    }

    /** Playwright, its Chromium and the profile it writes, for one JVM. */
    private static final class Chromium {

        private final Playwright playwright;
        private final BrowserContext context;
        private final Path profile;
        private volatile boolean closed;

        private Chromium(Playwright playwright, BrowserContext context, Path profile) {
            this.playwright = playwright;
            this.context = context;
            this.profile = profile;
            context.onClose(c -> closed = true);
        }

        static Chromium launch() throws IOException {
            // The driver must never try to download its own browsers: we use the system's Chromium.
            Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Path profile = Files.createTempDirectory("arenaregister-chromium-");
            BrowserContext context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS)
                    .setLocale("sv-SE")
                    .setTimezoneId("Europe/Stockholm")
                    .setViewportSize(1280, 900));
            context.setDefaultTimeout(15_000);
            context.setDefaultNavigationTimeout(30_000);
            PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
            return new Chromium(playwright, context, profile);
        }

        void close() {
            try {
                if (!closed) {
                    context.close();
                }
            } catch (RuntimeException e) {
                System.err.println("Could not close Chromium: " + e);
            } finally {
                playwright.close();
                deleteProfile(profile);
            }
        }
    }

    /** This test's page (a new one for every test). */
    public Page page() {
        if (page == null) {
            throw new IllegalStateException("No page: BrowserSupport must be registered with @RegisterExtension on a static field");
        }
        return page;
    }

    /**
     * A full-page screenshot as {@code target/screenshots/<name>.png}, for a person to look at: taken only with
     * {@code -Dbrowser.screenshots=true} (PNG-encoding ~70 tall pages is a good part of the browser tests' CPU time).
     * Failed tests always leave one (see {@link #afterEach}).
     */
    public static void screenshot(Page page, String name) {
        if (Boolean.getBoolean("browser.screenshots")) {
            save(page, name);
        }
    }

    private static void save(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Logs in as the administrator and waits for the dashboard. The first time in a test JVM through the login form, as a
     * person would; after that with the session cookie that login got (cookies are cleared before every test), so that
     * each test does not pay for the form and the password hash again. If that session has ended (a test logged out),
     * the form is used again.
     */
    public static void logIn(Page page, String baseUrl) {
        List<Cookie> session = SESSIONS.get(baseUrl);
        if (session != null) {
            page.context().addCookies(session);
            page.navigate(baseUrl + "/dashboard");
            if (DASHBOARD.matcher(page.url()).matches()) {
                PlaywrightAssertions.assertThat(page.getByText("Inloggad som " + IntegrationTest.ADMIN)).isVisible();
                return;
            }
            SESSIONS.remove(baseUrl);
        }
        page.navigate(baseUrl + "/login");
        page.getByLabel("Användarnamn").fill(IntegrationTest.ADMIN);
        page.getByLabel("Lösenord").fill(IntegrationTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
        page.waitForURL(DASHBOARD);
        PlaywrightAssertions.assertThat(page.getByText("Inloggad som " + IntegrationTest.ADMIN)).isVisible();
        SESSIONS.put(baseUrl, page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).toList());
    }

    /** Best effort: a profile left behind in the temp directory must not fail the tests. */
    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("Could not delete the Chromium profile " + profile + ": " + e);
        }
    }
}
