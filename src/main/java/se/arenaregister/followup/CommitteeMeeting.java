package se.arenaregister.followup;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** A committee meeting (sammanträde) on a date. */
@Table("committee_meeting")
@Traced(value = EntityType.MEETING, tables = "committee_meeting")
record CommitteeMeeting(@Id Long id, Long committeeId, LocalDate meetsOn, String agendaNote, @Version Long version) {
}
