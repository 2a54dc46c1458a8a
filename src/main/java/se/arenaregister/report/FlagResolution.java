package se.arenaregister.report;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * The writer's reason why a number typed in a section's text differs from what the register counts ("räknar UNESCO
 * utöver ovanstående"). It holds while the register still counts {@code actual}. Logged under the section's id.
 */
@Traced(value = EntityType.MEMO_FLAG, tables = "memo_flag_resolution")
public record FlagResolution(long id, String phrase, int stated, int actual, String reason) {
}
