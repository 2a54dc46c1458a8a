package se.arenaregister.followup;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A dated judgement of whether taking part in an arena is still worth it. */
@Table("assessment")
record Assessment(@Id Long id, Long arenaId, LocalDate assessedOn, Verdict verdict, String motivation, String assessor,
                  @Version Long version) {
}
