package se.arenaregister.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.followup.FollowUpQueries.ReviewRow;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.followup.Recurrence;
import se.arenaregister.followup.ReviewForm;
import se.arenaregister.followup.ReviewOutcomeForm;
import se.arenaregister.followup.Reviews;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.WebSliceConfiguration;

/** Scheduling reviews and recording their outcome, the controller alone. Services are mocked. */
@WebMvcTest(ReviewController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class ReviewControllerTest {

    static final ReviewRow DUE = new ReviewRow(6L, 5L, "Regionens samverkansråd", LocalDate.of(2026, 3, 31), Recurrence.YEARLY, null,
            "Årlig översyn", "Strateg", null, null, false, true, null);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Reviews reviews;
    @MockitoBean
    FollowUpQueries queries;
    @MockitoBean
    ArenaQueries arenas;
    @MockitoBean
    Catalog catalog;
    @MockitoBean
    PersonQueries people;

    @BeforeEach
    void data() {
        given(arenas.list(any())).willReturn(List.of());
        given(catalog.areas()).willReturn(List.of());
        given(queries.reviews(WebSliceConfiguration.TODAY, true)).willReturn(List.of(DUE));
    }

    @Test
    void showsANewReviewFormForTheArenaAskedFor() throws Exception {
        mvc.perform(get("/reviews/new").param("arena", "5"))
                .andExpect(status().isOk())
                .andExpect(view().name(ReviewController.FORM_VIEW))
                .andExpect(model().attribute("form", new ReviewForm(5L, null, null, false, null, null, "", null, "")))
                .andExpect(model().attribute("rules", new Recurrence[] {Recurrence.YEARLY, Recurrence.PER_TERM}))
                .andExpect(model().attributeExists("arenas", "areas"));
    }

    @Test
    void schedulesAndRedirectsToTheArenaOrToTheList() throws Exception {
        mvc.perform(post("/reviews").with(csrf()).param("arenaId", "5").param("dueOn", "2027-05-31").param("recurring", "true")
                        .param("rule", "PER_TERM").param("reason", "Skäl"))
                .andExpect(redirectedUrl("/arenas/5#reviews-heading"))
                .andExpect(flash().attribute("message", "review.saved"));
        ArgumentCaptor<ReviewForm> form = ArgumentCaptor.forClass(ReviewForm.class);
        verify(reviews).schedule(form.capture());
        assertThat(form.getValue().recurrence()).isEqualTo(Recurrence.PER_TERM);
        assertThat(form.getValue().dueOn()).isEqualTo(LocalDate.of(2027, 5, 31));

        mvc.perform(post("/reviews").with(csrf()).param("areaId", "1").param("dueOn", "2027-05-31").param("reason", "Områdets översyn"))
                .andExpect(redirectedUrl("/reviews"));
        verify(reviews).schedule(argThat(f -> Long.valueOf(1L).equals(f.areaId()) && f.arenaId() == null && !f.recurring()));
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndTheRecurrenceRulesAndNeverCallsTheService() throws Exception {
        mvc.perform(post("/reviews").with(csrf()).param("arenaId", "5").param("recurring", "true").param("reason", ""))
                .andExpect(view().name(ReviewController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "dueOn", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "reason", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "rule", "review.recurrence.ruleRequired"));
        mvc.perform(post("/reviews").with(csrf()).param("arenaId", "5").param("dueOn", "2027-05-31").param("recursUntil", "2030-01-01")
                        .param("reason", "Skäl"))
                .andExpect(model().attributeHasFieldErrorCode("form", "recursUntil", "review.recurrence.untilWithoutRule"));
        mvc.perform(post("/reviews").with(csrf()).param("arenaId", "5").param("dueOn", "2027-05-31").param("recurring", "true")
                        .param("rule", "YEARLY").param("recursUntil", "2027-01-01").param("reason", "Skäl"))
                .andExpect(model().attributeHasFieldErrorCode("form", "recursUntil", "review.recurrence.untilBeforeDue"));
        verify(reviews, never()).schedule(any());
    }

    @Test
    void putsTheServicesRejectionNextToTheArena() throws Exception {
        willThrow(InvalidInputException.of("arenaId", "review.target.exactlyOne")).given(reviews).schedule(any());
        mvc.perform(post("/reviews").with(csrf()).param("arenaId", "5").param("areaId", "1").param("dueOn", "2027-05-31")
                        .param("reason", "Skäl"))
                .andExpect(view().name(ReviewController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "arenaId", "review.target.exactlyOne"));
    }

    @Test
    void showsTheOutcomeFormCompletedTodayAndRecordsTheOutcome() throws Exception {
        mvc.perform(get("/reviews/6/outcome"))
                .andExpect(view().name(ReviewController.OUTCOME_VIEW))
                .andExpect(model().attribute("review", DUE))
                .andExpect(model().attribute("form", new ReviewOutcomeForm("", WebSliceConfiguration.TODAY)));

        given(reviews.complete(eq(6L), any())).willReturn(11L);
        mvc.perform(post("/reviews/6/outcome").with(csrf()).param("outcome", "Fortsatt deltagande").param("completedOn", "2026-03-09"))
                .andExpect(redirectedUrl("/reviews"))
                .andExpect(flash().attribute("message", "review.completedNext"));
        verify(reviews).complete(6L, new ReviewOutcomeForm("Fortsatt deltagande", LocalDate.of(2026, 3, 9)));
    }

    @Test
    void reShowsTheOutcomeFormOnBadInputOrTheServicesRejection() throws Exception {
        mvc.perform(post("/reviews/6/outcome").with(csrf()).param("outcome", ""))
                .andExpect(view().name(ReviewController.OUTCOME_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "outcome", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "completedOn", "NotNull"));
        verify(reviews, never()).complete(anyLong(), any());

        willThrow(InvalidInputException.of("outcome", "review.alreadyCompleted")).given(reviews).complete(eq(6L), any());
        mvc.perform(post("/reviews/6/outcome").with(csrf()).param("outcome", "Igen").param("completedOn", "2026-03-09"))
                .andExpect(view().name(ReviewController.OUTCOME_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "outcome", "review.alreadyCompleted"))
                .andExpect(model().attribute("review", DUE));
    }

    @Test
    void answersAnUnknownReviewWith404() throws Exception {
        mvc.perform(get("/reviews/99/outcome")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
