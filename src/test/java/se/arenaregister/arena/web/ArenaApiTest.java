package se.arenaregister.arena.web;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

@IntegrationTest
class ArenaApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AreaRepository areas;
    @Autowired
    OrganisationRepository organisations;

    long infrastructure() {
        return Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
    }

    @Test
    void filtersBySubAreaAsTheAppendixCounts() throws Exception {
        mvc.perform(get("/api/v1/arenas").param("subArea", String.valueOf(infrastructure())).param("size", "500"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total", is(14)))
                .andExpect(jsonPath("$.items", hasSize(14)))
                .andExpect(jsonPath("$.items[*].subArea", everyItem(is("Infrastruktur"))))
                .andExpect(jsonPath("$.items[*].area", everyItem(is("Hållbar tillväxt"))));
    }

    @Test
    void combinesFiltersLikeThePage() throws Exception {
        mvc.perform(get("/api/v1/arenas").param("subArea", String.valueOf(infrastructure())).param("level", "POLITICAL"))
                .andExpect(jsonPath("$.total", is(8)))
                .andExpect(jsonPath("$.items[*].levels", everyItem(hasItem("POLITICAL"))));
        long rus = Register.subAreaId(areas, "Hållbar tillväxt", "Regional utvecklingsstrategi och smart specialisering");
        mvc.perform(get("/api/v1/arenas").param("subArea", String.valueOf(rus)).param("lead", "true"))
                .andExpect(jsonPath("$.total", is(5)))
                .andExpect(jsonPath("$.items[*].convenedByHomeOrganisation", everyItem(is(true))));
        mvc.perform(get("/api/v1/arenas").param("type", "EXECUTIVE").param("scope", "CROSS_BORDER"))
                .andExpect(jsonPath("$.items[*].types", everyItem(hasItem("EXECUTIVE"))))
                .andExpect(jsonPath("$.items[*].scope", everyItem(is("CROSS_BORDER"))));
        long tillvaxtverket = Register.organisationId(organisations, "Tillväxtverket");
        mvc.perform(get("/api/v1/arenas").param("convener", String.valueOf(tillvaxtverket)))
                .andExpect(jsonPath("$.items[*].convener", everyItem(is("Tillväxtverket"))));
    }

    @Test
    void findsByFreeTextWithSwedishStemming() throws Exception {
        // "styrgrupper" (plural) is no substring of "styrgrupp"; only the Swedish stemmer makes them one word.
        mvc.perform(get("/api/v1/arenas").param("q", "styrgrupper"))
                .andExpect(jsonPath("$.items[*].name", hasItem("SJ styrgrupp")))
                .andExpect(jsonPath("$.items[*].name", hasItem("Bottniska korridoren styrgrupp")));
        mvc.perform(get("/api/v1/arenas").param("q", "korridoren"))
                .andExpect(jsonPath("$.total", is(2)));
    }

    @Test
    void pagesWithTotal() throws Exception {
        mvc.perform(get("/api/v1/arenas").param("page", "1").param("size", "5"))
                .andExpect(jsonPath("$.page", is(1)))
                .andExpect(jsonPath("$.size", is(5)))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.total", is(org.hamcrest.Matchers.greaterThanOrEqualTo(91))));
        mvc.perform(get("/api/v1/arenas").param("page", "1000").param("size", "500"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total", is(org.hamcrest.Matchers.greaterThanOrEqualTo(91))));
    }

    @Test
    void refusesAPageSizeAbove500AsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/arenas").param("size", "10000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("size")))
                .andExpect(jsonPath("$.errors[0].message", is("Värdet får vara högst 500.")));
    }

    @Test
    void refusesAnUnknownCodeNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/arenas").param("type", "LOBBYING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("type")))
                .andExpect(jsonPath("$.errors[0].message", is("Okänd typ av forum.")));
        mvc.perform(get("/api/v1/arenas").param("level", "KING").header("Accept-Language", "en").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("level")));
    }

    @Test
    void answersANonNumericIdWith400AndAnUnknownOneWith404() throws Exception {
        mvc.perform(get("/api/v1/arenas/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("id")));
        mvc.perform(get("/api/v1/arenas/987654"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void givesTheResponsibleOfficialOnlyToLoggedInCallers() throws Exception {
        long id = Long.parseLong(mvc.perform(get("/api/v1/arenas").param("size", "1")).andReturn().getResponse()
                .getContentAsString().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/arenas/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id", is((int) id)))
                .andExpect(jsonPath("$.name").isString())
                .andExpect(jsonPath("$.types").isArray())
                .andExpect(jsonPath("$.responsibleOfficial").doesNotExist());
    }

    @Test
    void listsAreasOrganisationsAndTopics() throws Exception {
        mvc.perform(get("/api/v1/areas"))
                .andExpect(jsonPath("$[*].name", hasItem("Hållbar tillväxt")))
                .andExpect(jsonPath("$[2].subAreas", hasSize(12)));
        mvc.perform(get("/api/v1/organisations")).andExpect(jsonPath("$[*].name", hasItem("Region Jämtland Härjedalen")));
        mvc.perform(get("/api/v1/topics")).andExpect(jsonPath("$[*].name", hasItem("Bredband")));
    }

    @Test
    void documentsTheApiWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/arenas'].get.parameters[*].name", hasItem("subArea")))
                .andExpect(jsonPath("$.paths['/api/v1/arenas/{id}']").exists());
    }

    @Test
    void pageSizeNeverExceedsTheMaximum() throws Exception {
        mvc.perform(get("/api/v1/arenas").param("size", "500").with(user("someone").roles("COORDINATOR")))
                .andExpect(jsonPath("$.items.length()", lessThanOrEqualTo(500)));
    }
}
