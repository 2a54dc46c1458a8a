package se.arenaregister.demo;

import java.time.LocalDate;
import java.util.List;

import se.arenaregister.followup.Recurrence;
import se.arenaregister.followup.Verdict;

/**
 * The shape of {@code demo/follow-up.yml}: the committee's meetings, the memo's assessments, reviews and
 * assignments, and report-backs at meetings, everything referenced by name (arenas, areas, people, decisions)
 * or, for meetings, by date, as a person writes it.
 */
record DemoFollowUp(String committee, List<MeetingEntry> meetings, AssessmentsEntry assessments, List<ReviewEntry> reviews,
                    List<AssignmentEntry> assignments, List<ReportEntry> reportBacks) {

    record MeetingEntry(LocalDate date, String agendaNote) {
    }

    /** The assessments of one occasion: one date and assessor, verdicts given to one or more arenas each. */
    record AssessmentsEntry(LocalDate assessedOn, String assessor, List<VerdictEntry> verdicts) {
    }

    record VerdictEntry(List<String> arenas, Verdict verdict, String motivation) {
    }

    /**
     * A review of an arena or of an area ("Område" or "Område › Sakområde"); exactly one of them. Responsible is a person
     * of {@code demo/people.yml} ({@code responsiblePerson}) or a role or unit as text ({@code responsible}).
     */
    record ReviewEntry(String arena, String area, LocalDate dueOn, Recurrence recurrence, LocalDate recursUntil, String reason,
                       String responsible, String responsiblePerson, CompletedEntry completed) {
    }

    record CompletedEntry(LocalDate on, String outcome) {
    }

    /** An assignment from a decision, reported back at the meeting on {@code reportAt}; {@code report} when it was. */
    record AssignmentEntry(String decision, String assigneeRole, String assigneePerson, String description, LocalDate reportAt,
                           LocalDate reportDueOn, ReportEntry report) {
    }

    /**
     * A report at a meeting, by a person of {@code demo/people.yml} or a named reporter, from an arena. In an
     * assignment, {@code meeting} defaults to the assignment's {@code reportAt}.
     */
    record ReportEntry(LocalDate meeting, String person, String reporter, String arena, String text) {
    }
}
