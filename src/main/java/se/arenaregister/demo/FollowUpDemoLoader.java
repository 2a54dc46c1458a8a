package se.arenaregister.demo;

import static se.arenaregister.demo.DemoFiles.attempt;
import static se.arenaregister.demo.DemoLookup.nonNull;
import static se.arenaregister.demo.DemoLookup.one;
import static se.arenaregister.demo.DemoLookup.unknown;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.demo.DemoFiles.InvalidDemoEntry;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.followup.AssessmentForm;
import se.arenaregister.followup.Assessments;
import se.arenaregister.followup.AssignmentForm;
import se.arenaregister.followup.Assignments;
import se.arenaregister.followup.MeetingForm;
import se.arenaregister.followup.Meetings;
import se.arenaregister.followup.Recurrence;
import se.arenaregister.followup.ReportBackForm;
import se.arenaregister.followup.ReviewForm;
import se.arenaregister.followup.ReviewOutcomeForm;
import se.arenaregister.followup.Reviews;
import se.arenaregister.followup.Verdict;
import se.arenaregister.governance.Governance;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.Decision;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.PersonQueries.PersonRow;

/**
 * Loads {@code demo/follow-up.yml} after the demo register and the demo people: the committee's meetings, the
 * memo's assessments of the arenas, the reviews it plans, the assignments of decision RUN/78/2022 and report-backs
 * at meetings. Runs once, when there are no assessments, no reviews and no committee meetings yet and the file's
 * committee exists, in one transaction through the same services as the pages: a bad entry stops the load with
 * the entry's name and the rule it breaks, and nothing is stored.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class FollowUpDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FollowUpDemoLoader.class);
    static final String RESOURCE = "demo/follow-up.yml";

    private final Assessments assessments;
    private final Reviews reviews;
    private final Meetings meetings;
    private final Assignments assignments;
    private final ArenaQueries arenaQueries;
    private final DemoLookup lookup;
    private final Governance governance;
    private final PersonQueries people;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FollowUpDemoLoader(Assessments assessments, Reviews reviews, Meetings meetings, Assignments assignments,
                       ArenaQueries arenaQueries, DemoLookup lookup, Governance governance,
                       PersonQueries people, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.meetings = meetings;
        this.assignments = assignments;
        this.arenaQueries = arenaQueries;
        this.lookup = lookup;
        this.governance = governance;
        this.people = people;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What was loaded, for the log. */
    record Loaded(int meetings, Map<Verdict, Integer> verdicts, int reviews, int completedReviews, int assignments,
                  int reportBacks) {
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = jdbc.sql("""
                SELECT NOT EXISTS (SELECT 1 FROM assessment_overview) AND NOT EXISTS (SELECT 1 FROM review_overview)
                   AND NOT EXISTS (SELECT 1 FROM committee_meeting_overview)""").query(Boolean.class).single();
        if (!empty) {
            return;
        }
        DemoFollowUp demo = read();
        if (demo.committee() == null || demo.committee().isBlank()) {
            throw new InvalidDemoEntry(RESOURCE + " names no committee");
        }
        Optional<Committee> committee = governance.findCommitteeByShortName(demo.committee());
        if (committee.isEmpty()) {
            // Without the demo people there is no committee to meet or decide; nothing to follow up.
            log.info("Demo follow-up not loaded: committee {} does not exist", demo.committee());
            return;
        }
        Loaded loaded = transaction.execute(status -> load(demo, committee.get()));
        log.info("Loaded demo follow-up for {}: {} meetings, assessments {}, {} reviews ({} completed), {} assignments, {} report-backs",
                demo.committee(), loaded.meetings(), loaded.verdicts(), loaded.reviews(), loaded.completedReviews(),
                loaded.assignments(), loaded.reportBacks());
    }

    static DemoFollowUp read() {
        return DemoFiles.read(RESOURCE, DemoFollowUp.class);
    }

    private Loaded load(DemoFollowUp demo, Committee committee) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Long>> arenaIds = new HashMap<>();
        for (ArenaRow row : arenaQueries.list(ArenaFilter.none())) {
            arenaIds.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row.id());
        }
        Map<String, List<Long>> personIds = new HashMap<>();
        for (PersonRow row : people.people(today, true)) {
            personIds.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row.id());
        }

        // Meetings first: assignments and report-backs refer to them by date.
        Map<LocalDate, Long> meetingIds = new HashMap<>();
        for (DemoFollowUp.MeetingEntry m : nonNull(demo.meetings())) {
            String what = "Demo meeting '" + m.date() + "'";
            long id = attempt(what, () -> meetings.schedule(new MeetingForm(committee.id(), m.date(), m.agendaNote())));
            meetingIds.put(m.date(), id);
        }

        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        DemoFollowUp.AssessmentsEntry assessed = demo.assessments();
        if (assessed != null) {
            Set<String> seen = new HashSet<>();
            for (DemoFollowUp.VerdictEntry v : nonNull(assessed.verdicts())) {
                for (String arena : nonNull(v.arenas())) {
                    String what = "Demo assessment of '" + arena + "'";
                    if (!seen.add(arena)) {
                        throw new InvalidDemoEntry(what + " is given twice");
                    }
                    long arenaId = one(arenaIds, arena, what, "arena");
                    attempt(what, () -> assessments.record(
                            new AssessmentForm(arenaId, assessed.assessedOn(), v.verdict(), v.motivation(), null, assessed.assessor())));
                    verdicts.merge(v.verdict(), 1, Integer::sum);
                }
            }
        }

        int completed = 0;
        for (DemoFollowUp.ReviewEntry r : nonNull(demo.reviews())) {
            String what = "Demo review of '" + (r.arena() != null ? r.arena() : r.area()) + "' due " + r.dueOn();
            Long arenaId = r.arena() == null ? null : one(arenaIds, r.arena(), what, "arena");
            Long areaId = r.area() == null ? null : lookup.areaId(r.area(), what);
            Recurrence rule = r.recurrence() == null ? Recurrence.NONE : r.recurrence();
            Long responsibleId = r.responsiblePerson() == null ? null : one(personIds, r.responsiblePerson(), what, "person");
            long id = attempt(what, () -> reviews.schedule(new ReviewForm(arenaId, areaId, r.dueOn(), rule != Recurrence.NONE,
                    rule == Recurrence.NONE ? null : rule, r.recursUntil(), r.reason(), responsibleId, r.responsible())));
            if (r.completed() != null) {
                attempt(what + ", completed", () -> reviews.complete(id,
                        new ReviewOutcomeForm(r.completed().outcome(), r.completed().on())));
                completed++;
            }
        }

        int reported = 0;
        for (DemoFollowUp.AssignmentEntry a : nonNull(demo.assignments())) {
            String what = "Demo assignment '" + abbreviate(a.description()) + "' of " + a.decision();
            if (a.decision() == null) {
                throw new InvalidDemoEntry(what + " names no decision");
            }
            long decisionId = governance.findDecisionByReference(a.decision()).map(Decision::id)
                    .orElseThrow(() -> unknown(what, "decision", a.decision()));
            Long personId = a.assigneePerson() == null ? null : one(personIds, a.assigneePerson(), what, "person");
            Long meetingId = a.reportAt() == null ? null : meeting(meetingIds, a.reportAt(), what);
            long id = attempt(what, () -> assignments.give(new AssignmentForm(decisionId, a.assigneeRole(), personId, a.description(),
                    meetingId, a.reportDueOn())));
            if (a.report() != null) {
                DemoFollowUp.ReportEntry report = a.report();
                LocalDate at = report.meeting() != null ? report.meeting() : a.reportAt();
                if (at == null) {
                    throw new InvalidDemoEntry(what + ": its report names no meeting");
                }
                reportBack(report, at, id, what + ", report at " + at, meetingIds, arenaIds, personIds);
                reported++;
            }
        }

        for (DemoFollowUp.ReportEntry r : nonNull(demo.reportBacks())) {
            if (r.meeting() == null) {
                throw new InvalidDemoEntry("Demo report-back from '" + r.arena() + "' names no meeting");
            }
            String who = r.person() != null ? r.person() : r.reporter();
            reportBack(r, r.meeting(), null, "Demo report-back from '" + r.arena() + "' by '" + who + "' at " + r.meeting(),
                    meetingIds, arenaIds, personIds);
            reported++;
        }

        return new Loaded(meetingIds.size(), verdicts, nonNull(demo.reviews()).size(), completed, nonNull(demo.assignments()).size(),
                reported);
    }

    /**
     * A report at a meeting. A person who reports from an arena must be appointed to it on the meeting's date: the
     * memo asks those the committee appointed to report back, and the demo should not show anyone else doing so.
     */
    private void reportBack(DemoFollowUp.ReportEntry r, LocalDate at, Long assignmentId, String what, Map<LocalDate, Long> meetingIds,
                            Map<String, List<Long>> arenaIds, Map<String, List<Long>> personIds) {
        long meetingId = meeting(meetingIds, at, what);
        Long arenaId = r.arena() == null ? null : one(arenaIds, r.arena(), what, "arena");
        Long personId = r.person() == null ? null : one(personIds, r.person(), what, "person");
        if (personId != null && arenaId != null && people.appointmentsOfPerson(personId).stream()
                .noneMatch(x -> x.arenaId() == arenaId && x.activeOn(at))) {
            throw new InvalidDemoEntry(what + ": '" + r.person() + "' is not appointed to '" + r.arena() + "' on " + at);
        }
        attempt(what, () -> meetings.reportBack(new ReportBackForm(meetingId, personId, r.reporter(), arenaId, assignmentId, r.text())));
    }

    private static long meeting(Map<LocalDate, Long> meetingIds, LocalDate date, String what) {
        Long id = meetingIds.get(date);
        if (id == null) {
            throw new InvalidDemoEntry(what + " refers to a meeting on " + date + ", which is not in the meetings list");
        }
        return id;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 57) + "…";
    }
}
