package se.arenaregister.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.analysis.internal.NetworkQueries.AreaOption;
import se.arenaregister.analysis.internal.NetworkQueries.ArenaLinks;
import se.arenaregister.analysis.internal.NetworkQueries.Edge;
import se.arenaregister.analysis.internal.NetworkQueries.Filter;
import se.arenaregister.analysis.internal.NetworkQueries.Network;
import se.arenaregister.analysis.internal.NetworkQueries.Node;
import se.arenaregister.analysis.internal.NetworkQueries.Representative;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.support.QuerySlice;

/**
 * The network map against the real schema with rows of this test's own: live arenas in register order with their
 * codes, each filter, organisations that convene or are members, the people who represent us on a date (elected only
 * for the public, never the erased), the table form of the map, and the areas to filter by.
 */
@QuerySlice
@Import({NetworkQueries.class, NetworkGraph.class, NetworkClusters.class})
class NetworkQueriesTest {

    /** The slice's clock: 2026-06-15. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    NetworkQueries queries;

    long growth;
    long broadband;
    long infrastructure;
    long culture;

    @BeforeEach
    void areas() {
        growth = area("Hållbar tillväxt", null, 1);
        broadband = area("Bredband", growth, 2);
        infrastructure = area("Infrastruktur", growth, 1);
        culture = area("Kultur och bildning", null, 2);
    }

    @Test
    void arenaNodesAreTheLiveArenasInRegisterOrderWithTheirCodesInEnumOrder() {
        long library = arena("Biblioteksrådet", culture, null);
        long broadbandForum = arena("Bredbandsforum", growth, broadband);
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        long council = arena("Regionens samverkansråd", growth, null);
        long closed = arena("Arkiverat forum", growth, null);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", closed).update();
        codes("arena_type", bearing, "COLLABORATION", "INFLUENCE", "EXECUTIVE");
        codes("arena_level", bearing, "OFFICIAL", "POLITICAL");

        Network network = queries.network(Filter.none(), TODAY, true);

        assertThat(network.nodes()).extracting(Node::id, Node::label, Node::area).containsExactly(
                tuple("a" + council, "Regionens samverkansråd", "Hållbar tillväxt"),
                tuple("a" + bearing, "Bärighetsrådet", "Infrastruktur"),
                tuple("a" + broadbandForum, "Bredbandsforum", "Bredband"),
                tuple("a" + library, "Biblioteksrådet", "Kultur och bildning"));
        Node node = network.nodes().get(1);
        assertThat(node.kind()).isEqualTo("arena");
        assertThat(node.url()).isEqualTo("/arenas/" + bearing);
        assertThat(node.types()).containsExactly("INFLUENCE", "EXECUTIVE", "COLLABORATION");
        assertThat(node.levels()).containsExactly("POLITICAL", "OFFICIAL");
        assertThat(network.nodes().get(0).types()).isEmpty();
        assertThat(network.edges()).isEmpty();
        assertThat(network.count("arena")).isEqualTo(4);
    }

    @Test
    void eachFilterNarrowsTheArenasAndTheirLinks() {
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        long broadbandForum = arena("Bredbandsforum", growth, broadband);
        long library = arena("Biblioteksrådet", culture, null);
        codes("arena_type", bearing, "EXECUTIVE");
        codes("arena_level", broadbandForum, "POLITICAL");
        codes("arena_type", library, "EXECUTIVE");
        long traffic = organisation("Trafikverket");
        convenes(traffic, bearing);
        member(traffic, library);

        assertThat(arenaIds(new Filter(growth, null, null))).containsExactly("a" + bearing, "a" + broadbandForum);
        assertThat(arenaIds(new Filter(infrastructure, null, null))).containsExactly("a" + bearing);
        assertThat(arenaIds(new Filter(null, ArenaType.EXECUTIVE, null))).containsExactly("a" + bearing, "a" + library);
        assertThat(arenaIds(new Filter(null, null, Level.POLITICAL))).containsExactly("a" + broadbandForum);
        assertThat(arenaIds(new Filter(growth, ArenaType.EXECUTIVE, null))).containsExactly("a" + bearing);
        assertThat(arenaIds(new Filter(culture, null, Level.POLITICAL))).isEmpty();
        // Links only to the arenas shown.
        assertThat(queries.network(new Filter(infrastructure, null, null), TODAY, true).edges())
                .containsExactly(new Edge("o" + traffic, "a" + bearing, "convenes", null));
        assertThat(queries.network(new Filter(null, null, Level.POLITICAL), TODAY, true).count("organisation")).isZero();
    }

    @Test
    void anOrganisationIsOneNodeWhateverItConvenesOrIsAMemberOf() {
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        long council = arena("Regionens samverkansråd", growth, null);
        long traffic = organisation("Trafikverket");
        long municipality = organisation("Östersunds kommun");
        long agency = organisation("Arbetsförmedlingen");
        convenes(traffic, bearing);
        member(traffic, bearing);
        member(traffic, council);
        member(municipality, council);
        member(agency, bearing);

        Network network = queries.network(Filter.none(), TODAY, true);

        assertThat(network.nodes()).filteredOn(n -> n.kind().equals("organisation")).extracting(Node::id, Node::label, Node::url)
                .containsExactly(tuple("o" + agency, "Arbetsförmedlingen", "/organisations/" + agency),
                        tuple("o" + traffic, "Trafikverket", "/organisations/" + traffic),
                        tuple("o" + municipality, "Östersunds kommun", "/organisations/" + municipality));
        assertThat(network.edges()).containsExactly(
                new Edge("o" + agency, "a" + bearing, "member", null),
                new Edge("o" + traffic, "a" + bearing, "convenes", null),
                new Edge("o" + traffic, "a" + bearing, "member", null),
                new Edge("o" + traffic, "a" + council, "member", null),
                new Edge("o" + municipality, "a" + council, "member", null));
    }

    @Test
    void peopleAreThoseAppointedOnTheDateElectedOnlyForThePublicAndNeverTheErased() {
        long council = arena("Regionens samverkansråd", growth, null);
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        long anna = person("Anna Berg", "ELECTED");
        long karin = person("Karin Öst", "OFFICIAL");
        long erased = person("Borttagen person", "ELECTED");
        jdbc.sql("UPDATE person SET erased = true WHERE id = :p").param("p", erased).update();
        long former = person("Bo Ek", "ELECTED");
        long coming = person("Cecilia Dahl", "ELECTED");
        appoint(anna, council, "CHAIR", TODAY.minusYears(1), TODAY);
        appoint(anna, bearing, "MEMBER", TODAY, null);
        appoint(karin, bearing, "RAPPORTEUR", TODAY.minusYears(1), null);
        appoint(erased, council, "MEMBER", TODAY.minusYears(1), null);
        appoint(former, council, "MEMBER", TODAY.minusYears(1), TODAY.minusDays(1));
        appoint(coming, council, "SUBSTITUTE", TODAY.plusDays(1), null);

        Network internal = queries.network(Filter.none(), TODAY, true);
        assertThat(internal.nodes()).filteredOn(n -> n.kind().equals("person")).extracting(Node::id, Node::url)
                .containsExactly(tuple("p" + anna, "/people/" + anna), tuple("p" + karin, "/people/" + karin));
        assertThat(internal.edges()).containsExactly(
                new Edge("p" + anna, "a" + council, "represents", "CHAIR"),
                new Edge("p" + anna, "a" + bearing, "represents", "MEMBER"),
                new Edge("p" + karin, "a" + bearing, "represents", "RAPPORTEUR"));
        Network forThePublic = queries.network(Filter.none(), TODAY, false);
        assertThat(forThePublic.count("person")).isEqualTo(1);
        assertThat(forThePublic.edges()).extracting(Edge::source).containsOnly("p" + anna);
        // A day later the chair has ended and the substitute has begun.
        assertThat(queries.network(Filter.none(), TODAY.plusDays(1), false).edges()).extracting(Edge::source, Edge::role)
                .containsExactly(tuple("p" + anna, "MEMBER"), tuple("p" + coming, "SUBSTITUTE"));
    }

    @Test
    void byArenaListsEveryArenaInRegisterOrderWithItsConvenersMembersAndRepresentatives() {
        long council = arena("Regionens samverkansråd", growth, null);
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        long traffic = organisation("Trafikverket");
        long municipality = organisation("Östersunds kommun");
        convenes(traffic, bearing);
        member(municipality, bearing);
        member(traffic, bearing);
        long anna = person("Anna Berg", "ELECTED");
        appoint(anna, bearing, "CHAIR", TODAY.minusYears(1), null);

        List<ArenaLinks> rows = queries.network(Filter.none(), TODAY, true).byArena();

        assertThat(rows).extracting(r -> r.arena().label()).containsExactly("Regionens samverkansråd", "Bärighetsrådet");
        assertThat(rows.get(0).arena().id()).isEqualTo("a" + council);
        assertThat(rows.get(0).conveners()).isEmpty();
        assertThat(rows.get(0).members()).isEmpty();
        assertThat(rows.get(0).representatives()).isEmpty();
        ArenaLinks links = rows.get(1);
        assertThat(links.arena().id()).isEqualTo("a" + bearing);
        assertThat(links.conveners()).extracting(Node::label).containsExactly("Trafikverket");
        assertThat(links.members()).extracting(Node::label).containsExactly("Trafikverket", "Östersunds kommun");
        assertThat(links.representatives()).extracting(r -> r.person().label(), Representative::role).containsExactly(tuple("Anna Berg", "CHAIR"));
    }

    @Test
    void areasForTheFilterComeInRegisterOrderEachFollowedByItsSubAreas() {
        long health = area("Hälso- och sjukvård", null, 2);
        long care = area("Vård", health, 1);

        assertThat(queries.areas()).containsExactly(
                new AreaOption(growth, "Hållbar tillväxt", null),
                new AreaOption(infrastructure, "Infrastruktur", growth),
                new AreaOption(broadband, "Bredband", growth),
                new AreaOption(health, "Hälso- och sjukvård", null),
                new AreaOption(care, "Vård", health),
                new AreaOption(culture, "Kultur och bildning", null));
    }

    private List<String> arenaIds(Filter filter) {
        return queries.network(filter, TODAY, true).nodes().stream().filter(n -> n.kind().equals("arena")).map(Node::id).toList();
    }

    private long area(String name, Long parent, int sortOrder) {
        return jdbc.sql("INSERT INTO area (name, parent_id, sort_order) VALUES (:n, :p, :s) RETURNING id")
                .param("n", name).param("p", parent).param("s", sortOrder).query(Long.class).single();
    }

    private long arena(String name, long area, Long subArea) {
        return jdbc.sql("INSERT INTO arena (name, area_id, sub_area_id, scope, status) VALUES (:n, :a, :s, 'REGIONAL', 'ACTIVE')"
                        + " RETURNING id")
                .param("n", name).param("a", area).param("s", subArea).query(Long.class).single();
    }

    private void codes(String table, long arena, String... codes) {
        for (String code : codes) {
            jdbc.sql("INSERT INTO " + table + " (arena_id, code) VALUES (:a, :c)").param("a", arena).param("c", code).update();
        }
    }

    private long organisation(String name) {
        return jdbc.sql("INSERT INTO organisation (name, kind) VALUES (:n, 'AGENCY') RETURNING id").param("n", name)
                .query(Long.class).single();
    }

    private void convenes(long organisation, long arena) {
        jdbc.sql("UPDATE arena SET convener_id = :o WHERE id = :a").param("o", organisation).param("a", arena).update();
    }

    private void member(long organisation, long arena) {
        jdbc.sql("INSERT INTO arena_member (arena_id, organisation_id) VALUES (:a, :o)").param("a", arena).param("o", organisation).update();
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
