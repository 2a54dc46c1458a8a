package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.DataBinder;
import se.arenaregister.support.QuerySlice;

/**
 * The register's list query against the real schema with rows of this test's own (no demo data): register order with
 * Swedish sorting, each filter, Swedish full-text search, archived arenas, paging and one arena with its arrays.
 */
@QuerySlice
@Import(ArenaQueries.class)
@Tag("external-postgres")
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

        assertThat(names(filter("subArea", broadband))).containsExactly("Kommunala bredbandssamordnare");
        assertThat(names(filter("area", growth))).containsExactly("Bärighetsrådet", "Flygrådet", "Kommunala bredbandssamordnare");
        assertThat(names(filter("type", ArenaType.EXECUTIVE))).containsExactly("Bärighetsrådet");
        assertThat(names(filter("level", Level.POLITICAL))).containsExactly("Bärighetsrådet");
        assertThat(names(filter("scope", Scope.NATIONAL))).containsExactly("Flygrådet");
        assertThat(names(filter("convener", traffic))).containsExactly("Flygrådet");
        assertThat(names(filter("lead", true))).containsExactly("Flygrådet");
        assertThat(names(filter("lead", false))).containsExactly("Bärighetsrådet", "Kommunala bredbandssamordnare");
        // An organisation's arenas: those it convenes and those it is a member of.
        assertThat(names(filter("organisation", traffic))).containsExactly("Flygrådet", "Kommunala bredbandssamordnare");
        assertThat(names(filter("organisation", municipality))).isEmpty();
    }

    @Test
    void searchesInSwedishWithStemsAndFindsPartsOfNames() {
        long expansion = arena("Kommunala bredbandssamordnare", growth, broadband);
        jdbc.sql("UPDATE arena SET purpose = 'Samordnar utbyggnaden av bredband i länets kommuner' WHERE id = :a")
                .param("a", expansion).update();
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        jdbc.sql("UPDATE arena SET convener_id = :o WHERE id = :a").param("o", traffic).param("a", bearing).update();

        // "kommunerna" finds the purpose's "kommuner" through the Swedish stemmer (both "kommun"); it is no substring.
        assertThat(names(filter("q", "kommunerna"))).containsExactly("Kommunala bredbandssamordnare");
        assertThat(names(filter("q", "rådet"))).containsExactly("Bärighetsrådet");
        // The convener's name is searched too; wildcards in what the user types are taken literally.
        assertThat(names(filter("q", "trafikverk"))).containsExactly("Bärighetsrådet");
        assertThat(names(filter("q", "%"))).isEmpty();
        assertThat(names(filter("q", "_"))).isEmpty();
    }

    @Test
    void archivedArenasAreShownOnlyWhenAskedFor() {
        arena("Levande forum", growth, null);
        long closed = arena("Avvecklat forum", growth, null);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", closed).update();

        assertThat(names(filter())).containsExactly("Levande forum");
        assertThat(names(filter("archived", true))).containsExactly("Avvecklat forum");
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

    private List<String> names(ArenaFilter filter) {
        return queries.list(filter).stream().map(ArenaRow::name).toList();
    }

    /** A filter bound from parameters the way the register page binds its address: {@code filter("subArea", 3)}. */
    private static ArenaFilter filter(Object... parameters) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            values.put((String) parameters[i], parameters[i + 1]);
        }
        DataBinder binder = new DataBinder(null, "filter");
        binder.setTargetType(ResolvableType.forClass(ArenaFilter.class));
        binder.setConversionService(DefaultConversionService.getSharedInstance());
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return values.get(name);
            }

            @Override
            public Set<String> getNames() {
                return values.keySet();
            }
        });
        assertThat(binder.getBindingResult().hasErrors()).as("binding %s", values).isFalse();
        return (ArenaFilter) binder.getTarget();
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
