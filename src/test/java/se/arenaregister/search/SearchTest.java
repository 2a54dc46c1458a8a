package se.arenaregister.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.audit.Audited;
import se.arenaregister.audit.EntityType;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.StatementCounter;

/** Search across the register, with the demo data: the cases, the index kept current, odd input, who sees what. */
@IntegrationTest
class SearchTest {

    @Autowired
    Search search;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    ArenaService arenas;
    @Autowired
    CatalogService catalog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    StatementCounter statements;

    private List<String> arenaTitles(String q, boolean internal) {
        return titles(search.search(q, "arena", 0, Search.MAX_PER_KIND, internal), "arena");
    }

    private static List<String> titles(SearchResults results, String kind) {
        return results.groups().stream().filter(g -> g.kind().equals(kind)).flatMap(g -> g.hits().stream())
                .map(SearchResults.Hit::titleText).toList();
    }

    @Test
    void aSubAreasNameFindsAllItsArenasHereAndOnTheRegisterPage() throws Exception {
        List<String> inSubArea = jdbc.sql("""
                SELECT a.name FROM arena_overview a JOIN area_overview s ON s.id = a.sub_area_id
                WHERE s.name = 'Infrastruktur' AND NOT a.archived""").query(String.class).list();
        assertThat(inSubArea).hasSizeGreaterThan(4);
        assertThat(arenaTitles("infrastruktur", false)).containsAll(inSubArea);

        String page = mvc.perform(get("/arenas").param("q", "infrastruktur")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String name : inSubArea) {
            assertThat(page).as("the register page for 'infrastruktur'").contains(HtmlUtils.htmlEscape(name, "UTF-8"));
        }
    }

    @Test
    @Tag("external-postgres")
    void theMemosSpellingAndWordsWithoutTheirRingsFind() {
        assertThat(arenaTitles("Botniska", false)).contains("Bottniska korridoren styrgrupp", "Bottniska korridoren arbetsgrupper");
        SearchResults tag = search.search("tagtrafik", "arena", 0, Search.MAX_PER_KIND, false);
        assertThat(tag.groups()).isNotEmpty();
        assertThat(tag.groups().get(0).hits()).anySatisfy(hit -> assertThat(hit.subtitle()).contains("Samverkan tågtrafikutveckling"));
        assertThat(search.search("Botniska", null, 0, 5, false).didYouMean()).isEqualTo("bottniska");
    }

    @Test
    void aTopicIsFoundByItsName() {
        String topic = jdbc.sql("SELECT name FROM topic_overview ORDER BY id LIMIT 1").query(String.class).single();
        assertThat(titles(search.search(topic, "topic", 0, 5, false), "topic")).first().isEqualTo(topic);
    }

    @Test
    void aDecisionIsFoundByItsReferenceFirst() {
        SearchResults results = search.search("RUN/78/2022", "decision", 0, 5, false);
        assertThat(titles(results, "decision")).first().isEqualTo("RUN/78/2022");
    }

    @Test
    void matchedWordsAreMarkedAndTheMarkupIsEscaped() throws Exception {
        String page = mvc.perform(get("/search").param("q", "Botniska")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<mark>Bottniska</mark>").doesNotContain("\uE000");
        long id = fixtures.arena("<script>alert(1)</script> Xssprov", false, null, null, null);
        String xss = mvc.perform(get("/search").param("q", "xssprov")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(xss).contains("/arenas/" + id).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void officialsAreFoundByTheSignedInOnlyAndElectedRepresentativesByAnyone() throws Exception {
        long official = fixtures.official("Sökbarsson Tjänsteperson");
        long elected = fixtures.elected("Sökbarsson Ledamot", "Testpartiet");
        String officialName = jdbc.sql("SELECT name FROM person_overview WHERE id = :id").param("id", official).query(String.class).single();

        List<String> anonymous = titles(search.search("Sökbarsson", null, 0, 50, false), "person");
        List<String> signedIn = titles(search.search("sokbarsson", null, 0, 50, true), "person");
        assertThat(anonymous).noneMatch(name -> name.contains("Tjänsteperson")).anyMatch(name -> name.contains("Ledamot"));
        assertThat(signedIn).anyMatch(name -> name.contains("Tjänsteperson")).anyMatch(name -> name.contains("Ledamot"));

        for (String path : List.of("/search", "/search/suggestions", "/api/v1/search")) {
            assertThat(body(get(path).param("q", "Sökbarsson"))).as(path + " anonymous").doesNotContain(officialName)
                    .doesNotContain("/people/" + official + "\"");
            assertThat(body(get(path).param("q", "Sökbarsson").with(user("reader").roles("READER"))))
                    .as(path + " signed in").contains(officialName.substring(0, 10));
        }
        assertThat(body(get("/search").param("q", "Sökbarsson"))).contains("/people/" + elected);
        // nor does a typo of an official's name lead the public to it
        fixtures.official("Qoxbrynja");
        assertThat(search.search("Qoxbrinja", null, 0, 50, true).didYouMean()).isEqualTo("qoxbrynja");
        SearchResults publicTypo = search.search("Qoxbrinja", null, 0, 50, false);
        assertThat(publicTypo.didYouMean()).isNull();
        assertThat(publicTypo.isEmpty()).isTrue();
    }

    @Test
    void theIndexFollowsEditsRenamesAndArchivingButNotARolledBackChange() {
        Organisation organisation = catalog.createOrganisation(new OrganisationForm(PeopleFixtures.unique("Qwertyorganisation"), null,
                OrganisationKind.OTHER, "", null, null, null));
        long id = fixtures.arena("Sökindexprov", false, null, null, null);
        ArenaForm form = arenas.formFor(id);
        arenas.update(id, form.toBuilder().convenerId(organisation.id()).purpose("Om fjällräddning och snöskotrar").build());
        String name = form.name();

        assertThat(arenaTitles("fjällräddning", false)).contains(name);
        assertThat(arenaTitles("qwertyorganisation", false)).contains(name);

        String renamed = PeopleFixtures.unique("Zxcvbnorganisation");
        catalog.updateOrganisation(organisation.id(), new OrganisationForm(renamed, null, OrganisationKind.OTHER, "", null, null,
                catalog.organisation(organisation.id()).version()));
        assertThat(arenaTitles("zxcvbnorganisation", false)).contains(name);
        assertThat(arenaTitles(organisation.name().substring(organisation.name().indexOf(' ') + 1), false)).doesNotContain(name);
        assertThat(titles(search.search("zxcvbnorganisation", null, 0, 50, false), "organisation")).contains(renamed);

        transactions.executeWithoutResult(tx -> {
            arenas.update(id, arenas.formFor(id).toBuilder().purpose("Om ångbåtar").build());
            tx.setRollbackOnly();
        });
        assertThat(arenaTitles("ångbåtar", false)).doesNotContain(name);
        assertThat(arenaTitles("fjällräddning", false)).contains(name);

        arenas.archive(id, arenas.formFor(id).version());
        assertThat(arenaTitles("fjällräddning", false)).doesNotContain(name);
    }

    @Test
    void aRebuildGivesTheSameIndexAsTheChangesDid() {
        String before = jdbc.sql("SELECT string_agg(kind || entity_id || public || title || coalesce(keywords, '') || coalesce(body, ''), '|'"
                + " ORDER BY kind, entity_id) FROM search_entry").query(String.class).single();
        transactions.executeWithoutResult(tx -> {
            index().rebuild();
            String after = jdbc.sql("SELECT string_agg(kind || entity_id || public || title || coalesce(keywords, '') || coalesce(body, ''), '|'"
                    + " ORDER BY kind, entity_id) FROM search_entry").query(String.class).single();
            assertThat(after).isEqualTo(before);
            tx.setRollbackOnly();
        });
    }

    @Test
    void aRebuildIsNotEndedByThePagesStatementTimeout() {
        // A national register's rebuild runs for minutes; the pages' timeout (here a millisecond) must not end it.
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("SET LOCAL statement_timeout = 1").update();
            assertThat(index().rebuild()).isPositive();
            tx.setRollbackOnly();
        });
    }

    @Autowired
    se.arenaregister.search.internal.SearchIndex searchIndex;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aRestoredBackupRebuildsTheIndexInTheRestoresTransaction() {
        int entries = jdbc.sql("SELECT count(*) FROM search_entry").query(Integer.class).single();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("DELETE FROM search_entry").update();
            // what Restores publishes once the backup's rows are in
            events.publishEvent(new Audited(EntityType.BACKUP.key(), 0, Audited.Action.RESTORED, Map.of(), Map.of("schemaVersion", "21")));
        });
        assertThat(jdbc.sql("SELECT count(*) FROM search_entry").query(Integer.class).single()).isEqualTo(entries).isPositive();
        assertThat(arenaTitles("Botniska", false)).isNotEmpty();
    }

    private se.arenaregister.search.internal.SearchIndex index() {
        return searchIndex;
    }

    static final List<String> ODD = List.of("\"unbalanced", "a & | ! : * ( )", "'; drop table arena; --", "x".repeat(5000),
            "och att det", "   ", "\t\n", "😀🎉", "%_\\", "botniska:*", "!!!", "ö", "\u0000", "a".repeat(300) + " b");

    @Test
    void oddQueriesAnswerOkOnThePageTheSuggestionsAndTheApi() throws Exception {
        for (String q : ODD) {
            for (String path : List.of("/search", "/search/suggestions", "/api/v1/search")) {
                mvc.perform(get(path).param("q", q)).andExpect(status().isOk());
            }
        }
        assertThat(search.search("och att det", null, 0, 5, false).isEmpty()).isTrue();
        assertThat(search.search("'; drop table arena; --", null, 0, 5, false).query()).hasSizeLessThanOrEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM arena").query(Integer.class).single()).isPositive();
        mvc.perform(get("/api/v1/search").param("q", "x").param("kind", "nonsense")).andExpect(status().isBadRequest());
    }

    @Test
    void aResultsPageRunsAFixedNumberOfStatements() throws Exception {
        Set<Integer> counts = new java.util.TreeSet<>();
        for (String q : List.of("infrastruktur", "Botniska", "RUN/78/2022", "region")) {
            statements.reset();
            mvc.perform(get("/search").param("q", q)).andExpect(status().isOk());
            counts.add(statements.count());
        }
        assertThat(counts).hasSize(1);
        assertThat(counts.iterator().next()).isLessThanOrEqualTo(3);
        statements.reset();
        mvc.perform(get("/api/v1/search").param("q", "infrastruktur")).andExpect(status().isOk());
        assertThat(statements.count()).isEqualTo(2);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
