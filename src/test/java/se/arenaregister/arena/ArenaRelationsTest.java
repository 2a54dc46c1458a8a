package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.audit.AuditEntry;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/**
 * Arenas in relation to each other against the real database with the demo data: the rules (no self-relation, no
 * duplicate, one parent, no cycle) as field messages, LINKED on both sides, the history, who may relate, and the
 * memo's relations in the pages, the API and the network; an arena under consideration is not counted as taken part in.
 */
@IntegrationTest
class ArenaRelationsTest {

    @Autowired
    ArenaRelations relations;
    @Autowired
    ArenaService arenas;
    @Autowired
    ArenaQueries queries;
    @Autowired
    AuditLog auditLog;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    AreaAnalysis analysis;
    @Autowired
    Clock clock;

    long subArea;
    long area;

    @BeforeEach
    void testArea() {
        subArea = Register.testSubArea(catalog, areas);
        area = Register.areaId(areas, Register.TEST_AREA);
    }

    @AfterEach
    void noOneSignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRulesOfRelationsAreFieldMessages() {
        long a = arena("Relationsprov A");
        long b = arena("Relationsprov B");
        long c = arena("Relationsprov C");

        assertRefused(() -> relations.relate(a, form(a, ArenaRelationForm.Relation.PART_OF)), "relation.self");
        relations.relate(a, form(b, ArenaRelationForm.Relation.PART_OF));
        assertRefused(() -> relations.relate(a, form(b, ArenaRelationForm.Relation.PART_OF)), "relation.duplicate");
        assertRefused(() -> relations.relate(b, form(a, ArenaRelationForm.Relation.PART_OF)), "relation.cycle");
        // C is part of A, from A's page: C › A › B.
        relations.relate(a, form(c, ArenaRelationForm.Relation.HAS_PART));
        assertRefused(() -> relations.relate(c, form(b, ArenaRelationForm.Relation.PART_OF)), "relation.oneParent");
        assertRefused(() -> relations.relate(b, form(c, ArenaRelationForm.Relation.PART_OF)), "relation.cycle");
        assertRefused(() -> relations.relate(a, form(Long.MAX_VALUE, ArenaRelationForm.Relation.LINKED)), "relation.other.unknown");

        assertThat(queries.find(c).orElseThrow().partOf()).extracting(ArenaRow.Ref::id).isEqualTo(a);
        assertThat(queries.find(a).orElseThrow().parts()).isEqualTo(1);
        assertThat(relations.of(a)).extracting(ArenaRelationRow::labelKey, r -> r.other().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("relation.PART_OF.out", b),
                        org.assertj.core.groups.Tuple.tuple("relation.PART_OF.in", c));
        assertThat(jdbc.sql("SELECT count(*) FROM arena_relation WHERE from_arena_id IN (:ids) OR to_arena_id IN (:ids)")
                .param("ids", List.of(a, b, c)).query(Integer.class).single()).as("nothing refused was stored").isEqualTo(2);
    }

    @Test
    void aLinkIsStoredOnceAndShownOnBothArenasAndInTheirHistory() throws Exception {
        long x = arena("Länkprov X");
        long y = arena("Länkprov Y");

        long id = relations.relate(y, new ArenaRelationForm(x, ArenaRelationForm.Relation.LINKED, "Gemensam fråga"));
        assertRefused(() -> relations.relate(x, form(y, ArenaRelationForm.Relation.LINKED)), "relation.duplicate");

        assertThat(relations.of(x)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.LINKED);
            assertThat(r.other().id()).isEqualTo(y);
            assertThat(r.comment()).isEqualTo("Gemensam fråga");
        });
        String nameOfX = queries.find(x).orElseThrow().name();
        assertThat(relations.of(y)).singleElement().extracting(r -> r.other().name()).isEqualTo(nameOfX);
        assertThat(auditLog.historyOf("arena", y).get(0).changes())
                .containsExactly(new AuditEntry.Change("relation", null, "LINKED → " + nameOfX + " (Gemensam fråga)"));
        String history = mvc.perform(get("/arenas/" + y).with(user("läsare").roles("READER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(history).as("the history reads as a person reads it, never the stored code")
                .contains("Kopplad till " + org.springframework.web.util.HtmlUtils.htmlEscape(nameOfX, "UTF-8") + " (Gemensam fråga)")
                .doesNotContain("LINKED →");

        relations.remove(x, id);
        assertThat(relations.of(y)).isEmpty();
        assertThat(auditLog.historyOf("arena", x).get(0).changes()).extracting(AuditEntry.Change::field).containsExactly("relationRemoved");
    }

    @Test
    void onlyWhoMayEditTheArenaRelatesIt() throws Exception {
        long infrastructure = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        long atlantbanan = arenaNamed("Partnerskapet Atlantbanan");
        long kulturZ = arenaNamed("Kultur Z");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("infra", null,
                List.of(new SimpleGrantedAuthority("ROLE_AREA_EDITOR"), new SimpleGrantedAuthority(Permissions.AREA_PREFIX + infrastructure))));

        assertThatThrownBy(() -> relations.relate(kulturZ, form(atlantbanan, ArenaRelationForm.Relation.LINKED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(relations.of(kulturZ)).extracting(r -> r.other().id()).doesNotContain(atlantbanan);
        SecurityContextHolder.clearContext();

        mvc.perform(post("/arenas/{id}/relations", kulturZ).with(csrf()).with(user("läsare").roles("READER"))
                        .param("otherArenaId", String.valueOf(atlantbanan)).param("relation", "LINKED"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/arenas/{id}/relations", kulturZ).with(csrf()).with(user("samordnare").roles("COORDINATOR"))
                        .param("otherArenaId", String.valueOf(kulturZ)).param("relation", "LINKED"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("En arena kan inte ha en relation till sig själv.")));
    }

    @Test
    void theMemosRelationsAreOnBothArenasPagesInTheApiAndTheNetwork() throws Exception {
        long cpmr = arenaNamed("CPMR (inkl. arbetsgrupper)");
        long bsc = arenaNamed("Östersjökommissionen/Baltic Sea Commission (BSC)");
        long council = arenaNamed("Regionens samverkansråd");
        long trains = arenaNamed("Långsiktig plan Tågtrafiken i Norrland");

        String cpmrPage = mvc.perform(get("/arenas/{id}", cpmr)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cpmrPage).contains("Arbetsgrupper och delar", "CPMR Sverige", "Östersjökommissionen/Baltic Sea Commission (BSC)",
                "Förankras i", "Regionens samverkansråd");
        assertThat(mvc.perform(get("/arenas/{id}", council)).andReturn().getResponse().getContentAsString())
                .contains("Förankrar", "CPMR (inkl. arbetsgrupper)", "Europaforum norra Sverige");
        assertThat(mvc.perform(get("/arenas/{id}", bsc)).andReturn().getResponse().getContentAsString())
                .contains("Del av", "BSC:s arbetsgrupp för tillgänglighet och transport", "BSC:s Arctic Task Force");
        assertThat(relations.of(arenaNamed("Partnerskap Mittstråket"))).extracting(ArenaRelationRow::kind, r -> r.other().id())
                .contains(org.assertj.core.groups.Tuple.tuple(RelationKind.LINKED, trains));

        mvc.perform(get("/api/v1/arenas/{id}", trains))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.relations[*].arena", hasItem("Partnerskap Mittstråket")))
                .andExpect(jsonPath("$.relations[*].arena", hasItem("Partnerskapet Atlantbanan")))
                .andExpect(jsonPath("$.relations[0].kind").value("LINKED"));
        mvc.perform(get("/api/v1/arenas").param("q", "Arctic Task Force"))
                .andExpect(jsonPath("$.items[0].status").value("CONSIDERED"))
                .andExpect(jsonPath("$.items[0].awaiting").value("Återkomma till nämnden för beslut under våren"))
                .andExpect(jsonPath("$.items[0].relations[0].kind").value("PART_OF"))
                .andExpect(jsonPath("$.items[0].relations[0].fromThisArena").value(true))
                .andExpect(jsonPath("$.items[0].relations[0].arenaId").value(bsc));
        mvc.perform(get("/api/v1/network"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edges[?(@.kind == 'partOf' && @.source == 'a%d' && @.target == 'a%d')]".formatted(bsc, cpmr)).exists())
                .andExpect(jsonPath("$.edges[?(@.kind == 'anchoredIn' && @.source == 'a%d' && @.target == 'a%d')]".formatted(cpmr, council))
                        .exists())
                .andExpect(jsonPath("$.edges[?(@.kind == 'linked' && @.target == 'a%d')]".formatted(trains)).doesNotExist());
        String network = mvc.perform(get("/network")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(network).contains("förankras i");
    }

    @Test
    void anArenaUnderConsiderationIsNotCountedAsTakenPartIn() {
        long eu = Register.subAreaId(areas, "Hållbar tillväxt", "EU");
        long arctic = arenaNamed("BSC:s Arctic Task Force");
        ArenaRow considered = queries.find(arctic).orElseThrow();
        assertThat(considered.status()).isEqualTo(ArenaStatus.CONSIDERED);
        assertThat(considered.awaiting()).isEqualTo("Återkomma till nämnden för beslut under våren");

        int inUse = jdbc.sql("SELECT count(*) FROM arena WHERE sub_area_id = :eu AND NOT archived").param("eu", eu).query(Integer.class).single();
        assertThat(analysis.of(eu).orElseThrow().total()).as("EU's forums: all in use but the one under consideration")
                .isEqualTo(inUse - 1);
    }

    @Test
    void theDashboardAsksToConfirmOrExtendAndShowsWhatAwaitsADecision() throws Exception {
        String dashboard = mvc.perform(get("/dashboard").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String ends = dashboard.substring(dashboard.indexOf("id=\"ends-heading\""), dashboard.indexOf("id=\"considered-heading\""));
        assertThat(ends).contains("Slutdatum som har passerat eller närmar sig", "Bottniska korridoren styrgrupp", "UNESCO Creative Cities Network",
                "slutdatumet 2022-12-31 har passerat", "Bekräfta att arenan har upphört", "Förläng");
        String considered = dashboard.substring(dashboard.indexOf("id=\"considered-heading\""));
        assertThat(considered).contains("Övervägs – väntar på beslut", "BSC:s Arctic Task Force",
                "Återkomma till nämnden för beslut under våren");
        String reader = mvc.perform(get("/dashboard").with(user("läsare").roles("READER"))).andReturn().getResponse().getContentAsString();
        assertThat(reader).contains("Bottniska korridoren styrgrupp", "Den som får redigera arenan bekräftar eller förlänger.")
                .doesNotContain("/end/confirm");

        LocalDate today = LocalDate.now(clock);
        long passed = arenas.create(base("Slutdatumprov").endDate(today.minusDays(2)).status(ArenaStatus.ENDING).build());
        long version = queries.find(passed).orElseThrow().version();
        assertThat(queries.find(passed).orElseThrow().status()).isEqualTo(ArenaStatus.ENDED);

        String refused = mvc.perform(post("/arenas/{id}/end/extend", passed).with(csrf()).with(user("samordnare").roles("COORDINATOR"))
                        .param("endDate", today.toString()).param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Det nya slutdatumet måste vara efter i dag (" + today + ").", "aria-invalid=\"true\"");
        assertThat(queries.find(passed).orElseThrow().endDate()).isEqualTo(today.minusDays(2));
        mvc.perform(post("/arenas/{id}/end/extend", passed).with(csrf()).with(user("läsare").roles("READER"))
                        .param("endDate", today.plusYears(1).toString()).param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/arenas/{id}/end/extend", passed).with(csrf()).with(user("samordnare").roles("COORDINATOR"))
                        .param("endDate", today.plusYears(1).toString()).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        ArenaRow extended = queries.find(passed).orElseThrow();
        assertThat(extended.endDate()).isEqualTo(today.plusYears(1));
        assertThat(extended.status()).isEqualTo(ArenaStatus.ENDING);

        mvc.perform(post("/arenas/{id}/end/confirm", passed).with(csrf()).with(user("samordnare").roles("COORDINATOR"))
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.find(passed).orElseThrow().recordedStatus()).as("a stale version changes nothing").isEqualTo(ArenaStatus.ENDING);
        mvc.perform(post("/arenas/{id}/end/confirm", passed).with(csrf()).with(user("samordnare").roles("COORDINATOR"))
                        .param("version", String.valueOf(extended.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.find(passed).orElseThrow().recordedStatus()).isEqualTo(ArenaStatus.ENDED);
        assertThat(auditLog.historyOf("arena", passed).get(0).changes()).extracting(AuditEntry.Change::field).containsExactly("status");
    }

    @Test
    void anArenaUnderConsiderationSaysWhatItAwaits() {
        assertThatThrownBy(() -> arenas.create(base("Övervägsprov").status(ArenaStatus.CONSIDERED).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                        .extracting(InvalidInputException.Rejection::field, InvalidInputException.Rejection::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("awaiting", "arena.awaiting.required")));
    }

    private void assertRefused(Runnable change, String code) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                .extracting(InvalidInputException.Rejection::field, InvalidInputException.Rejection::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("otherArenaId", code)));
    }

    private static ArenaRelationForm form(long other, ArenaRelationForm.Relation relation) {
        return new ArenaRelationForm(other, relation, null);
    }

    private ArenaFormBuilder base(String name) {
        return ArenaForm.builder().name(name + " " + System.nanoTime() % 1_000_000).areaId(area).subAreaId(subArea)
                .types(Set.of(ArenaType.COLLABORATION)).levels(Set.of(Level.OFFICIAL));
    }

    private long arena(String name) {
        return arenas.create(base(name).build());
    }

    private long arenaNamed(String name) {
        return jdbc.sql("SELECT id FROM arena WHERE name = :n AND NOT archived").param("n", name).query(Long.class).single();
    }
}
