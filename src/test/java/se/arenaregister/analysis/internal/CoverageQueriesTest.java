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
import se.arenaregister.arena.Scope;
import se.arenaregister.support.QuerySlice;
import se.arenaregister.support.StatementCounter;

/**
 * The topics × levels and topics × scope matrices against the real schema with rows of this test's own: every topic
 * with a cell per level or scope, which arenas count, a topic's own forum, and the gaps and overlaps the memo speaks
 * of; and the count of live arenas for one topic at one scope, in the whole register or in an area.
 */
@QuerySlice
@Import({CoverageQueries.class, StatementCounter.Configuration.class})
class CoverageQueriesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoverageQueries queries;
    @Autowired
    StatementCounter statements;

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

    @Test
    void everyTopicHasACellPerScopeInScopeOrder() {
        topic("Östersjöfrågor");
        topic("Digitalisering");

        ScopeCoverage coverage = queries.scopeCoverage();

        assertThat(coverage.scopes()).containsExactly("LOCAL", "REGIONAL", "INTERREGIONAL", "NATIONAL", "CROSS_BORDER", "EU", "GLOBAL");
        assertThat(coverage.rows()).extracting(Row::topic).containsExactly("Digitalisering", "Östersjöfrågor");
        assertThat(coverage.rows()).allSatisfy(row -> {
            assertThat(row.cells().keySet()).containsExactlyElementsOf(coverage.scopes());
            assertThat(row.cells().values()).allMatch(Cell::gap);
        });
        assertThat(coverage.gaps()).isEqualTo(14);
        assertThat(coverage.withoutOwnForum()).isZero();
    }

    @Test
    void anArenaCoversItsTopicsAtItsScopeWhateverItsLevelsUnlessArchivedOrEnded() {
        long culture = topic("Kultur");
        long regional = arena("Kultur Z", "REGIONAL", "ACTIVE", culture);
        levels(regional, "POLITICAL", "OFFICIAL");
        // No level: missing from the table by level, but it has a scope.
        long national = arena("Nationell dialog", "NATIONAL", "ENDING", culture);
        arena("Avslutat EU-nätverk", "EU", "ENDED", culture);
        long archived = arena("Arkiverat EU-forum", "EU", "ACTIVE", culture);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();

        ScopeCoverage coverage = queries.scopeCoverage();
        Row row = coverage.rows().get(0);

        assertThat(row.topicId()).isEqualTo(culture);
        assertThat(row.cells().get("REGIONAL").arenas()).extracting(ArenaRef::id, ArenaRef::name, ArenaRef::ownForum)
                .containsExactly(tuple(regional, "Kultur Z", true));
        assertThat(row.cells().get("NATIONAL").arenas()).extracting(ArenaRef::id).containsExactly(national);
        // The memo: "Det som saknas är kulturella påverkansarenor på europeisk nivå".
        assertThat(row.cells().get("EU")).extracting(Cell::gap, Cell::overlap).containsExactly(true, false);
        assertThat(row.cells().get("EU").arenas()).isEmpty();
        assertThat(coverage.gaps()).isEqualTo(5);
        assertThat(queries.coverage().rows().get(0).cells().get("OFFICIAL").arenas()).extracting(ArenaRef::name).containsExactly("Kultur Z");
    }

    @Test
    void twoEuArenasOrThreeAtAnotherScopeOverlapAndSharedForumsAreNoOwnForum() {
        long infrastructure = topic("Infrastruktur");
        long digital = topic("Digitalisering");
        arena("CPMR", "EU", "ACTIVE", infrastructure);
        arena("Europaforum", "EU", "ACTIVE", infrastructure);
        arena("Trafikverkets nätverk", "NATIONAL", "ACTIVE", infrastructure);
        arena("Nationellt trafikforum", "NATIONAL", "ACTIVE", infrastructure);
        arena("Regionens samverkansråd", "REGIONAL", "ACTIVE", infrastructure, digital);

        ScopeCoverage coverage = queries.scopeCoverage();
        Row digitalRow = coverage.rows().get(0);
        Row infrastructureRow = coverage.rows().get(1);

        assertThat(infrastructureRow.cells().get("EU")).extracting(Cell::overlap, Cell::euOverlap).containsExactly(true, true);
        assertThat(infrastructureRow.cells().get("NATIONAL")).extracting(Cell::overlap, Cell::euOverlap).containsExactly(false, false);
        assertThat(infrastructureRow.cells().get("REGIONAL")).extracting(Cell::gap, Cell::noOwnForum).containsExactly(false, true);
        assertThat(digitalRow.cells().get("REGIONAL").noOwnForum()).isTrue();
        assertThat(coverage.withoutOwnForum()).isEqualTo(2);

        arena("Mittstråket", "NATIONAL", "ACTIVE", infrastructure);
        assertThat(queries.scopeCoverage().rows().get(1).cells().get("NATIONAL")).extracting(Cell::overlap, Cell::euOverlap)
                .containsExactly(true, false);
    }

    @Test
    void eachMatrixIsOneStatementWhateverTheNumberOfTopics() {
        long first = topic("Kultur");
        levels(arena("Kultur Z", "REGIONAL", "ACTIVE", first), "POLITICAL");
        int levelsForOne = statementsFor(() -> queries.coverage());
        int scopeForOne = statementsFor(() -> queries.scopeCoverage());
        for (int i = 0; i < 40; i++) {
            long topic = topic("Sakfråga " + i);
            levels(arena("Forum " + i, i % 2 == 0 ? "EU" : "NATIONAL", "ACTIVE", topic, first), "OFFICIAL");
        }

        assertThat(queries.scopeCoverage().rows()).hasSize(41);
        // The matrix, and whether this transaction has changed something (it has: nothing is kept for it).
        assertThat(statementsFor(() -> queries.coverage())).isEqualTo(levelsForOne).isEqualTo(2);
        assertThat(statementsFor(() -> queries.scopeCoverage())).isEqualTo(scopeForOne).isEqualTo(2);
    }

    @Test
    void liveArenasCountsTheArenasOfOneCellInTheRegisterOrInAnAreaWithItsSubAreas() {
        long culture = topic("Kultur");
        long other = topic("Folkbildning");
        long education = area("Kultur och bildning", null);
        long politicalLevel = area("Kultur – politisk nivå", education);
        long officialLevel = area("Kultur – tjänstenivå", education);
        arenaIn("Kultur i Norr", education, politicalLevel, "INTERREGIONAL", "ACTIVE", culture);
        arenaIn("NMD", education, politicalLevel, "INTERREGIONAL", "ENDING", culture);
        arenaIn("Interregionala kultursamarbeten", education, officialLevel, "INTERREGIONAL", "ACTIVE", culture, other);
        arenaIn("Kulturforum utan sakområde", education, null, "INTERREGIONAL", "ACTIVE", culture);
        arenaIn("Avslutat kulturnätverk", education, officialLevel, "INTERREGIONAL", "ENDED", culture);
        long archived = arenaIn("Arkiverat kulturnätverk", education, officialLevel, "INTERREGIONAL", "ACTIVE", culture);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        arenaIn("Folkbildning interregionalt", education, officialLevel, "INTERREGIONAL", "ACTIVE", other);
        arenaIn("Kultur Z", education, politicalLevel, "REGIONAL", "ACTIVE", culture);
        arena("Mittnordiskt kulturnätverk", "INTERREGIONAL", "ACTIVE", culture);

        assertThat(queries.liveArenas(culture, Scope.INTERREGIONAL, null)).isEqualTo(5);
        assertThat(queries.liveArenas(culture, Scope.INTERREGIONAL, education)).isEqualTo(4);
        assertThat(queries.liveArenas(culture, Scope.INTERREGIONAL, politicalLevel)).isEqualTo(2);
        assertThat(queries.liveArenas(culture, Scope.INTERREGIONAL, officialLevel)).isEqualTo(1);
        assertThat(queries.liveArenas(culture, Scope.INTERREGIONAL, growth)).isEqualTo(1);
        assertThat(queries.liveArenas(culture, Scope.EU, education)).isZero();
        assertThat(queries.liveArenas(culture, Scope.EU, null)).isZero();
        assertThat(queries.liveArenas(-1, Scope.INTERREGIONAL, null)).isZero();
        assertThat(queries.liveArenas(culture, Scope.INTERREGIONAL, -1L)).isZero();
        // The figure is the cell of the matrix.
        Row row = queries.scopeCoverage().rows().stream().filter(r -> r.topicId() == culture).findFirst().orElseThrow();
        for (Scope scope : Scope.values()) {
            assertThat(queries.liveArenas(culture, scope, null)).as(scope.name()).isEqualTo(row.cells().get(scope.name()).arenas().size());
        }
        int before = statements.count();
        queries.liveArenas(culture, Scope.EU, education);
        assertThat(statements.count() - before).isEqualTo(1);
    }

    private int statementsFor(Runnable query) {
        statements.reset();
        query.run();
        return statements.count();
    }

    private List<String> names(Row row, String level) {
        return row.cells().get(level).arenas().stream().map(ArenaRef::name).toList();
    }

    private long topic(String name) {
        return jdbc.sql("INSERT INTO topic (name) VALUES (:n) RETURNING id").param("n", name).query(Long.class).single();
    }

    private long area(String name, Long parent) {
        return jdbc.sql("INSERT INTO area (name, parent_id) VALUES (:n, :p) RETURNING id").param("n", name).param("p", parent)
                .query(Long.class).single();
    }

    private long arena(String name, String scope, String status, long... topics) {
        return arenaIn(name, growth, null, scope, status, topics);
    }

    private long arenaIn(String name, long area, Long subArea, String scope, String status, long... topics) {
        long id = jdbc.sql("INSERT INTO arena (name, area_id, sub_area_id, scope, status) VALUES (:n, :a, :s, :sc, :st) RETURNING id")
                .param("n", name).param("a", area).param("s", subArea).param("sc", scope).param("st", status).query(Long.class).single();
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
