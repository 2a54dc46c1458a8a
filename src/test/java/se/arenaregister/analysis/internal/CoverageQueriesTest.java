package se.arenaregister.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.analysis.internal.Coverage.ArenaRef;
import se.arenaregister.analysis.internal.Coverage.Cell;
import se.arenaregister.analysis.internal.Coverage.Row;
import se.arenaregister.support.QuerySlice;

/**
 * The topics × levels matrix against the real schema with rows of this test's own: every topic with a cell per level,
 * which arenas count, a topic's own forum, and the gaps and overlaps the memo speaks of.
 */
@QuerySlice
@Import(CoverageQueries.class)
class CoverageQueriesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoverageQueries queries;

    long growth;

    @BeforeEach
    void anArea() {
        growth = jdbc.sql("INSERT INTO area (name) VALUES ('Hållbar tillväxt') RETURNING id").query(Long.class).single();
    }

    @Test
    void everyTopicHasACellPerLevelInLevelOrderAndTopicsSortInSwedish() {
        topic("Östersjöfrågor");
        topic("Digitalisering");
        topic("Ämnen utan forum");
        topic("Åtgärder");

        Coverage coverage = queries.coverage();

        assertThat(coverage.levels()).containsExactly("POLITICAL", "SENIOR_OFFICIAL", "OFFICIAL");
        assertThat(coverage.rows()).extracting(Row::topic).containsExactly("Digitalisering", "Åtgärder", "Ämnen utan forum", "Östersjöfrågor");
        assertThat(coverage.rows()).allSatisfy(row -> {
            assertThat(row.cells().keySet()).containsExactly("POLITICAL", "SENIOR_OFFICIAL", "OFFICIAL");
            assertThat(row.cells().values()).allMatch(Cell::gap);
        });
        assertThat(coverage.gaps()).isEqualTo(12);
        assertThat(coverage.withoutOwnForum()).isZero();
    }

    @Test
    void anArenaCoversItsTopicsAtEachOfItsLevelsUnlessArchivedOrEnded() {
        long broadband = topic("Bredbandsfrågor");
        long council = arena("Regionens samverkansråd", "REGIONAL", "ACTIVE", broadband);
        levels(council, "POLITICAL", "SENIOR_OFFICIAL");
        long ending = arena("Projekt som avslutas", "REGIONAL", "ENDING", broadband);
        levels(ending, "OFFICIAL");
        levels(arena("Avslutat forum", "REGIONAL", "ENDED", broadband), "POLITICAL", "OFFICIAL");
        long archived = arena("Arkiverat forum", "REGIONAL", "ACTIVE", broadband);
        levels(archived, "POLITICAL", "OFFICIAL");
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        // An arena with no level covers the topic nowhere.
        arena("Forum utan nivå", "REGIONAL", "ACTIVE", broadband);

        Row row = queries.coverage().rows().get(0);
        assertThat(row.topicId()).isEqualTo(broadband);
        assertThat(names(row, "POLITICAL")).containsExactly("Regionens samverkansråd");
        assertThat(names(row, "SENIOR_OFFICIAL")).containsExactly("Regionens samverkansråd");
        assertThat(names(row, "OFFICIAL")).containsExactly("Projekt som avslutas");
        assertThat(row.cells().values()).noneMatch(Cell::gap);
        assertThat(row.cells().get("POLITICAL").arenas()).extracting(ArenaRef::id, ArenaRef::scope).containsExactly(tuple(council, "REGIONAL"));
    }

    @Test
    void anArenaIsATopicsOwnForumOnlyWhenItHandlesNoOtherTopic() {
        long digital = topic("Digitalisering");
        long broadband = topic("Bredbandsfrågor");
        long shared = arena("Regionens samverkansråd", "REGIONAL", "ACTIVE", digital, broadband);
        levels(shared, "POLITICAL", "SENIOR_OFFICIAL");
        long own = arena("Bredbandsnätverket", "REGIONAL", "ACTIVE", broadband);
        levels(own, "SENIOR_OFFICIAL");

        Coverage coverage = queries.coverage();
        Row broadbandRow = coverage.rows().get(0);
        Row digitalRow = coverage.rows().get(1);

        // The memo: "Det finns inget politiskt forum specifikt för digitalisering … hanteras i befintliga forum".
        assertThat(digitalRow.topic()).isEqualTo("Digitalisering");
        assertThat(digitalRow.cells().get("POLITICAL")).extracting(Cell::gap, Cell::noOwnForum).containsExactly(false, true);
        assertThat(digitalRow.cells().get("POLITICAL").arenas()).extracting(ArenaRef::ownForum).containsExactly(false);
        assertThat(broadbandRow.cells().get("SENIOR_OFFICIAL").arenas()).extracting(ArenaRef::name, ArenaRef::ownForum)
                .containsExactly(tuple("Bredbandsnätverket", true), tuple("Regionens samverkansråd", false));
        assertThat(broadbandRow.cells().get("SENIOR_OFFICIAL").noOwnForum()).isFalse();
        assertThat(broadbandRow.cells().get("POLITICAL").noOwnForum()).isTrue();
        // Digitalisering: P and ÖT without an own forum; Bredbandsfrågor: P.
        assertThat(coverage.withoutOwnForum()).isEqualTo(3);
        assertThat(coverage.gaps()).isEqualTo(2);
    }

    @Test
    void threeArenasAtALevelOrTwoEuArenasOverlap() {
        long infrastructure = topic("Infrastruktur");
        for (String name : List.of("CPMR", "Europaforum", "NSEO")) {
            levels(arena(name, "EU", "ACTIVE", infrastructure), "POLITICAL");
        }
        levels(arena("Nordiska rådet", "CROSS_BORDER", "ACTIVE", infrastructure), "SENIOR_OFFICIAL");
        levels(arena("Trafikverkets nätverk", "NATIONAL", "ACTIVE", infrastructure), "SENIOR_OFFICIAL");
        levels(arena("Tjänstemannaforum", "EU", "ACTIVE", infrastructure), "OFFICIAL");
        levels(arena("Mittstråket", "INTERREGIONAL", "ACTIVE", infrastructure), "OFFICIAL");

        Row row = queries.coverage().rows().get(0);
        assertThat(row.cells().get("POLITICAL")).extracting(Cell::overlap, Cell::euOverlap).containsExactly(true, true);
        assertThat(names(row, "POLITICAL")).containsExactly("CPMR", "Europaforum", "NSEO");
        assertThat(row.cells().get("SENIOR_OFFICIAL")).extracting(Cell::overlap, Cell::euOverlap).containsExactly(false, false);
        assertThat(row.cells().get("OFFICIAL")).extracting(Cell::overlap, Cell::euOverlap).containsExactly(false, false);
        assertThat(names(row, "OFFICIAL")).containsExactly("Mittstråket", "Tjänstemannaforum");
        levels(arena("Trafikforum", "REGIONAL", "ACTIVE", infrastructure), "SENIOR_OFFICIAL");
        assertThat(queries.coverage().rows().get(0).cells().get("SENIOR_OFFICIAL")).extracting(Cell::overlap, Cell::euOverlap)
                .containsExactly(true, false);
    }

    private List<String> names(Row row, String level) {
        return row.cells().get(level).arenas().stream().map(ArenaRef::name).toList();
    }

    private long topic(String name) {
        return jdbc.sql("INSERT INTO topic (name) VALUES (:n) RETURNING id").param("n", name).query(Long.class).single();
    }

    private long arena(String name, String scope, String status, long... topics) {
        long id = jdbc.sql("INSERT INTO arena (name, area_id, scope, status) VALUES (:n, :a, :sc, :st) RETURNING id")
                .param("n", name).param("a", growth).param("sc", scope).param("st", status).query(Long.class).single();
        for (long topic : topics) {
            jdbc.sql("INSERT INTO arena_topic (arena_id, topic_id) VALUES (:a, :t)").param("a", id).param("t", topic).update();
        }
        return id;
    }

    private void levels(long arena, String... codes) {
        for (String code : codes) {
            jdbc.sql("INSERT INTO arena_level (arena_id, code) VALUES (:a, :c)").param("a", arena).param("c", code).update();
        }
    }
}
