package se.arenaregister.person.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A hand-worked example. Arena A: 10 meetings × 3 h × factor 1.5 = 45 h per participant; arena B:
 * 6 meetings × 2 h × factor 1.0 = 12 h. X (elected) sits in A and B: 57 h; Y (official) in A: 45 h.
 * Full time 1,700 h, flag at 3 %: X has 57 / 1,700 = 3.35 % and is flagged, Y 2.65 % and is not.
 */
class WorkloadTest {

    static final BigDecimal FULL_TIME = new BigDecimal("1700");
    static final BigDecimal FLAG_SHARE = new BigDecimal("0.03");

    static final BigDecimal A_HOURS = new BigDecimal("10").multiply(new BigDecimal("3")).multiply(new BigDecimal("1.5"));
    static final BigDecimal B_HOURS = new BigDecimal("6").multiply(new BigDecimal("2")).multiply(new BigDecimal("1.0"));

    static Workload.Participation xInA() {
        return new Workload.Participation(1, "X", true, 10, "A", "Hållbar tillväxt", List.of("SENIOR_OFFICIAL"), "MEMBER", A_HOURS);
    }

    static Workload.Participation xInB() {
        return new Workload.Participation(1, "X", true, 20, "B", "Kultur och bildning", List.of("POLITICAL"), "CHAIR", B_HOURS);
    }

    static Workload.Participation yInA() {
        return new Workload.Participation(2, "Y", false, 10, "A", "Hållbar tillväxt", List.of("SENIOR_OFFICIAL"), "MEMBER", A_HOURS);
    }

    final Workload workload = Workload.of(List.of(xInA(), xInB(), yInA()), FULL_TIME, FLAG_SHARE);

    @Test
    void hoursPerParticipantAreMeetingsTimesHoursTimesFactor() {
        assertThat(A_HOURS).isEqualByComparingTo("45");
        assertThat(B_HOURS).isEqualByComparingTo("12");
    }

    @Test
    void ranksPeopleByHoursWithTheirShareOfAFullTimeYear() {
        assertThat(workload.people()).extracting(Workload.PersonLoad::name).containsExactly("X", "Y");
        Workload.PersonLoad x = workload.people().get(0);
        Workload.PersonLoad y = workload.people().get(1);
        assertThat(x.hoursPerYear()).isEqualByComparingTo("57");
        assertThat(x.shareOfFullTime()).isEqualByComparingTo("0.034");
        assertThat(x.arenas()).extracting(Workload.Participation::arenaName).containsExactly("A", "B");
        assertThat(y.hoursPerYear()).isEqualByComparingTo("45");
        assertThat(y.shareOfFullTime()).isEqualByComparingTo("0.026");
        assertThat(workload.totalHours()).isEqualByComparingTo("102");
    }

    @Test
    void flagsThoseAboveTheShareOfAFullTimeYear() {
        assertThat(workload.people()).filteredOn(Workload.PersonLoad::flagged).extracting(Workload.PersonLoad::name)
                .containsExactly("X");
    }

    @Test
    void flagsNobodyWhenTheShareIsHigh() {
        Workload generous = Workload.of(List.of(xInA(), xInB(), yInA()), FULL_TIME, new BigDecimal("0.25"));
        assertThat(generous.people()).noneMatch(Workload.PersonLoad::flagged);
    }

    @Test
    void sumsPerArenaWithItsParticipants() {
        assertThat(workload.byArena()).containsExactly(
                new Workload.Total("10", "A", new BigDecimal("90.0"), 2),
                new Workload.Total("20", "B", new BigDecimal("12.0"), 1));
    }

    @Test
    void sumsPerArea() {
        assertThat(workload.byArea()).containsExactly(
                new Workload.Total("Hållbar tillväxt", "Hållbar tillväxt", new BigDecimal("90.0"), 2),
                new Workload.Total("Kultur och bildning", "Kultur och bildning", new BigDecimal("12.0"), 1));
    }

    @Test
    void sumsPerLevelElectedPoliticalOfficialsAtTheArenasSeniorLevel() {
        // X is elected: both of X's seats count as political (45 + 12); Y is an official in an arena
        // whose only level is senior official.
        assertThat(workload.byLevel()).containsExactly(
                new Workload.Total("POLITICAL", "POLITICAL", new BigDecimal("57.0"), 2),
                new Workload.Total("SENIOR_OFFICIAL", "SENIOR_OFFICIAL", new BigDecimal("45.0"), 1));
    }

    @Test
    void anOfficialInAnArenaWithBothOfficialLevelsCountsAtOfficialLevel() {
        Workload.Participation mixed = new Workload.Participation(3, "Z", false, 30, "C", "Kollektivtrafik",
                List.of("SENIOR_OFFICIAL", "OFFICIAL"), "MEMBER", BigDecimal.TEN);
        assertThat(mixed.level()).isEqualTo("OFFICIAL");
    }

    @Test
    void nobodyAppointedGivesEmptyFigures() {
        Workload none = Workload.of(List.of(), FULL_TIME, FLAG_SHARE);
        assertThat(none.people()).isEmpty();
        assertThat(none.byArena()).isEmpty();
        assertThat(none.totalHours()).isEqualByComparingTo("0");
    }
}
