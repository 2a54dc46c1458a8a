package se.arenaregister.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Traceability;
import se.arenaregister.governance.Decision;
import se.arenaregister.governance.Governance;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/** Assignments (uppdrag) from decisions: given, reported back at a meeting, closed. */
@Service
@Transactional
public class Assignments {

    private final AssignmentRepository assignments;
    private final Permissions permissions;
    private final MeetingRepository meetings;
    private final Governance governance;
    private final PersonQueries people;
    private final FormValidator validator;
    private final Traceability trail;
    private final java.time.Clock clock;

    Assignments(AssignmentRepository assignments, MeetingRepository meetings, Governance governance, PersonQueries people,
                FormValidator validator, Traceability trail, java.time.Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.clock = clock;
        this.assignments = assignments;
        this.meetings = meetings;
        this.governance = governance;
        this.people = people;
        this.validator = validator;
        this.trail = trail;
    }

    public long give(AssignmentForm form) {
        permissions.requireCoordinator();
        List<Rejection> rejections = new ArrayList<>();
        Decision decision = form.decisionId() == null ? null : governance.findDecision(form.decisionId()).orElse(null);
        if (form.decisionId() != null && decision == null) {
            rejections.add(new Rejection("decisionId", "appointment.decision.unknown"));
        }
        boolean noRole = form.assigneeRole() == null || form.assigneeRole().isBlank();
        if (noRole && form.assigneePersonId() == null) {
            rejections.add(new Rejection("assigneeRole", "assignment.assignee.required"));
        }
        if (form.assigneePersonId() != null && people.person(form.assigneePersonId(), LocalDate.now(clock)).isEmpty()) {
            rejections.add(new Rejection("assigneePersonId", "appointment.person.unknown"));
        }
        LocalDate due = form.reportDueOn();
        if (form.reportMeetingId() != null) {
            var meeting = meetings.findById(form.reportMeetingId());
            if (meeting.isEmpty()) {
                rejections.add(new Rejection("reportMeetingId", "meeting.unknown"));
            } else {
                due = meeting.get().meetsOn();
            }
        }
        if (decision != null && due != null && due.isBefore(decision.decidedOn())) {
            rejections.add(new Rejection(form.reportMeetingId() != null ? "reportMeetingId" : "reportDueOn",
                    "assignment.reportBeforeDecision", decision.decidedOn().toString()));
        }
        validator.check(form, rejections);
        Assignment saved = assignments.save(new Assignment(null, form.decisionId(), noRole ? null : form.assigneeRole().strip(),
                form.assigneePersonId(), form.description().strip(), form.reportMeetingId(), due, AssignmentStatus.OPEN, null, null, null));
        trail.created(saved);
        return saved.id();
    }

    public void close(long id) {
        permissions.requireCoordinator();
        Assignment current = assignments.findById(id).orElseThrow(() -> new NotFoundException("assignment", id));
        if (current.status() == AssignmentStatus.CLOSED) {
            throw InvalidInputException.of("status", "assignment.closed");
        }
        Assignment closed = assignments.save(current.closed());
        trail.updated(current, closed);
    }
}
