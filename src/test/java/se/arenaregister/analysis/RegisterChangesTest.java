package se.arenaregister.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.followup.AssessmentForm;
import se.arenaregister.followup.Assessments;
import se.arenaregister.followup.Verdict;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/** The register compared at two dates, from the audit log: added, ended or archived, reclassified, new verdict. */
@IntegrationTest
class RegisterChangesTest {

    @Autowired
    RegisterChanges changes;
    @Autowired
    ArenaService arenas;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    Clock clock;

    @Test
    void arenasAddedReclassifiedAndArchivedTodayAreInTheChangesAroundToday() {
        long reclassified = fixtures.arena("Omklassad arena", false, null, null, null);
        ArenaForm form = arenas.formFor(reclassified);
        arenas.update(reclassified, withTypesAndLevels(form, Set.of(ArenaType.COLLABORATION), Set.of(Level.POLITICAL)));
        // A second edit in the period: the report compares the first before with the last after.
        form = arenas.formFor(reclassified);
        arenas.update(reclassified, withTypesAndLevels(form, Set.of(ArenaType.COLLABORATION, ArenaType.EXECUTIVE), Set.of(Level.POLITICAL)));
        long archived = fixtures.arena("Arkiverad arena", false, null, null, null);
        arenas.archive(archived, arenas.formFor(archived).version());
        long ended = fixtures.arena("Avslutad arena", false, null, null, null);
        ArenaForm endedForm = arenas.formFor(ended);
        arenas.update(ended, withStatus(endedForm, ArenaStatus.ENDED));

        LocalDate today = LocalDate.now(clock);
        RegisterChanges.Report report = changes.between(today.minusDays(1), today.plusDays(1));

        assertThat(ids(report.added())).contains(reclassified, archived, ended);
        assertThat(report.added()).filteredOn(c -> c.arenaId() == reclassified).singleElement()
                .satisfies(c -> assertThat(c.on()).isEqualTo(today));
        assertThat(report.ended()).filteredOn(c -> c.arenaId() == archived).singleElement()
                .satisfies(c -> assertThat(c.what()).isEqualTo("ARCHIVED"));
        assertThat(report.ended()).filteredOn(c -> c.arenaId() == ended).singleElement()
                .satisfies(c -> assertThat(c.what()).isEqualTo("ENDED"));
        assertThat(report.reclassified()).filteredOn(c -> c.arenaId() == reclassified)
                .extracting(RegisterChanges.Change::what, RegisterChanges.Change::before, RegisterChanges.Change::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("levels", "POLITICAL, OFFICIAL", "POLITICAL"),
                        org.assertj.core.groups.Tuple.tuple("types", "INFLUENCE", "EXECUTIVE, COLLABORATION"));
        assertThat(ids(report.reclassified())).doesNotContain(archived, ended);
        assertThat(report.added()).extracting(RegisterChanges.Change::on).isSorted();

        RegisterChanges.Report before = changes.between(today.minusYears(2), today.minusDays(1));
        assertThat(ids(before.added())).doesNotContain(reclassified, archived, ended);
        assertThat(ids(before.ended())).doesNotContain(archived, ended);
        assertThat(ids(before.reclassified())).doesNotContain(reclassified);
    }

    @Test
    void anArenaArchivedAndRestoredInThePeriodHasNotEnded() {
        long arena = fixtures.arena("Återställd arena", false, null, null, null);
        arenas.archive(arena, arenas.formFor(arena).version());
        arenas.restore(arena, arenas.formFor(arena).version());

        LocalDate today = LocalDate.now(clock);
        assertThat(ids(changes.between(today, today).ended())).doesNotContain(arena);
    }

    @Test
    void aNewVerdictIsAChangedVerdict(@Autowired Assessments assessments) {
        long arena = fixtures.arena("Bedömd arena", false, null, null, null);
        LocalDate today = LocalDate.now(clock);
        assessments.record(new AssessmentForm(arena, today, Verdict.RECOMMEND_LEAVING, "Test", null, "Testare"));

        assertThat(changes.between(today, today).verdicts()).filteredOn(c -> c.arenaId() == arena).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).isNull();
                    assertThat(c.after()).isEqualTo("RECOMMEND_LEAVING");
                });
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsIsRefusedNamingTheField() {
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> changes.between(today, today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rejections()).extracting(InvalidInputException.Rejection::field).containsExactly("from"));
    }

    private static List<Long> ids(List<RegisterChanges.Change> changes) {
        return changes.stream().map(RegisterChanges.Change::arenaId).toList();
    }

    private static ArenaForm withTypesAndLevels(ArenaForm f, Set<ArenaType> types, Set<Level> levels) {
        return f.toBuilder().types(types).levels(levels).build();
    }

    private static ArenaForm withStatus(ArenaForm f, ArenaStatus status) {
        return f.toBuilder().status(status).build();
    }
}
