package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.QuerySlice;

/**
 * The register's list query against the real schema with rows of this test's own (no demo data): register order with
 * Swedish sorting, each filter, Swedish full-text search, archived arenas, paging and one arena with its arrays.
 */
@QuerySlice
@Import(ArenaQueries.class)
class ArenaQueriesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArenaQueries queries;

    long growth;
    long broadband;
    long infrastructure;
    long health;
    long traffic;
    long municipality;

    @BeforeEach
    void aSmallRegister() {
        growth = area("Hållbar tillväxt", null, 1);
        broadband = area("Bredband", growth, 2);
        infrastructure = area("Infrastruktur", growth, 1);
        health = area("Hälso- och sjukvård", null, 2);
        traffic = organisation("Trafikverket");
        municipality = organisation("Östersunds kommun");
    }

    @Test
    void listsInRegisterOrderWithSwedishSorting() {
        arena("Ölands forum", health, null);
        arena("Zäta nätverket", health, null);
        arena("Årsmöte Norrtåg", growth, infrastructure);
        arena("Bärighetsrådet", growth, infrastructure);
        arena("Kommunala bredbandssamordnare", growth, broadband);
        arena("Regionens samverkansråd", growth, null);

        assertThat(queries.list(ArenaFilter.none())).extracting(ArenaRow::name).containsExactly(
                // Hållbar tillväxt (sort 1): the area itself first, then Infrastruktur (1) before Bredband (2)
                "Regionens samverkansråd", "Bärighetsrådet", "Årsmöte Norrtåg", "Kommunala bredbandssamordnare",
                // Hälso- och sjukvård (sort 2): Z < Å < Ä < Ö in Swedish
                "Zäta nätverket", "Ölands forum");
    }

    @Test
    void eachFilterNarrowsTheList() {
        long flights = arena("Flygrådet", growth, infrastructure);
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        long coordinators = arena("Kommunala bredbandssamordnare", growth, broadband);
        jdbc.sql("UPDATE arena SET convener_id = :o, scope = 'NATIONAL', led_by_home = true WHERE id = :a")
                .param("o", traffic).param("a", flights).update();
        jdbc.sql("INSERT INTO arena_member (arena_id, organisation_id) VALUES (:a, :o)").param("a", coordinators)
                .param("o", traffic).update();
        type(bearing, "EXECUTIVE");
        level(bearing, "POLITICAL");

        assertThat(names(filter().subArea(broadband))).containsExactly("Kommunala bredbandssamordnare");
        assertThat(names(filter().area(growth))).containsExactly("Bärighetsrådet", "Flygrådet", "Kommunala bredbandssamordnare");
        assertThat(names(filter().type(ArenaType.EXECUTIVE))).containsExactly("Bärighetsrådet");
        assertThat(names(filter().level(Level.POLITICAL))).containsExactly("Bärighetsrådet");
        assertThat(names(filter().scope(Scope.NATIONAL))).containsExactly("Flygrådet");
        assertThat(names(filter().convener(traffic))).containsExactly("Flygrådet");
        assertThat(names(filter().lead(true))).containsExactly("Flygrådet");
        assertThat(names(filter().lead(false))).containsExactly("Bärighetsrådet", "Kommunala bredbandssamordnare");
        // An organisation's arenas: those it convenes and those it is a member of.
        assertThat(names(filter().organisation(traffic))).containsExactly("Flygrådet", "Kommunala bredbandssamordnare");
        assertThat(names(filter().organisation(municipality))).isEmpty();
    }

    @Test
    void searchesInSwedishWithStemsAndFindsPartsOfNames() {
        long expansion = arena("Kommunala bredbandssamordnare", growth, broadband);
        jdbc.sql("UPDATE arena SET purpose = 'Samordnar utbyggnaden av bredband i länets kommuner' WHERE id = :a")
                .param("a", expansion).update();
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        jdbc.sql("UPDATE arena SET convener_id = :o WHERE id = :a").param("o", traffic).param("a", bearing).update();

        // "kommunerna" finds the purpose's "kommuner" through the Swedish stemmer (both "kommun"); it is no substring.
        assertThat(names(filter().q("kommunerna"))).containsExactly("Kommunala bredbandssamordnare");
        assertThat(names(filter().q("rådet"))).containsExactly("Bärighetsrådet");
        // The convener's name is searched too; wildcards in what the user types are taken literally.
        assertThat(names(filter().q("trafikverk"))).containsExactly("Bärighetsrådet");
        assertThat(names(filter().q("%"))).isEmpty();
        assertThat(names(filter().q("_"))).isEmpty();
    }

    @Test
    void archivedArenasAreShownOnlyWhenAskedFor() {
        arena("Levande forum", growth, null);
        long closed = arena("Avvecklat forum", growth, null);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", closed).update();

        assertThat(names(filter())).containsExactly("Levande forum");
        assertThat(names(filter().archived(true))).containsExactly("Avvecklat forum");
    }

    @Test
    void aPageHoldsItsRowsAndTheTotal() {
        for (int i = 1; i <= 7; i++) {
            arena("Forum " + i, growth, null);
        }

        ArenaPage second = queries.page(ArenaFilter.none(), 1, 3);
        assertThat(second.items()).extracting(ArenaRow::name).containsExactly("Forum 4", "Forum 5", "Forum 6");
        assertThat(second.total()).isEqualTo(7);
        ArenaPage beyond = queries.page(ArenaFilter.none(), 5, 3);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void oneArenaComesWithItsTypesLevelsAndMembersInNameOrder() {
        long id = arena("Partnerskap Mittstråket", growth, infrastructure);
        type(id, "INFLUENCE");
        type(id, "EXECUTIVE");
        level(id, "OFFICIAL");
        for (long organisation : List.of(municipality, traffic)) {
            jdbc.sql("INSERT INTO arena_member (arena_id, organisation_id) VALUES (:a, :o)").param("a", id)
                    .param("o", organisation).update();
        }

        ArenaRow arena = queries.find(id).orElseThrow();
        assertThat(arena.area().name()).isEqualTo("Hållbar tillväxt");
        assertThat(arena.subArea().name()).isEqualTo("Infrastruktur");
        assertThat(arena.types()).containsExactlyInAnyOrder(ArenaType.INFLUENCE, ArenaType.EXECUTIVE);
        assertThat(arena.levels()).containsExactly(Level.OFFICIAL);
        assertThat(arena.members()).extracting(ArenaRow.Ref::name).containsExactly("Trafikverket", "Östersunds kommun");
        assertThat(queries.find(id + 1000)).isEmpty();
    }

    private List<String> names(FilterBuilder filter) {
        return queries.list(filter.build()).stream().map(ArenaRow::name).toList();
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    /** The filter's 15 components by name, for these tests only. */
    private static final class FilterBuilder {
        private Long area;
        private Long subArea;
        private ArenaType type;
        private Level level;
        private Scope scope;
        private Long convener;
        private Boolean lead;
        private Long organisation;
        private String q;
        private Boolean archived;

        FilterBuilder area(long value) {
            area = value;
            return this;
        }

        FilterBuilder subArea(long value) {
            subArea = value;
            return this;
        }

        FilterBuilder type(ArenaType value) {
            type = value;
            return this;
        }

        FilterBuilder level(Level value) {
            level = value;
            return this;
        }

        FilterBuilder scope(Scope value) {
            scope = value;
            return this;
        }

        FilterBuilder convener(long value) {
            convener = value;
            return this;
        }

        FilterBuilder lead(boolean value) {
            lead = value;
            return this;
        }

        FilterBuilder organisation(long value) {
            organisation = value;
            return this;
        }

        FilterBuilder q(String value) {
            q = value;
            return this;
        }

        FilterBuilder archived(boolean value) {
            archived = value;
            return this;
        }

        ArenaFilter build() {
            return new ArenaFilter(area, subArea, type, level, scope, null, convener, lead, null, organisation, q, archived,
                    null, null, null);
        }
    }

    private long area(String name, Long parent, int sortOrder) {
        return jdbc.sql("INSERT INTO area (name, parent_id, sort_order) VALUES (:n, :p, :s) RETURNING id")
                .param("n", name).param("p", parent).param("s", sortOrder).query(Long.class).single();
    }

    private long organisation(String name) {
        return jdbc.sql("INSERT INTO organisation (name, kind) VALUES (:n, 'AGENCY') RETURNING id")
                .param("n", name).query(Long.class).single();
    }

    private long arena(String name, long area, Long subArea) {
        return jdbc.sql("INSERT INTO arena (name, area_id, sub_area_id, scope, status) VALUES (:n, :a, :s, 'REGIONAL', 'ACTIVE')"
                        + " RETURNING id")
                .param("n", name).param("a", area).param("s", subArea).query(Long.class).single();
    }

    private void type(long arena, String code) {
        jdbc.sql("INSERT INTO arena_type (arena_id, code) VALUES (:a, :c)").param("a", arena).param("c", code).update();
    }

    private void level(long arena, String code) {
        jdbc.sql("INSERT INTO arena_level (arena_id, code) VALUES (:a, :c)").param("a", arena).param("c", code).update();
    }
}
