package se.arenaregister.followup;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** An uppdrag given by a decision, to a role or a person, to be reported back at a meeting or by a date. */
@Table("assignment")
@Traced(value = EntityType.ASSIGNMENT, tables = "assignment")
record Assignment(@Id Long id, Long decisionId, String assigneeRole, Long assigneePersonId, String description,
                  Long reportMeetingId, LocalDate reportDueOn, AssignmentStatus status, String reportText, LocalDate reportedOn,
                  @Version Long version) {

    Assignment reported(String text, LocalDate on) {
        return new Assignment(id, decisionId, assigneeRole, assigneePersonId, description, reportMeetingId, reportDueOn,
                AssignmentStatus.REPORTED, text, on, version);
    }

    Assignment closed() {
        return new Assignment(id, decisionId, assigneeRole, assigneePersonId, description, reportMeetingId, reportDueOn,
                AssignmentStatus.CLOSED, reportText, reportedOn, version);
    }
}
