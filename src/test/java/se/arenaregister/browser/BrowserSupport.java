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
 * <p>Once per test class: Playwright and one Chromium with a fresh, temporary profile (locale sv-SE).
 * Before every test: cookies cleared (so no login or language choice leaks between tests) and a new page.
 * After every test: the page is closed, with a screenshot in {@code target/screenshots/} if the test failed.
 * After the class: everything closed and the profile deleted.
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

    private boolean chromiumMissing;
    private Playwright playwright;
    private BrowserContext context;
    private Path profile;
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
        // The driver must never try to download its own browsers: we use the system's Chromium.
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        profile = Files.createTempDirectory("arenaregister-chromium-");
        context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS)
                .setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(30_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
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
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            context = null;
            if (playwright != null) {
                playwright.close();
                playwright = null;
            }
            deleteProfile();
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
    private void deleteProfile() {
        if (profile == null) {
            return;
        }
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
        } finally {
            profile = null;
        }
    }
}
