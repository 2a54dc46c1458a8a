package se.arenaregister.governance;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * An agreement (överenskommelse, avtal): concluded by a decision, with a counterparty, perhaps about an arena, valid
 * from one date until another. {@code endedOn} records that it was ended (not extended); until then an agreement whose
 * {@code validUntil} has passed is due. The responsible person is internal.
 */
@Table("agreement")
@Traced(value = EntityType.AGREEMENT, tables = "agreement")
public record Agreement(@Id Long id, String title, Long organisationId, Long arenaId, Long decisionId, LocalDate validFrom,
                        LocalDate validUntil, LocalDate endedOn, Long responsiblePersonId, String comment, @Version Long version) {
}
