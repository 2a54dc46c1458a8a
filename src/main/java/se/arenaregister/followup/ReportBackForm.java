package se.arenaregister.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Record a report at a meeting: who (a person or a name), from which arena and/or on which assignment, and the note
 * from the arena it reports (optional; a note of the report's arena).
 */
public record ReportBackForm(
        @NotNull Long meetingId,
        Long personId,
        @Size(max = 200) String reporter,
        Long arenaId,
        Long assignmentId,
        @NotBlank @Size(max = 4000) String text,
        Long noteId) {

    /** A report that links to no note. */
    public ReportBackForm(Long meetingId, Long personId, String reporter, Long arenaId, Long assignmentId, String text) {
        this(meetingId, personId, reporter, arenaId, assignmentId, text, null);
    }
}
