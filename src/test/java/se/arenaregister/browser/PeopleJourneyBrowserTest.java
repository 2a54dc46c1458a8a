package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.arenaregister.browser.AccessibilityBrowserTest.assertNoSeriousViolations;
import static se.arenaregister.browser.BrowserSupport.screenshot;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.governance.internal.DecisionRepository;
import se.arenaregister.governance.Term;
import se.arenaregister.governance.internal.TermRepository;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.Role;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/**
 * The people pages in a real browser: appoint a person to an arena and see their hours, carry out the
 * term change after an election, and axe-core on every people page. Every arena and person here is the
 * test's own (in the test area, with unique names), so nothing depends on other tests or on the demo's
 * appointments. Screenshots end up in {@code target/screenshots/people-*.png}.
 */
@IntegrationTest
class PeopleJourneyBrowserTest {

    static final String TERM = "2023–2026";
    static final String NEXT_TERM_START = "2027-01-01";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    TermRepository terms;
    @Autowired
    DecisionRepository decisions;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String arenaName(long id) {
        return jdbc.sql("SELECT name FROM arena WHERE id = :id").param("id", id).query(String.class).single();
    }

    String personName(long id) {
        return jdbc.sql("SELECT name FROM person WHERE id = :id").param("id", id).query(String.class).single();
    }

    Term term() {
        return terms.findByName(TERM).orElseThrow(() -> new AssertionError("No term " + TERM + " in the demo data"));
    }

    /** The composition table of the arena page (not the "earlier members" table inside the closed details). */
    static Locator compositionRows(Page page) {
        return page.locator("section.composition > .table-scroll > table.register tbody tr");
    }

    static Page.GetByRoleOptions exactName(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void appointAPersonAndSeeTheirHours() {
        // 10 meetings × 3 hours × factor 1.5 = 45 hours per year.
        long arena = fixtures.arena("Tidsarena", true, 10, "3", "1.5");
        long person = fixtures.elected("Exempel Tidsperson", "S");
        String arenaName = arenaName(arena);
        String personName = personName(person);
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));

        page.navigate(url("/arenas/" + arena));
        assertThat(page.locator("h1")).containsText(arenaName);
        assertThat(page.locator("section.composition")).containsText("Ingen är utsedd till arenan detta datum.");
        screenshot(page, "people-01-arena-before");

        page.getByRole(AriaRole.LINK, exactName("Utse person")).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arena + "/appointments/new$"));
        assertThat(page.locator("h1")).hasText("Uppdrag i " + arenaName);
        Locator personSelect = page.getByLabel("Person", new Page.GetByLabelOptions().setExact(true));
        personSelect.selectOption(new SelectOption().setValue(String.valueOf(person)));
        assertThat(personSelect.locator("option:checked")).containsText(personName);
        page.getByLabel("Roll", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Ledamot"));
        page.getByLabel("Från och med", new Page.GetByLabelOptions().setExact(true)).fill("2023-01-01");
        screenshot(page, "people-02-appointment-form");
        page.getByRole(AriaRole.BUTTON, exactName("Spara")).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arena + "(#composition-heading)?$"));

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Uppdraget har sparats.");
        Locator row = compositionRows(page).filter(new Locator.FilterOptions().setHasText(personName));
        assertThat(compositionRows(page)).hasCount(1);
        assertThat(row.locator("td").nth(1)).hasText("Ledamot");
        assertThat(row).containsText("45,0");
        screenshot(page, "people-03-arena-with-person");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(personName).setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/people/" + person + "$"));
        assertThat(page.locator("h1")).containsText(personName);
        Locator appointment = page.locator("section[aria-labelledby=current-heading] table.register tbody tr")
                .filter(new Locator.FilterOptions().setHasText(arenaName));
        assertThat(appointment).hasCount(1);
        assertThat(appointment.locator("td").nth(0)).hasText(arenaName);
        assertThat(appointment.locator("td").nth(1)).hasText("Ledamot");
        assertThat(appointment.locator("td").nth(2)).hasText(Pattern.compile("^2023-01-01 –\\s*$"));
        assertThat(appointment.locator("td").nth(4)).hasText("45,0");
        assertThat(page.locator("dl.facts")).containsText("45,0 timmar per år");
        screenshot(page, "people-04-person-with-hours");
    }

    @Test
    void runTheTermChangeFor2023To2026() {
        Term term = term();
        long arena = fixtures.arena("Skiftesarena i webbläsaren", true, 4, "2", "1");
        long renewedPerson = fixtures.elected("Exempel Förnyad", "S");
        long endedPerson = fixtures.elected("Exempel Avslutad", "M");
        long renew = appointments.appoint(new AppointmentForm(renewedPerson, arena, Role.MEMBER, term.startDate(), term.endDate(),
                null, term.id(), null, null));
        long end = appointments.appoint(new AppointmentForm(endedPerson, arena, Role.MEMBER, term.startDate(), term.endDate(),
                null, term.id(), null, null));
        String arenaName = arenaName(arena);
        String renewedName = personName(renewedPerson);
        String endedName = personName(endedPerson);
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));

        page.navigate(url("/terms"));
        assertThat(page.locator("h1")).hasText("Mandatperioder");
        page.getByRole(AriaRole.LINK, exactName("Hantera uppdrag som slutar med " + TERM)).click();
        page.waitForURL(Pattern.compile(".*/terms/" + term.id() + "/change$"));
        assertThat(page.locator("h1")).hasText("Mandatperiodsskifte " + TERM);

        Locator renewAction = page.locator("#action-" + renew);
        Locator endAction = page.locator("#action-" + end);
        assertThat(renewAction).hasAccessibleName("Åtgärd för " + renewedName + " i " + arenaName);
        assertThat(endAction).hasAccessibleName("Åtgärd för " + endedName + " i " + arenaName);
        renewAction.selectOption(new SelectOption().setLabel("Förnya"));
        endAction.selectOption(new SelectOption().setLabel("Avsluta"));
        assertThat(renewAction).hasValue("RENEW");
        assertThat(endAction).hasValue("END");
        renewAction.scrollIntoViewIfNeeded();
        screenshot(page, "people-05-term-change");

        page.getByRole(AriaRole.BUTTON, exactName("Genomför mandatperiodsskiftet")).click();
        page.waitForURL(Pattern.compile(".*/terms$"));
        assertThat(page.getByText("Mandatperiodsskiftet är genomfört.", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("1 förnyade, 1 avslutade, 0 nya personer.", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        screenshot(page, "people-06-term-change-done");

        page.navigate(url("/arenas/" + arena + "?date=" + NEXT_TERM_START));
        assertThat(page.locator("#composition-heading")).hasText("Sammansättning " + NEXT_TERM_START);
        assertThat(compositionRows(page)).hasCount(1);
        Locator seat = compositionRows(page).first();
        assertThat(seat.locator("td").nth(0)).hasText(renewedName);
        assertThat(seat.locator("td").nth(1)).hasText("Ledamot");
        assertThat(seat.locator("td").nth(3)).hasText("2027-01-01 – 2030-12-31");
        assertThat(page.locator("section.composition > .table-scroll > table.register")).not().containsText(endedName);
        screenshot(page, "people-07-arena-in-next-term");

        Assertions.assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE arena_id = :arena AND start_date = DATE '2027-01-01'")
                .param("arena", arena).query(Integer.class).single()).isEqualTo(1);
    }

    // ---- axe-core ----

    static final String APPOINTMENT_FORM = "/arenas/<egen arena>/appointments/new";
    static final String APPOINTMENT_FORM_EMPTY = "/arenas/<egen arena>/appointments/new (sparat tomt)";
    static final String OFFICIAL_PAGE = "/people/<egen tjänsteperson med uppdrag>";
    static final String ELECTED_PAGE = "/people/<egen förtroendevald med uppdrag>";
    static final String DECISION_PAGE = "/decisions/<RUN/78/2022>";
    static final String TERM_CHANGE = "/terms/<2023–2026>/change";

    @ParameterizedTest(name = "anonymt: {0}")
    @ValueSource(strings = {"/people", ELECTED_PAGE, "/companies", "/decisions", DECISION_PAGE})
    void anonymousPeoplePagesHaveNoSeriousViolations(String path) {
        Page page = browser.page();
        open(page, resolve(path));
        screenshot(page, "people-a11y-anonymous-" + path.replaceAll("[^\\p{L}\\p{N}]+", "_"));
        assertNoSeriousViolations(page, "anonymt: " + path);
    }

    @ParameterizedTest(name = "inloggad: {0}")
    @ValueSource(strings = {"/people", OFFICIAL_PAGE, ELECTED_PAGE, "/workload", "/companies", "/decisions", DECISION_PAGE,
            "/terms", TERM_CHANGE, APPOINTMENT_FORM, APPOINTMENT_FORM_EMPTY})
    void loggedInPeoplePagesHaveNoSeriousViolations(String path) {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        if (path.equals(APPOINTMENT_FORM_EMPTY)) {
            long arena = fixtures.arena("Tillgänglighetsarena", true, 6, "2", "1");
            open(page, "/arenas/" + arena + "/appointments/new");
            page.getByLabel("Från och med", new Page.GetByLabelOptions().setExact(true)).fill("");
            page.getByRole(AriaRole.BUTTON, exactName("Spara")).click();
            page.waitForURL(Pattern.compile(".*/appointments$"));
            assertThat(page.locator("#error-summary")).isVisible();
            assertThat(page.locator("#personId-error")).isVisible();
            assertThat(page.locator("#startDate-error")).isVisible();
        } else {
            open(page, resolve(path));
        }
        screenshot(page, "people-a11y-logged-in-" + path.replaceAll("[^\\p{L}\\p{N}]+", "_"));
        assertNoSeriousViolations(page, "inloggad: " + path);
    }

    /** The real path for a placeholder path, with fixtures of this test's own where it needs them. */
    String resolve(String path) {
        return switch (path) {
            case OFFICIAL_PAGE -> {
                long arena = fixtures.arena("Tillgänglighetsarena", false, 6, "2", "1");
                long person = fixtures.official("Exempel Tjänsteperson");
                appointments.appoint(new AppointmentForm(person, arena, Role.RAPPORTEUR, LocalDate.of(2023, 1, 1), null, null, null,
                        null, null));
                yield "/people/" + person;
            }
            case ELECTED_PAGE -> {
                long arena = fixtures.arena("Tillgänglighetsarena", true, 6, "2", "1");
                long person = fixtures.elected("Exempel Förtroendevald", "C");
                appointments.appoint(new AppointmentForm(person, arena, Role.CHAIR, LocalDate.of(2023, 1, 1), null, null, null,
                        null, null));
                yield "/people/" + person;
            }
            case DECISION_PAGE -> "/decisions/" + decisions.findByReference("RUN/78/2022")
                    .orElseThrow(() -> new AssertionError("No decision RUN/78/2022 in the demo data")).id();
            case TERM_CHANGE -> "/terms/" + term().id() + "/change";
            case APPOINTMENT_FORM -> "/arenas/" + fixtures.arena("Tillgänglighetsarena", true, 6, "2", "1") + "/appointments/new";
            default -> path;
        };
    }

    void open(Page page, String path) {
        Response response = page.navigate(url(path));
        Assertions.assertThat(response).as("response to %s", path).isNotNull();
        Assertions.assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        assertThat(page.locator("main h1")).isVisible();
    }
}
