package se.arenaregister.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.person.internal.Workload.Participation;
import se.arenaregister.support.QuerySlice;

/**
 * What the workload is computed from, against the real schema with rows of this test's own: the appointments active
 * on a date in live arenas, by person and arena, with the hours each costs computed and rounded in SQL, and the
 * workload those rows add up to.
 */
@QuerySlice
@Import(WorkloadQueries.class)
class WorkloadQueriesTest {

    /** The slice's clock: 2026-06-15. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkloadQueries queries;

    long growth;
    long infrastructure;
    long culture;

    @BeforeEach
    void areas() {
        growth = area("Hållbar tillväxt", null);
        infrastructure = area("Infrastruktur", growth);
        culture = area("Kultur och bildning", null);
    }

    @Test
    void theAppointmentsActiveOnTheDateInLiveArenasByPersonThenArena() {
        long anna = person("Anna Berg", "ELECTED");
        long orjan = person("Örjan Ek", "OFFICIAL");
        long bo = person("Bo Ek", "ELECTED");
        long council = arena("Regionens samverkansråd", growth, null, 10, "2", "1.0");
        long bearing = arena("Bärighetsrådet", growth, infrastructure, 4, "3", "1.0");
        long archived = arena("Arkiverat forum", culture, null, 12, "2", "1.0");
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        appoint(orjan, council, "MEMBER", TODAY.minusYears(1), null);
        appoint(anna, council, "CHAIR", TODAY.minusYears(1), TODAY);
        appoint(anna, bearing, "MEMBER", TODAY, null);
        appoint(anna, archived, "MEMBER", TODAY.minusYears(1), null);
        appoint(bo, council, "MEMBER", TODAY.minusYears(2), TODAY.minusDays(1));
        appoint(bo, bearing, "MEMBER", TODAY.plusDays(1), null);

        assertThat(queries.participations(TODAY)).extracting(Participation::personId, Participation::arenaId, Participation::role)
                .containsExactly(tuple(anna, bearing, "MEMBER"), tuple(anna, council, "CHAIR"), tuple(orjan, council, "MEMBER"));
        assertThat(queries.participations(TODAY.plusDays(1))).extracting(Participation::personName, Participation::arenaName)
                .containsExactly(tuple("Anna Berg", "Bärighetsrådet"), tuple("Bo Ek", "Bärighetsrådet"),
                        tuple("Örjan Ek", "Regionens samverkansråd"));
    }

    @Test
    void eachParticipationCostsMeetingsTimesHoursTimesFactorRoundedToATenth() {
        long anna = person("Anna Berg", "ELECTED");
        // 7 × 1.5 × 1.25 = 13.125 → 13.1; 3 × 0.75 × 1.1 = 2.475 → 2.5; no meetings given → 0.0
        appoint(anna, arena("Bredbandsforum", growth, null, 7, "1.5", "1.25"), "MEMBER", TODAY, null);
        appoint(anna, arena("Kulturrådet", culture, null, 3, "0.75", "1.1"), "MEMBER", TODAY, null);
        appoint(anna, arena("Nytt nätverk", growth, null, null, null, "1.0"), "MEMBER", TODAY, null);

        assertThat(queries.participations(TODAY)).extracting(Participation::arenaName, Participation::hoursPerYear).containsExactly(
                tuple("Bredbandsforum", new BigDecimal("13.1")), tuple("Kulturrådet", new BigDecimal("2.5")),
                tuple("Nytt nätverk", new BigDecimal("0.0")));
    }

    @Test
    void aParticipationNamesTheTopLevelAreaTheArenasLevelsAndWhetherThePersonIsElected() {
        long karin = person("Karin Öst", "OFFICIAL");
        long anna = person("Anna Berg", "ELECTED");
        long bearing = arena("Bärighetsrådet", growth, infrastructure, 4, "3", "1.0");
        for (String level : List.of("SENIOR_OFFICIAL", "POLITICAL")) {
            jdbc.sql("INSERT INTO arena_level (arena_id, code) VALUES (:a, :c)").param("a", bearing).param("c", level).update();
        }
        long plain = arena("Kulturrådet", culture, null, 3, "1", "1.0");
        appoint(karin, bearing, "RAPPORTEUR", TODAY.minusYears(1), null);
        appoint(anna, plain, "MEMBER", TODAY.minusYears(1), null);

        List<Participation> rows = queries.participations(TODAY);

        assertThat(rows).extracting(Participation::personName, Participation::elected, Participation::areaName)
                .containsExactly(tuple("Anna Berg", true, "Kultur och bildning"), tuple("Karin Öst", false, "Hållbar tillväxt"));
        assertThat(rows.get(0).arenaLevels()).isEmpty();
        assertThat(rows.get(1).arenaLevels()).containsExactlyInAnyOrder("SENIOR_OFFICIAL", "POLITICAL");
        // An official in an arena with a senior-official level and no official level counts at senior-official level.
        assertThat(rows.get(1).level()).isEqualTo("SENIOR_OFFICIAL");
        assertThat(rows.get(0).level()).isEqualTo("POLITICAL");
    }

    @Test
    void theRowsAddUpToTheWorkloadPerPersonArenaAndArea() {
        long anna = person("Anna Berg", "ELECTED");
        long karin = person("Karin Öst", "OFFICIAL");
        // The hand-worked example of WorkloadTest, from the database: A costs 45 h, B 12 h.
        long a = arena("Arena A", growth, infrastructure, 10, "3", "1.5");
        long b = arena("Arena B", culture, null, 6, "2", "1.0");
        appoint(anna, a, "MEMBER", TODAY.minusYears(1), null);
        appoint(anna, b, "CHAIR", TODAY.minusYears(1), null);
        appoint(karin, a, "MEMBER", TODAY.minusYears(1), null);

        Workload workload = Workload.of(queries.participations(TODAY), new BigDecimal("1700"), new BigDecimal("0.03"));

        assertThat(workload.people()).extracting(Workload.PersonLoad::name, Workload.PersonLoad::hoursPerYear, Workload.PersonLoad::flagged)
                .containsExactly(tuple("Anna Berg", new BigDecimal("57.0"), true), tuple("Karin Öst", new BigDecimal("45.0"), false));
        assertThat(workload.byArena()).extracting(Workload.Total::label, Workload.Total::hoursPerYear, Workload.Total::participants)
                .containsExactly(tuple("Arena A", new BigDecimal("90.0"), 2), tuple("Arena B", new BigDecimal("12.0"), 1));
        assertThat(workload.byArea()).extracting(Workload.Total::label, Workload.Total::hoursPerYear)
                .containsExactly(tuple("Hållbar tillväxt", new BigDecimal("90.0")), tuple("Kultur och bildning", new BigDecimal("12.0")));
        assertThat(workload.totalHours()).isEqualByComparingTo("102");
    }

    private long area(String name, Long parent) {
        return jdbc.sql("INSERT INTO area (name, parent_id) VALUES (:n, :p) RETURNING id").param("n", name).param("p", parent)
                .query(Long.class).single();
    }

    private long arena(String name, long area, Long subArea, Integer meetingsPerYear, String hoursPerMeeting, String factor) {
        return jdbc.sql("""
                        INSERT INTO arena (name, area_id, sub_area_id, scope, status, meetings_per_year, hours_per_meeting, preparation_factor)
                        VALUES (:n, :a, :s, 'REGIONAL', 'ACTIVE', :m, :h, :f) RETURNING id""")
                .param("n", name).param("a", area).param("s", subArea).param("m", meetingsPerYear)
                .param("h", hoursPerMeeting == null ? null : new BigDecimal(hoursPerMeeting)).param("f", new BigDecimal(factor))
                .query(Long.class).single();
    }

    private long person(String name, String kind) {
        return jdbc.sql("INSERT INTO person (name, kind) VALUES (:n, :k) RETURNING id").param("n", name).param("k", kind)
                .query(Long.class).single();
    }

    private void appoint(long person, long arena, String role, LocalDate start, LocalDate end) {
        jdbc.sql("INSERT INTO appointment (person_id, arena_id, role, start_date, end_date) VALUES (:p, :a, :r, :s, :e)")
                .param("p", person).param("a", arena).param("r", role).param("s", start).param("e", end).update();
    }
}
