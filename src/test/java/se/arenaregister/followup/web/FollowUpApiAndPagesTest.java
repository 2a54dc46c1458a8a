package se.arenaregister.followup.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
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
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/** Follow-up pages and API with the memo's demo data: bad input gets field messages, nothing stored. */
@IntegrationTest
class FollowUpApiAndPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    se.arenaregister.followup.Reviews reviews;
    @Autowired
    se.arenaregister.security.internal.UserAdministration accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void theDashboardIsTheStartPageWhenLoggedIn() throws Exception {
        mvc.perform(get("/").with(user("admin").roles("COORDINATOR"))).andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/arenas"));
        mvc.perform(get("/dashboard").with(user("admin").roles("COORDINATOR")))
                .andExpect(view().name(DashboardController.VIEW))
                .andExpect(content().string(containsString("Försenat")))
                .andExpect(content().string(containsString("Arenor som aldrig bedömts")));
        mvc.perform(get("/dashboard").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theMemosAssignmentsAreOverdueOrReported() throws Exception {
        mvc.perform(get("/api/v1/assignments"))
                .andExpect(jsonPath("$[?(@.decisionReference == 'RUN/78/2022')].status", hasItem("OVERDUE")))
                .andExpect(jsonPath("$[?(@.decisionReference == 'RUN/78/2022')].status", hasItem("REPORTED")));
        mvc.perform(get("/assignments")).andExpect(status().isOk()).andExpect(content().string(containsString("Försenat")));
    }

    @Test
    void listsReviewsMeetingsAndAnArenasFollowUp() throws Exception {
        mvc.perform(get("/api/v1/reviews")).andExpect(jsonPath("$[*].recurrence", hasItem("PER_TERM")));
        mvc.perform(get("/api/v1/meetings")).andExpect(jsonPath("$[*].meetsOn", hasItem("2022-06-15")));
        long arena = fixtures.arena("API-uppföljning", false, 4, "2", "1");
        mvc.perform(get("/api/v1/arenas/" + arena + "/follow-up")).andExpect(jsonPath("$.assessments.length()", is(0)));
        mvc.perform(get("/api/v1/arenas/987654/follow-up")).andExpect(status().isNotFound());
        mvc.perform(get("/meetings")).andExpect(status().isOk());
    }

    /** "Mine" keeps what names the user as responsible, by the name on the account as well as the user name. */
    @Test
    void mineOnTheDashboardMatchesTheNameOnTheAccount() throws Exception {
        String username = "ansvarig." + java.util.UUID.randomUUID().toString().substring(0, 8);
        String name = "Rut Ansvarsson " + username.substring(9);
        accounts.create(new se.arenaregister.security.internal.NewUserForm(username, name, se.arenaregister.security.internal.AccountRole.COORDINATOR,
                "ett långt lösenord", "ett långt lösenord"));
        long arena = fixtures.arena("Min arena", false, 4, "2", "1");
        String arenaName = jdbc.sql("SELECT name FROM arena WHERE id = :id").param("id", arena).query(String.class).single();
        reviews.schedule(new se.arenaregister.followup.ReviewForm(arena, null, java.time.LocalDate.now(clock).plusDays(10), false,
                null, null, "Se över arenan", null, "Utredare " + name));

        org.assertj.core.api.Assertions.assertThat(comingTitles(username, true)).contains(arenaName);
        org.assertj.core.api.Assertions.assertThat(comingTitles("någon.annan", true)).doesNotContain(arenaName);
        org.assertj.core.api.Assertions.assertThat(comingTitles("någon.annan", false)).contains(arenaName);
    }

    /** The titles in "coming" on the dashboard as {@code username} sees it. */
    java.util.List<String> comingTitles(String username, boolean mine) throws Exception {
        var model = mvc.perform(get("/dashboard").param("mine", String.valueOf(mine)).with(user(username).roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel();
        @SuppressWarnings("unchecked")
        var coming = (java.util.List<se.arenaregister.followup.internal.AgendaItem>) model.get("coming");
        return coming.stream().map(se.arenaregister.followup.internal.AgendaItem::title).toList();
    }

    /** The memo's reviews of whole sub-areas are not links to an arena (there was a time they led to /arenas/0). */
    @Test
    void areaWideReviewsAreNamedAsSuchNotLinkedToAnArena() throws Exception {
        mvc.perform(get("/reviews"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Näringslivsutveckling (hela området)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/arenas/0\""))));
    }

    @Test
    void filtersTheRegisterByLatestVerdictAndRefusesAnUnknownOne() throws Exception {
        mvc.perform(get("/api/v1/arenas").param("verdict", "UNCERTAIN"))
                .andExpect(jsonPath("$.items[*].name", hasItem("Övervakningskommittén för de åtta regionala strukturfondsprogrammen")));
        mvc.perform(get("/api/v1/arenas").param("verdict", "MAYBE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("verdict")));
        mvc.perform(get("/api/v1/arenas").param("notAssessedMonths", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/arenas").param("verdict", "MAYBE"))
                .andExpect(content().string(containsString("Ett filter hade ett okänt värde")));
    }

    @Test
    void refusesBadFollowUpInputWithFieldMessages() throws Exception {
        long arena = fixtures.arena("Formulärarena", false, 4, "2", "1");
        mvc.perform(post("/reviews").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("arenaId", String.valueOf(arena)).param("dueOn", "2027-05-31").param("recurring", "true")
                        .param("reason", "Skäl"))
                .andExpect(view().name(ReviewController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "rule", "review.recurrence.ruleRequired"))
                .andExpect(content().string(containsString("En återkommande översyn behöver en regel")));
        mvc.perform(post("/arenas/" + arena + "/assessments").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("arenaId", String.valueOf(arena)).param("assessedOn", "2024-01-01").param("verdict", "MAYBE")
                        .param("motivation", "x").param("assessor", "y"))
                .andExpect(model().attributeHasFieldErrorCode("form", "verdict", "typeMismatch"));
        long decision = fixtures.decision("RUN/" + (10000 + (int) (Math.random() * 80000)) + "/2024", java.time.LocalDate.of(2024, 5, 1));
        mvc.perform(post("/assignments").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("decisionId", String.valueOf(decision)).param("description", "Uppdrag").param("reportDueOn", "2024-01-01"))
                .andExpect(model().attributeHasFieldErrorCode("form", "assigneeRole", "assignment.assignee.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "reportDueOn", "assignment.reportBeforeDecision"));
    }
}
