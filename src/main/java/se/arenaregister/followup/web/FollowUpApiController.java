package se.arenaregister.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.arena.ArenaFollowUp;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.Viewers;

/** Follow-up in API v1: assessments, reviews, meetings with their report-backs, and assignments. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Follow-up", description = "Assessments, reviews, committee meetings, assignments and report-backs")
class FollowUpApiController {

    private final FollowUpQueries queries;
    private final ArenaQueries arenas;
    private final Clock clock;

    FollowUpApiController(FollowUpQueries queries, ArenaQueries arenas, Clock clock) {
        this.queries = queries;
        this.arenas = arenas;
        this.clock = clock;
    }

    @GetMapping("/arenas/{id}/follow-up")
    @Operation(summary = "An arena's assessments (latest first), reviews and report-backs")
    ArenaFollowUp.Summary arena(@PathVariable long id, Authentication user) {
        arenas.find(id).orElseThrow(() -> new NotFoundException("arena", id));
        return queries.of(id, LocalDate.now(clock), Viewers.isInternal(user));
    }

    @GetMapping("/reviews")
    @Operation(summary = "All reviews, open first, with overdue flags")
    List<FollowUpQueries.ReviewRow> reviews(Authentication user) {
        return queries.reviews(LocalDate.now(clock), Viewers.isInternal(user));
    }

    @GetMapping("/assignments")
    @Operation(summary = "All assignments with status (OPEN, REPORTED, CLOSED or OVERDUE)")
    List<FollowUpQueries.AssignmentRow> assignments(Authentication user) {
        return queries.assignments(LocalDate.now(clock), Viewers.isInternal(user));
    }

    @GetMapping("/meetings")
    @Operation(summary = "The committee's meetings")
    List<FollowUpQueries.MeetingRow> meetings() {
        return queries.meetings();
    }

    record MeetingJson(FollowUpQueries.MeetingRow meeting, List<FollowUpQueries.AssignmentRow> due,
                       List<FollowUpQueries.ExpectedReport> expected, List<FollowUpQueries.ReportRow> reportBacks) {
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "A meeting: assignments due, representatives expected to report, report-backs recorded")
    MeetingJson meeting(@PathVariable long id, Authentication user) {
        var meeting = queries.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
        boolean internal = Viewers.isInternal(user);
        return new MeetingJson(meeting, queries.dueAt(id, meeting.meetsOn(), LocalDate.now(clock), internal),
                queries.expectedAt(id, internal), queries.reportsAt(id, internal));
    }
}
