package se.arenaregister.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditLogDiffTest {

    @Test
    void recordsOnlyFieldsThatChangedInTheSnapshotsOrder() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("name", "Flygrådet");
        before.put("purpose", "Gammalt");
        before.put("website", null);
        Map<String, String> after = new LinkedHashMap<>();
        after.put("name", "Flygrådet");
        after.put("purpose", "Nytt");
        after.put("website", "https://example.se");

        assertThat(AuditLog.diff(before, after)).containsExactly(
                new AuditEntry.Change("purpose", "Gammalt", "Nytt"),
                new AuditEntry.Change("website", null, "https://example.se"));
    }

    @Test
    void treatsBlankAndMissingAsTheSame() {
        assertThat(AuditLog.diff(Map.of("otherInfo", " "), Map.of())).isEmpty();
    }

    @Test
    void aCreationListsEveryFilledField() {
        assertThat(AuditLog.diff(Map.of(), Map.of("name", "CPMR"))).containsExactly(new AuditEntry.Change("name", null, "CPMR"));
    }
}
