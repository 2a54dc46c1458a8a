package se.arenaregister.followup;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** Återrapportering: at a meeting, someone reports from an arena or on an assignment. */
@Table("report_back")
@Traced(value = EntityType.REPORT_BACK, tables = "report_back")
record ReportBack(@Id Long id, Long meetingId, Long personId, String reporter, Long arenaId, Long assignmentId, String text,
                  @Traced.Omitted Instant recordedAt, Long noteId) {
}
