package se.arenaregister.arena.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/** The register's pages end to end (MockMvc against the real database): reading, creating, bad input. */
@IntegrationTest
class ArenaPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AreaRepository areas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogService catalog;

    long area() {
        return Register.areaId(areas, Register.TEST_AREA);
    }

    long testSubArea() {
        return Register.testSubArea(catalog, areas);
    }

    long infrastructure() {
        return Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
    }

    int arenaCount() {
        return jdbc.sql("SELECT count(*) FROM arena").query(Integer.class).single();
    }

    /** A valid submission in the test sub-area; {@code overrides} are name/value pairs replacing the defaults. */
    MockHttpServletRequestBuilder validCreate(String name, String... overrides) {
        return submit("/arenas", name, overrides);
    }

    MockHttpServletRequestBuilder submit(String url, String name, String... overrides) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("name", List.of(name));
        params.put("subAreaId", List.of(String.valueOf(testSubArea())));
        params.put("areaId", List.of(String.valueOf(area())));
        params.put("types", List.of("INFLUENCE", "EXECUTIVE"));
        params.put("levels", List.of("OFFICIAL"));
        params.put("scope", List.of("REGIONAL"));
        params.put("status", List.of("ACTIVE"));
        params.put("purpose", List.of("Testa registret"));
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], List.of(overrides[i + 1]));
        }
        MockHttpServletRequestBuilder request = post(url).with(user("editor").roles("COORDINATOR")).with(csrf());
        params.forEach((key, values) -> request.param(key, values.toArray(String[]::new)));
        return request;
    }

    @Test
    void showsTheRegisterGroupedWithCountsToAnyone() throws Exception {
        mvc.perform(get("/arenas").param("subArea", String.valueOf(infrastructure())))
                .andExpect(status().isOk())
                .andExpect(view().name(ArenaController.LIST_VIEW))
                .andExpect(content().string(containsString("14 arenor matchar filtret")))
                .andExpect(content().string(containsString("Bärighetsrådet")))
                .andExpect(content().string(not(containsString("Ny arena"))));
    }

    @Test
    void explainsTheLevelBadgesAndViLederInWordsNotOnlyAsATooltip() throws Exception {
        String page = mvc.perform(get("/arenas").param("subArea", String.valueOf(infrastructure())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String legend = page.substring(page.indexOf("<p class=\"legend\">"), page.indexOf("</p>", page.indexOf("<p class=\"legend\">")));
        assertThat(legend).contains(">P</abbr>", "Politisk nivå", ">ÖT</abbr>", "Övergripande tjänstepersonsnivå", ">T</abbr>",
                "Tjänstepersonsnivå", "”Vi leder”");
        assertThat(page).as("the legend stands before the register's first table").matches("(?s).*class=\"legend\".*<table.*");
        assertThat(page).as("the lead filter in plain words").contains(">Vi leder</label>").doesNotContain("RJH leder");
    }

    @Test
    void ignoresAnUnknownFilterCodeAndShowsEverything() throws Exception {
        mvc.perform(get("/arenas").param("type", "NONSENSE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "type"))
                .andExpect(content().string(containsString("Ett filter hade ett okänt värde och användes inte.")))
                .andExpect(content().string(containsString("Bärighetsrådet")));
    }

    @Test
    void createsAnArenaAndRedirectsToIt() throws Exception {
        String location = mvc.perform(validCreate("Testforum för skapande"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/arenas/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user("editor").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Testforum för skapande")))
                .andExpect(content().string(containsString("skapades av editor")));
    }

    @Test
    void refusesAnEmptyNameWithASwedishMessageAndStoresNothing() throws Exception {
        int before = arenaCount();
        mvc.perform(validCreate("  "))
                .andExpect(status().isOk())
                .andExpect(view().name(ArenaEditController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(content().string(containsString("Fältet måste fyllas i.")));
        assertThat(arenaCount()).isEqualTo(before);
    }

    @Test
    void refusesANameOf300PlusCharacters() throws Exception {
        mvc.perform(validCreate("x".repeat(301)))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "Size"))
                .andExpect(content().string(containsString("Högst 300 tecken.")));
    }

    @Test
    void refusesANameThatExistsInTheSameSubArea() throws Exception {
        int before = arenaCount();
        mvc.perform(validCreate("bärighetsrådet", "areaId", String.valueOf(Register.areaId(areas, "Hållbar tillväxt")),
                        "subAreaId", String.valueOf(infrastructure())))
                .andExpect(view().name(ArenaEditController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "arena.name.duplicate"))
                .andExpect(content().string(containsString("Det finns redan en arena med det namnet i samma sakområde.")));
        assertThat(arenaCount()).isEqualTo(before);
    }

    @Test
    void refusesAnEndDateBeforeTheStartDate() throws Exception {
        mvc.perform(validCreate("Datumtest", "startDate", "2024-05-01", "endDate", "2023-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate", "arena.endDate.beforeStart"))
                .andExpect(content().string(containsString("Slutdatum kan inte vara före startdatum.")));
    }

    @Test
    void refusesUnknownCodesAndIds() throws Exception {
        mvc.perform(validCreate("Kodtest", "types", "LOBBYING"))
                .andExpect(model().attributeHasFieldErrorCode("form", "types", "typeMismatch"))
                .andExpect(content().string(containsString("Okänd typ av forum.")));
        mvc.perform(validCreate("Kodtest", "scope", "MARS"))
                .andExpect(model().attributeHasFieldErrorCode("form", "scope", "typeMismatch"))
                .andExpect(content().string(containsString("Okänd geografisk nivå.")));
        mvc.perform(validCreate("Områdestest", "areaId", "999999"))
                .andExpect(model().attributeHasFieldErrorCode("form", "areaId", "arena.area.unknown"));
        long otherArea = Register.areaId(areas, "Kollektivtrafik");
        mvc.perform(validCreate("Områdestest", "areaId", String.valueOf(otherArea)))
                .andExpect(model().attributeHasFieldErrorCode("form", "subAreaId", "arena.subArea.otherArea"));
    }

    @Test
    void refusesANegativeOrAbsurdNumberOfMeetings() throws Exception {
        mvc.perform(validCreate("Mötestest", "meetingsPerYear", "-1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "meetingsPerYear", "Min"));
        mvc.perform(validCreate("Mötestest", "meetingsPerYear", "1000"))
                .andExpect(model().attributeHasFieldErrorCode("form", "meetingsPerYear", "Max"))
                .andExpect(content().string(containsString("Värdet får vara högst 365.")));
        mvc.perform(validCreate("Mötestest", "meetingsPerYear", "många"))
                .andExpect(model().attributeHasFieldErrorCode("form", "meetingsPerYear", "typeMismatch"))
                .andExpect(content().string(containsString("Ange ett heltal.")));
    }

    @Test
    void needsLoginToCreateButNotToRead() throws Exception {
        mvc.perform(get("/arenas/new").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        int before = arenaCount();
        mvc.perform(post("/arenas").with(csrf()).param("name", "Anonym"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
        assertThat(arenaCount()).isEqualTo(before);
        mvc.perform(get("/arenas")).andExpect(status().isOk());
    }

    @Test
    void showsReal404PagesForMissingOrMalformedIds() throws Exception {
        mvc.perform(get("/arenas/987654").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"))
                .andExpect(content().string(containsString("Sidan finns inte")));
        mvc.perform(get("/arenas/abc").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Sidan finns inte")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/arenas").param("lang", "en"))
                .andExpect(content().string(containsString("Collaboration and influence arenas")));
    }

    @Test
    void showsBothValuesWhenSomeoneElseSavedMeanwhile() throws Exception {
        String location = mvc.perform(validCreate("Konfliktsidan")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long version = jdbc.sql("SELECT version FROM arena WHERE id = :id").param("id", id).query(Long.class).single();
        // Another user saves first...
        mvc.perform(submit("/arenas/" + id, "Konfliktsidan", "purpose", "Sparat av Anna", "version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        // ...then this user saves with the version they opened.
        mvc.perform(submit("/arenas/" + id, "Konfliktsidan", "purpose", "Mitt syfte", "version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(view().name(ArenaEditController.FORM_VIEW))
                .andExpect(model().attributeExists("conflict"))
                .andExpect(content().string(containsString("har sparat ändringar medan du redigerade")))
                .andExpect(content().string(containsString("Sparat av Anna")))
                .andExpect(content().string(containsString("Mitt syfte")));
        assertThat(jdbc.sql("SELECT purpose FROM arena WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Sparat av Anna");
    }
}
