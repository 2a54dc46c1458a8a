package se.arenaregister.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import se.arenaregister.arena.ArenaFilter;

/** The register's verdict filter knows exactly the follow-up's verdicts, in the memo's order. */
class VerdictCodesTest {

    @Test
    void theRegisterFilterKnowsEveryVerdictInOrder() {
        assertThat(ArenaFilter.VERDICTS).containsExactlyElementsOf(Arrays.stream(Verdict.values()).map(Enum::name).toList());
    }
}
