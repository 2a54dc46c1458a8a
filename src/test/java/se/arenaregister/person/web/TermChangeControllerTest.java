package se.arenaregister.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyList;
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
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.governance.Governance;
import se.arenaregister.governance.Term;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.TermChange;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.WebSliceConfiguration;

/** The term change page alone: choices parsed from the fields, redirect, rejections. Services are mocked. */
@WebMvcTest(TermChangeController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class TermChangeControllerTest {

    static final Term TERM = new Term(1L, "2023–2026", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
    static final Term NEXT = new Term(2L, "2027–2030", LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Governance governance;
    @MockitoBean
    TermChange termChange;
    @MockitoBean
    PersonQueries queries;

    @BeforeEach
    void terms() {
        given(governance.findTerm(1L)).willReturn(Optional.of(TERM));
        given(governance.termAfter(TERM)).willReturn(Optional.of(NEXT));
        given(termChange.endingWith(1L)).willReturn(List.of(11L, 12L));
        given(queries.appointmentsByIds(any())).willReturn(List.of(AppointmentControllerTest.appointment(11L, 5L)));
        given(queries.people(any(), anyBoolean())).willReturn(List.of(AppointmentControllerTest.ANNA, AppointmentControllerTest.ERASED));
    }

    @Test
    void listsTheTermsWithToday() throws Exception {
        given(governance.terms()).willReturn(List.of(TERM, NEXT));
        mvc.perform(get("/terms"))
                .andExpect(view().name(TermChangeController.TERMS_VIEW))
                .andExpect(model().attribute("terms", List.of(TERM, NEXT)))
                .andExpect(model().attribute("today", WebSliceConfiguration.TODAY));
    }

    @Test
    void showsTheAppointmentsEndingWithTheTermAndTheNextTerm() throws Exception {
        mvc.perform(get("/terms/1/change"))
                .andExpect(status().isOk())
                .andExpect(view().name(TermChangeController.CHANGE_VIEW))
                .andExpect(model().attribute("term", TERM))
                .andExpect(model().attribute("next", NEXT))
                .andExpect(model().attribute("people", List.of(AppointmentControllerTest.ANNA)))
                .andExpect(model().attribute("actions", TermChange.Action.values()));
        verify(queries).appointmentsByIds(List.of(11L, 12L));
    }

    @Test
    void appliesEveryChosenActionAndRedirectsWithTheResult() throws Exception {
        var result = new TermChange.Result(1, 0, 1);
        given(termChange.apply(eq(1L), anyList())).willReturn(result);
        mvc.perform(post("/terms/1/change").with(csrf()).param("action-11", "RENEW").param("action-12", "REASSIGN")
                        .param("person-12", "3").param("action-13", ""))
                .andExpect(redirectedUrl("/terms"))
                .andExpect(flash().attribute("message", "term.change.done"))
                .andExpect(flash().attribute("result", result));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<TermChange.Choice>> choices = ArgumentCaptor.forClass(List.class);
        verify(termChange).apply(eq(1L), choices.capture());
        assertThat(choices.getValue()).containsExactlyInAnyOrder(
                new TermChange.Choice(11L, TermChange.Action.RENEW, null),
                new TermChange.Choice(12L, TermChange.Action.REASSIGN, 3L));
    }

    @Test
    void reShowsThePageOnAnUnknownActionAndNeverCallsTheService() throws Exception {
        mvc.perform(post("/terms/1/change").with(csrf()).param("action-11", "PROMOTE"))
                .andExpect(view().name(TermChangeController.CHANGE_VIEW))
                .andExpect(model().attribute("error", "term.change.invalid"))
                .andExpect(model().attribute("term", TERM));
        mvc.perform(post("/terms/1/change").with(csrf()).param("action-11", "REASSIGN").param("person-11", "anna"))
                .andExpect(model().attribute("error", "term.change.invalid"));
        verify(termChange, never()).apply(anyLong(), anyList());
    }

    @Test
    void showsTheServicesRejectionsOnThePage() throws Exception {
        var rejection = new InvalidInputException.Rejection("choices[12]", "term.change.personRequired");
        willThrow(new InvalidInputException(List.of(rejection))).given(termChange).apply(eq(1L), anyList());
        mvc.perform(post("/terms/1/change").with(csrf()).param("action-12", "REASSIGN"))
                .andExpect(view().name(TermChangeController.CHANGE_VIEW))
                .andExpect(model().attribute("error", "term.change.failed"))
                .andExpect(model().attribute("rejections", List.of(rejection)));
    }

    @Test
    void answersAnUnknownTermWith404() throws Exception {
        given(governance.findTerm(9L)).willReturn(Optional.empty());
        mvc.perform(get("/terms/9/change")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
