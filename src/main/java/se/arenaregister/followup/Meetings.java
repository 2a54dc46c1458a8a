package se.arenaregister.followup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.governance.Governance;
import se.arenaregister.notes.NoteQueries;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/** The committee's meeting calendar and the report-backs made at its meetings. */
@Service
@Transactional
public class Meetings {

    private final MeetingRepository meetings;
    private final ReportBackRepository reportBacks;
    private final AssignmentRepository assignments;
    private final Governance governance;
    private final ArenaQueries arenas;
    private final PersonQueries people;
    private final FormValidator validator;
    private final Traceability trail;
    /** The committee by its short name in the log. */
    private final Labels meetingLabels;
    private final java.time.Clock clock;
    private final Permissions permissions;
    private final ArenaAccess arenaAccess;
    private final NoteQueries notes;

    Meetings(MeetingRepository meetings, ReportBackRepository reportBacks, AssignmentRepository assignments,
             Governance governance, ArenaQueries arenas, PersonQueries people, FormValidator validator,
             Traceability trail, java.time.Clock clock, Permissions permissions, ArenaAccess arenaAccess, NoteQueries notes) {
        this.notes = notes;
        this.permissions = permissions;
        this.arenaAccess = arenaAccess;
        this.clock = clock;
        this.meetings = meetings;
        this.reportBacks = reportBacks;
        this.assignments = assignments;
        this.governance = governance;
        this.arenas = arenas;
        this.people = people;
        this.validator = validator;
        this.trail = trail;
        this.meetingLabels = Labels.<Long>of("committeeId", id -> governance.findCommittee(id).map(c -> c.shortName()).orElse(null));
    }

    public long schedule(MeetingForm form) {
        permissions.requireCoordinator();
        List<Rejection> rejections = new ArrayList<>();
        if (form.committeeId() != null && governance.findCommittee(form.committeeId()).isEmpty()) {
            rejections.add(new Rejection("committeeId", "decision.committee.unknown"));
        }
        if (form.committeeId() != null && form.meetsOn() != null
                && meetings.findByCommitteeIdAndMeetsOn(form.committeeId(), form.meetsOn()).isPresent()) {
            rejections.add(new Rejection("meetsOn", "meeting.duplicate"));
        }
        validator.check(form, rejections);
        try {
            CommitteeMeeting saved = meetings.save(new CommitteeMeeting(null, form.committeeId(), form.meetsOn(),
                    form.agendaNote() == null || form.agendaNote().isBlank() ? null : form.agendaNote().strip(), null));
            trail.created(saved, meetingLabels);
            return saved.id();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("meetsOn", "meeting.duplicate");
        }
    }

    /**
     * Records a report at a meeting. A report on an assignment also marks the assignment as reported,
     * with the report's text and the meeting's date; a closed assignment takes no more reports.
     */
    public long reportBack(ReportBackForm form) {
        requireMayReport(form);
        List<Rejection> rejections = new ArrayList<>();
        CommitteeMeeting meeting = form.meetingId() == null ? null : meetings.findById(form.meetingId()).orElse(null);
        if (form.meetingId() != null && meeting == null) {
            rejections.add(new Rejection("meetingId", "meeting.unknown"));
        }
        if (form.personId() == null && (form.reporter() == null || form.reporter().isBlank())) {
            rejections.add(new Rejection("personId", "reportBack.reporter.required"));
        }
        if (form.personId() != null && people.person(form.personId(), java.time.LocalDate.now(clock)).isEmpty()) {
            rejections.add(new Rejection("personId", "appointment.person.unknown"));
        }
        if (form.arenaId() == null && form.assignmentId() == null) {
            rejections.add(new Rejection("arenaId", "reportBack.subject.required"));
        }
        if (form.arenaId() != null && arenas.find(form.arenaId()).isEmpty()) {
            rejections.add(new Rejection("arenaId", "appointment.arena.unknown"));
        }
        Assignment assignment = form.assignmentId() == null ? null : assignments.findById(form.assignmentId()).orElse(null);
        if (form.assignmentId() != null && assignment == null) {
            rejections.add(new Rejection("assignmentId", "assignment.unknown"));
        } else if (assignment != null && assignment.status() == AssignmentStatus.CLOSED) {
            rejections.add(new Rejection("assignmentId", "assignment.closed"));
        }
        if (form.noteId() != null) {
            // A report links to a note of the arena it reports from.
            Long noteArena = notes.arenaOf(form.noteId()).orElse(null);
            if (noteArena == null) {
                rejections.add(new Rejection("noteId", "reportBack.note.unknown"));
            } else if (!noteArena.equals(form.arenaId())) {
                rejections.add(new Rejection("noteId", "reportBack.note.otherArena"));
            }
        }
        validator.check(form, rejections);
        ReportBack saved = reportBacks.save(new ReportBack(null, form.meetingId(), form.personId(),
                form.reporter() == null || form.reporter().isBlank() ? null : form.reporter().strip(), form.arenaId(),
                form.assignmentId(), form.text().strip(), clock.instant(), form.noteId()));
        trail.created(saved);
        if (assignment != null) {
            Assignment reported = assignments.save(assignment.reported(saved.text(), meeting.meetsOn()));
            trail.updated(assignment, reported);
        }
        return saved.id();
    }

    /**
     * A coordinator records any report-back; an area editor one on an arena of their areas; a representative their
     * own (the person their account is linked to). Anyone else is refused before anything is checked or stored.
     */
    private void requireMayReport(ReportBackForm form) {
        if (!mayReport(form.arenaId(), form.personId())) {
            throw new AccessDeniedException("report-back");
        }
    }

    /** Whether the user may record a report-back on this arena (or none) by this person (or none). */
    private boolean mayReport(Long arenaId, Long personId) {
        if (permissions.isCoordinator()) {
            return true;
        }
        if (permissions.isAreaEditor() && arenaId != null && arenaAccess.mayEdit(arenaId)) {
            return true;
        }
        return permissions.isRepresentative() && personId != null && personId.equals(ownPerson());
    }

    /** The person the signed-in account is linked to, if any. */
    private Long ownPerson() {
        String username = permissions.username();
        return username == null ? null : people.personOfAccount(username).orElse(null);
    }

    public CommitteeMeeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting", id));
    }
}
