package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.arenaregister.browser.AccessibilityBrowserTest.assertNoSeriousViolations;
import static se.arenaregister.browser.BrowserSupport.screenshot;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
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
import se.arenaregister.followup.AssessmentForm;
import se.arenaregister.followup.Assessments;
import se.arenaregister.followup.AssignmentForm;
import se.arenaregister.followup.Assignments;
import se.arenaregister.followup.MeetingForm;
import se.arenaregister.followup.Meetings;
import se.arenaregister.followup.Verdict;
import se.arenaregister.governance.internal.DecisionRepository;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/**
 * The follow-up in a real browser: assess a never-assessed arena from the dashboard, report back on an
 * overdue assignment at a committee meeting, a recurring review without a rule refused, and axe-core on
 * every follow-up page. Arenas, decisions, meetings and assignments are the test's own (unique names,
 * references and dates), so nothing depends on other tests. Screenshots: {@code target/screenshots/followup-*.png}.
 */
@IntegrationTest
class FollowUpJourneyBrowserTest {

    static final String ASSIGNEE = "Regiondirektören";
    static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)\\s*$");

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    Meetings meetings;
    @Autowired
    Assignments assignments;
    @Autowired
    Assessments assessments;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    String arenaName(long id) {
        return jdbc.sql("SELECT name FROM arena WHERE id = :id").param("id", id).query(String.class).single();
    }

    static Page.GetByRoleOptions exactName(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    /** A message key without a text shows as {@code ??key_sv??}: none may be left on the page. */
    static void assertEveryTextIsTranslated(Page page) {
        assertThat(page.locator("body")).not().containsText("??");
    }

    /** The number in a heading such as "Arenor som aldrig bedömts (12)". */
    static int countIn(Locator heading) {
        String text = heading.textContent().trim();
        Matcher matcher = COUNT.matcher(text);
        Assertions.assertThat(matcher.find()).as("a count in the heading \"%s\"", text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    /** A decision reference of RUN in 2025 that nobody has used. */
    String uniqueReference() {
        while (true) {
            String reference = "RUN/" + ThreadLocalRandom.current().nextInt(1, 100_000) + "/2025";
            if (decisions.findByReference(reference).isEmpty()) {
                return reference;
            }
        }
    }

    /** A meeting of RUN on a random day of 2025 after {@code after} on which RUN has no meeting yet. */
    long meetingAfter(LocalDate after) {
        long committee = fixtures.committee();
        Set<LocalDate> taken = new HashSet<>(jdbc.sql("SELECT meets_on FROM committee_meeting WHERE committee_id = :committee")
                .param("committee", committee).query(LocalDate.class).list());
        LocalDate first = after.plusDays(1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay()) + 1;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            LocalDate date = first.plusDays(ThreadLocalRandom.current().nextInt(days));
            if (taken.contains(date)) {
                continue;
            }
            try {
                return meetings.schedule(new MeetingForm(committee, date, "Test"));
            } catch (InvalidInputException takenMeanwhile) {
                taken.add(date);
            }
        }
        throw new AssertionError("No free day for a RUN meeting in 2025 after " + after);
    }

    record OverdueAssignment(long decision, String reference, long meeting, LocalDate meetsOn, long assignment, String description) {
    }

    /** A decision of 2025-01-15, a meeting later in 2025 and an assignment to report back there: overdue today. */
    OverdueAssignment overdueAssignment() {
        LocalDate decidedOn = LocalDate.of(2025, 1, 15);
        String reference = uniqueReference();
        long decision = fixtures.decision(reference, decidedOn);
        long meeting = meetingAfter(decidedOn);
        LocalDate meetsOn = jdbc.sql("SELECT meets_on FROM committee_meeting WHERE id = :id").param("id", meeting)
                .query(LocalDate.class).single();
        String description = PeopleFixtures.unique("Utred samverkan i webbläsartestet");
        long assignment = assignments.give(new AssignmentForm(decision, ASSIGNEE, null, description, meeting, null));
        return new OverdueAssignment(decision, reference, meeting, meetsOn, assignment, description);
    }

    // ---- journeys ----

    @Test
    void recordAnAssessmentAndSeeTheDashboardChange() {
        long arena = fixtures.arena("Bedömningsarena", false, 4, "2", "1");
        String arenaName = arenaName(arena);
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));

        assertThat(page.locator("main h1")).hasText("Översikt");
        Locator neverHeading = page.locator("#never-heading");
        Locator never = page.locator("section[aria-labelledby=never-heading]");
        assertThat(neverHeading).containsText("Arenor som aldrig bedömts");
        Locator arenaLink = never.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(arenaName).setExact(true));
        assertThat(arenaLink).hasCount(1);
        int neverBefore = countIn(neverHeading);
        Assertions.assertThat(neverBefore).isPositive();
        // The section lists the first 25 of them (issue 14: bounded whatever the register), the rest behind "Visa alla".
        Assertions.assertThat(never.locator("li").count()).as("arenas listed under never assessed").isEqualTo(Math.min(neverBefore, 25));
        if (neverBefore > 25) {
            assertThat(never.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Visa alla")))).hasCount(1);
        }
        arenaLink.scrollIntoViewIfNeeded();
        assertEveryTextIsTranslated(page);
        screenshot(page, "followup-01-dashboard-never-assessed");

        arenaLink.click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arena + "/assessments/new$"));
        assertThat(page.locator("main h1")).hasText("Bedöm " + arenaName);
        Locator verdicts = page.getByRole(AriaRole.GROUP, exactName("Bedömning"));
        Locator needsDevelopment = verdicts.getByLabel("Relevant men behöver utvecklas", new Locator.GetByLabelOptions().setExact(true));
        needsDevelopment.check();
        assertThat(needsDevelopment).isChecked();
        assertThat(verdicts.getByLabel("Relevant", new Locator.GetByLabelOptions().setExact(true))).not().isChecked();
        page.getByLabel("Motivering", exact()).fill("Viktig arena, men uppdraget behöver tydliggöras (webbläsartest).");
        // The administrator's account is linked to no person: no one is chosen, the user name is typed.
        assertThat(page.getByLabel("Bedömd av", exact())).hasValue("");
        assertThat(page.getByLabel("Annan bedömare (skriv ett namn)", exact())).hasValue(IntegrationTest.ADMIN);
        assertEveryTextIsTranslated(page);
        screenshot(page, "followup-02-assessment-form");
        page.getByRole(AriaRole.BUTTON, exactName("Spara")).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arena + "(#assessments-heading)?$"));

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Bedömningen har sparats.");
        Locator latest = page.locator("p.verdict");
        assertThat(latest).containsText("Senaste bedömning:");
        assertThat(latest.locator("strong")).hasText("Relevant men behöver utvecklas");
        assertThat(page.locator("section.follow-up ol.history-list")).containsText("Viktig arena, men uppdraget behöver tydliggöras");
        assertEveryTextIsTranslated(page);
        screenshot(page, "followup-03-arena-assessed");

        page.navigate(url("/dashboard"));
        assertThat(page.locator("main h1")).hasText("Översikt");
        assertThat(neverHeading).hasText(Pattern.compile("\\(" + (neverBefore - 1) + "\\)\\s*$"));
        assertThat(never.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(arenaName).setExact(true))).hasCount(0);
        Assertions.assertThat(countIn(neverHeading)).isEqualTo(neverBefore - 1);
        screenshot(page, "followup-04-dashboard-after-assessment");
    }

    @Test
    void reportBackOnAnAssignmentAtAMeetingAndSeeItLeaveTheOverdueList() {
        OverdueAssignment given = overdueAssignment();
        String option = given.reference() + ": " + given.description();
        String reportText = PeopleFixtures.unique("Utredningen är klar och redovisas i sin helhet");
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));

        Locator overdue = page.locator("section[aria-labelledby=overdue-heading]");
        assertThat(page.locator("#overdue-heading")).containsText("Försenat");
        Locator overdueRow = overdue.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(given.description()));
        assertThat(overdueRow).hasCount(1);
        assertThat(overdueRow).containsText("Återrapportering av uppdrag");
        assertThat(overdueRow).containsText(given.meetsOn().toString());
        assertThat(overdueRow).containsText("Försenad");
        assertThat(overdueRow).containsText(ASSIGNEE);
        int overdueBefore = countIn(page.locator("#overdue-heading"));
        overdueRow.scrollIntoViewIfNeeded();
        assertEveryTextIsTranslated(page);
        screenshot(page, "followup-05-dashboard-overdue");

        page.navigate(url("/meetings/" + given.meeting()));
        assertThat(page.locator("main h1")).hasText("Sammanträde " + given.meetsOn());
        Locator due = page.locator("section[aria-labelledby=due-heading]");
        assertThat(page.locator("#due-heading")).containsText("Uppdrag att återrapportera");
        Locator dueItem = due.locator("li").filter(new Locator.FilterOptions().setHasText(given.description()));
        assertThat(dueItem).hasCount(1);
        assertThat(dueItem.locator(".badge")).hasText("Försenat");
        assertEveryTextIsTranslated(page);
        screenshot(page, "followup-06-meeting-before");

        page.getByLabel("Eller namn/roll", exact()).fill(ASSIGNEE);
        Locator assignment = page.getByLabel("Om uppdrag", exact());
        assignment.selectOption(new SelectOption().setLabel(option));
        assertThat(assignment).hasValue(String.valueOf(given.assignment()));
        page.getByLabel("Vad som rapporterades", exact()).fill(reportText);
        screenshot(page, "followup-07-report-back-form");
        page.getByRole(AriaRole.BUTTON, exactName("Spara återrapporteringen")).click();
        page.waitForURL(Pattern.compile(".*/meetings/" + given.meeting() + "(#reports-heading)?$"));

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Återrapporteringen har sparats.");
        Locator report = page.locator("section[aria-labelledby=reports-heading] ul.history-list > li")
                .filter(new Locator.FilterOptions().setHasText(reportText));
        assertThat(report).hasCount(1);
        assertThat(report.locator("strong")).hasText(ASSIGNEE);
        assertThat(report.locator(".badge")).hasText("Uppdrag");
        assertThat(dueItem.locator(".badge")).hasText("Återrapporterat");
        assertEveryTextIsTranslated(page);
        screenshot(page, "followup-08-meeting-after");

        page.navigate(url("/assignments"));
        Locator row = page.locator("#assignment-" + given.assignment());
        assertThat(row.locator(".badge")).hasText("Återrapporterat");
        assertThat(row).containsText("Återrapporterat " + given.meetsOn() + ": " + reportText);

        page.navigate(url("/dashboard"));
        assertThat(page.locator("main h1")).hasText("Översikt");
        assertThat(overdue.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(given.description()))).hasCount(0);
        assertThat(page.locator("#overdue-heading")).hasText("Försenat (" + (overdueBefore - 1) + ")");
        screenshot(page, "followup-09-dashboard-after-report");
    }

    @Test
    void aRecurringReviewWithoutARuleIsRefusedNextToTheField() {
        long arena = fixtures.arena("Översynsarena", false, 4, "2", "1");
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        open(page, "/reviews/new");
        assertThat(page.locator("main h1")).hasText("Planera översyn");
        page.getByLabel("Arena", exact()).selectOption(new SelectOption().setValue(String.valueOf(arena)));
        page.getByLabel("Ska vara klar", exact()).fill("2027-03-01");
        page.getByLabel("Skäl", exact()).fill("Återkommande översyn utan regel (webbläsartest)");
        page.getByLabel("Återkommande", exact()).check();
        assertThat(page.getByLabel("Hur ofta", exact())).hasValue("");
        page.getByRole(AriaRole.BUTTON, exactName("Spara")).click();
        page.waitForURL(Pattern.compile(".*/reviews$"));

        String message = "En återkommande översyn behöver en regel: välj hur ofta den återkommer.";
        Locator ruleError = page.locator("#rule-error");
        assertThat(ruleError).isVisible();
        assertThat(ruleError).containsText(message);
        Locator rule = page.getByLabel("Hur ofta", exact());
        assertThat(rule).hasAttribute("aria-invalid", "true");
        assertThat(rule).hasAttribute("aria-describedby", "rule-error");
        assertThat(page.locator(".field.has-error").filter(new Locator.FilterOptions().setHas(page.locator("#rule")))).hasCount(1);

        Locator summary = page.locator("#error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).hasAttribute("role", "alert");
        Locator summaryLink = summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hur ofta: " + message).setExact(true));
        assertThat(summaryLink).hasCount(1);
        assertThat(summaryLink).hasAttribute("href", "#rule");
        assertThat(summary.locator("li")).hasCount(1);
        // What was typed is kept.
        assertThat(page.getByLabel("Återkommande", exact())).isChecked();
        assertThat(page.getByLabel("Skäl", exact())).hasValue("Återkommande översyn utan regel (webbläsartest)");
        screenshot(page, "followup-10-review-without-rule");

        summaryLink.click();
        assertThat(rule).isFocused();
        Assertions.assertThat(jdbc.sql("SELECT count(*) FROM review WHERE arena_id = :arena").param("arena", arena)
                .query(Integer.class).single()).as("reviews stored for the refused form").isZero();
        assertNoSeriousViolations(page, "inloggad: /reviews/new (återkommande utan regel)");
    }

    // ---- axe-core ----

    static final String MEETING_PAGE = "/meetings/<eget sammanträde med uppdrag>";
    static final String ASSESSED_ARENA = "/arenas/<egen arena med bedömningar>";
    static final String ASSESSMENT_FORM = "/arenas/<egen arena>/assessments/new";

    @ParameterizedTest(name = "anonymt: {0}")
    @ValueSource(strings = {"/reviews", "/assignments", "/meetings", MEETING_PAGE, ASSESSED_ARENA, "/arenas?verdict=UNCERTAIN"})
    void anonymousFollowUpPagesHaveNoSeriousViolations(String path) {
        Page page = browser.page();
        open(page, resolve(path));
        screenshot(page, "followup-a11y-anonymous-" + path.replaceAll("[^\\p{L}\\p{N}]+", "_"));
        assertNoSeriousViolations(page, "anonymt: " + path);
    }

    @ParameterizedTest(name = "inloggad: {0}")
    @ValueSource(strings = {"/dashboard", "/dashboard?mine=true", "/reviews", "/reviews/new", "/meetings", MEETING_PAGE,
            "/assignments", "/assignments/new", ASSESSED_ARENA, ASSESSMENT_FORM, "/arenas?verdict=UNCERTAIN", "/calendar"})
    void loggedInFollowUpPagesHaveNoSeriousViolations(String path) {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        String resolved = resolve(path);
        open(page, resolved);
        if (path.equals(MEETING_PAGE)) {
            assertThat(page.getByRole(AriaRole.BUTTON, exactName("Spara återrapporteringen"))).isVisible();
            assertThat(page.locator("section[aria-labelledby=due-heading] li")).hasCount(1);
        } else if (path.equals(ASSESSED_ARENA)) {
            assertThat(page.locator("section.follow-up ol.history-list > li")).hasCount(2);
        } else if (path.equals("/dashboard?mine=true")) {
            assertThat(page.getByLabel("Bara mina (där mitt namn eller användarnamn står som ansvarig)", exact())).isChecked();
        }
        screenshot(page, "followup-a11y-logged-in-" + path.replaceAll("[^\\p{L}\\p{N}]+", "_"));
        assertNoSeriousViolations(page, "inloggad: " + path);
    }

    /** The real path for a placeholder path, with data of this test's own where it needs them. */
    String resolve(String path) {
        return switch (path) {
            case MEETING_PAGE -> "/meetings/" + overdueAssignment().meeting();
            case ASSESSED_ARENA -> {
                long arena = fixtures.arena("Bedömd tillgänglighetsarena", true, 6, "2", "1");
                assessments.record(new AssessmentForm(arena, LocalDate.of(2025, 5, 1), Verdict.UNCERTAIN,
                        "Osäkert om arenan ger något (test).", null, "Testaren"));
                assessments.record(new AssessmentForm(arena, LocalDate.of(2026, 5, 1), Verdict.NEEDS_DEVELOPMENT,
                        "Behöver tydligare uppdrag (test).", null, "Testaren"));
                yield "/arenas/" + arena;
            }
            case ASSESSMENT_FORM -> "/arenas/" + fixtures.arena("Tillgänglighetsarena", false, 6, "2", "1") + "/assessments/new";
            default -> path;
        };
    }

    void open(Page page, String path) {
        Response response = page.navigate(url(path));
        Assertions.assertThat(response).as("response to %s", path).isNotNull();
        Assertions.assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        assertThat(page.locator("main h1")).isVisible();
        assertEveryTextIsTranslated(page);
    }
}
