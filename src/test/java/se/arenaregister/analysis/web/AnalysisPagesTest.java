package se.arenaregister.analysis.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.analysis.MemoTexts;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;
import se.arenaregister.support.StatementCounter;

/** The analysis and coverage pages, editing the memo's texts, and the API. Texts are only written for the test area. */
@IntegrationTest
class AnalysisPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AreaRepository areas;
    @Autowired
    CatalogService catalog;
    @Autowired
    MemoTexts texts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatementCounter statements;

    @Test
    void theAnalysisShowsTheFiguresTheTextsAndTheirFlagsToEveryone() throws Exception {
        mvc.perform(get("/analysis"))
                .andExpect(status().isOk())
                .andExpect(view().name(AnalysisController.OVERVIEW_VIEW))
                .andExpect(content().string(containsString("Regionen är med i 14 forum, varav 8 på politisk nivå.")))
                .andExpect(content().string(containsString("Texten säger ”tre forum”, registret har 4.")))
                .andExpect(content().string(containsString("Texten säger ”fem forum”, registret har 6.")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("I regionala utvecklingsnämndens verksamhetsplan")))
                .andExpect(content().string(not(containsString("Redigera inledningen"))));
        mvc.perform(get("/analysis").with(user("editor").roles("COORDINATOR"))).andExpect(content().string(containsString("Redigera inledningen")));
        mvc.perform(get("/analysis").param("lang", "en"))
                .andExpect(content().string(containsString("The region takes part in 14 forums, 8 of them at political level.")))
                .andExpect(content().string(containsString("The text says “tre forum”, the register has 4.")));
    }

    @Test
    void anAreaHasItsOwnPageAndAnUnknownOneIsNotFound() throws Exception {
        long digitalisation = Register.subAreaId(areas, "Hållbar tillväxt", "Digitalisering");
        mvc.perform(get("/analysis/areas/" + digitalisation))
                .andExpect(view().name(AnalysisController.AREA_VIEW))
                .andExpect(content().string(containsString("Texten säger ”tre forum”, registret har 4.")))
                .andExpect(content().string(containsString("Erfarenhetsutbyte")));
        long growth = Register.areaId(areas, "Hållbar tillväxt");
        mvc.perform(get("/analysis/areas/" + growth))
                .andExpect(view().name(AnalysisController.AREA_VIEW))
                .andExpect(content().string(containsString("Infrastruktur")));
        mvc.perform(get("/analysis/areas/987654")).andExpect(status().isNotFound());
        mvc.perform(get("/analysis/areas/987654/text").with(user("editor").roles("COORDINATOR"))).andExpect(status().isNotFound());
    }

    @Test
    void coverageListsTheForumsPerTopicAndLevelWithGapsInWords() throws Exception {
        mvc.perform(get("/coverage"))
                .andExpect(view().name(AnalysisController.COVERAGE_VIEW))
                .andExpect(content().string(containsString("<caption>Sakfrågor (rader) och nivåer (kolumner)")))
                .andExpect(content().string(containsString("scope=\"row\"")))
                .andExpect(content().string(containsString("Inget forum")))
                .andExpect(content().string(containsString("EU-forum hanterar frågan på samma nivå")))
                .andExpect(content().string(containsString("Regionens samverkansråd")));
    }

    @Test
    void coverageShowsTheTableByScopeAfterTheTableByLevelOrEitherAlone() throws Exception {
        String both = mvc.perform(get("/coverage"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("view", "both"))
                .andExpect(content().string(containsString("<caption>Sakfrågor (rader) och geografiska nivåer (kolumner)")))
                // A soft hyphen lets the narrow column break the word as "Gräns-överskridande".
                .andExpect(content().string(containsString("<th scope=\"col\">Gräns\u00ADöverskridande (t.ex. Sverige–Norge)</th>")))
                .andExpect(content().string(containsString("två eller fler forum på EU-nivå, eller tre eller fler forum på någon annan geografisk nivå")))
                .andExpect(content().string(containsString("forum hanterar frågan på samma geografiska nivå")))
                .andExpect(content().string(containsString("EU-forum hanterar frågan.")))
                .andExpect(content().string(containsString("<a href=\"/coverage\" aria-current=\"page\"")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(both.indexOf("id=\"coverage\"")).isPositive().isLessThan(both.indexOf("id=\"coverage-scope\""));

        mvc.perform(get("/coverage").param("view", "scope"))
                .andExpect(model().attribute("view", "scope"))
                .andExpect(model().attributeDoesNotExist("coverage"))
                .andExpect(content().string(containsString("id=\"coverage-scope\"")))
                .andExpect(content().string(not(containsString("id=\"coverage\""))))
                .andExpect(content().string(containsString("<a href=\"/coverage?view=scope\" aria-current=\"page\"")));
        mvc.perform(get("/coverage").param("view", "levels"))
                .andExpect(model().attributeDoesNotExist("scopeCoverage"))
                .andExpect(content().string(containsString("id=\"coverage\"")))
                .andExpect(content().string(not(containsString("id=\"coverage-scope\""))));
        // Anything else shows both, as without the parameter.
        mvc.perform(get("/coverage").param("view", "<script>")).andExpect(status().isOk()).andExpect(model().attribute("view", "both"));
        mvc.perform(get("/coverage").param("lang", "en").param("view", "scope"))
                .andExpect(content().string(containsString("<caption>Topics (rows) and geographic scopes (columns)")))
                .andExpect(content().string(containsString("two or more forums at EU level, or three or more forums at any other scope")));
    }

    @Test
    void eachCoverageTableIsOneStatement() throws Exception {
        org.assertj.core.api.Assertions.assertThat(statementsFor("/coverage?view=levels")).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(statementsFor("/coverage?view=scope")).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(statementsFor("/coverage")).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(statementsFor("/api/v1/coverage/scope")).isEqualTo(1);
    }

    private int statementsFor(String url) throws Exception {
        statements.reset();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statements.count();
    }

    @Test
    void editingATextNeedsALoginAndSavesIt() throws Exception {
        long area = Register.testSubArea(catalog, areas);
        mvc.perform(get("/analysis/areas/" + area + "/text").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/analysis/areas/" + area + "/text").with(csrf()).param("text", "x"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));

        long version = currentVersion(area);
        mvc.perform(get("/analysis/areas/" + area + "/text").with(user("editor").roles("COORDINATOR")))
                .andExpect(view().name(MemoTextController.FORM_VIEW));
        mvc.perform(post("/analysis/areas/" + area + "/text").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("text", "Regionen är med i tolv forum.").param("version", version < 0 ? "" : String.valueOf(version)))
                .andExpect(redirectedUrl("/analysis/areas/" + area));
        mvc.perform(get("/analysis/areas/" + area))
                .andExpect(content().string(containsString("Texten säger ”tolv forum”")));
    }

    @Test
    void aStaleSaveShowsBothTextsAndOverwritesNothing() throws Exception {
        long area = Register.testSubArea(catalog, areas);
        long version = currentVersion(area);
        mvc.perform(post("/analysis/areas/" + area + "/text").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("text", "Den första texten.").param("version", version < 0 ? "" : String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/analysis/areas/" + area + "/text").with(user("other").roles("COORDINATOR")).with(csrf())
                        .param("text", "Den andra texten.").param("version", version < 0 ? "" : String.valueOf(version)))
                .andExpect(view().name(MemoTextController.FORM_VIEW))
                .andExpect(model().attributeExists("conflict"))
                .andExpect(content().string(containsString("Den första texten.")))
                .andExpect(content().string(containsString("Den andra texten.")));
        org.assertj.core.api.Assertions.assertThat(texts.ofArea(area).text()).isEqualTo("Den första texten.");
    }

    @Test
    void refusesATooLongTextWithAFieldMessage() throws Exception {
        mvc.perform(post("/analysis/intro").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("text", "a".repeat(20_001)).param("version", "0"))
                .andExpect(view().name(MemoTextController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "text", "Size"))
                .andExpect(content().string(containsString("class=\"field-error\"")));
        mvc.perform(post("/analysis/intro").with(user("editor").roles("COORDINATOR")).with(csrf()).param("text", "Ny").param("version", "abc"))
                .andExpect(model().attributeHasFieldErrorCode("form", "version", "typeMismatch"));
        org.assertj.core.api.Assertions.assertThat(texts.introduction().text()).startsWith("I regionala utvecklingsnämndens");
        mvc.perform(get("/analysis/intro").with(user("editor").roles("COORDINATOR"))).andExpect(view().name(MemoTextController.FORM_VIEW));
    }

    @Test
    void theApiGivesTheFiguresAndTheCoverage() throws Exception {
        mvc.perform(get("/api/v1/analysis/areas"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Infrastruktur')].total", hasItem(14)))
                .andExpect(jsonPath("$[?(@.name == 'Digitalisering')].discrepancies[0].stated", hasItem(3)))
                .andExpect(jsonPath("$[?(@.name == 'Digitalisering')].discrepancies[0].actual", hasItem(4)));
        mvc.perform(get("/api/v1/coverage"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.levels[0]").value("POLITICAL"))
                .andExpect(jsonPath("$.rows[?(@.topic == 'Infrastruktur')].cells.POLITICAL.euOverlap", hasItem(true)));
        mvc.perform(get("/api/v1/coverage/scope"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scopes[5]").value("EU"))
                .andExpect(jsonPath("$.rows[?(@.topic == 'Kultur')].cells.EU.gap", hasItem(true)))
                .andExpect(jsonPath("$.rows[?(@.topic == 'Infrastruktur')].cells.EU.euOverlap", hasItem(true)));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/coverage/scope'].get.summary", containsString("Topics × geographic scope")));
    }

    private long currentVersion(long area) {
        Long version = texts.ofArea(area).version();
        return version == null ? -1 : version;
    }
}
