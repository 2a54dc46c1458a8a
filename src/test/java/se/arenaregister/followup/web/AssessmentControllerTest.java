package se.arenaregister.followup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.followup.AssessmentForm;
import se.arenaregister.followup.Assessments;
import se.arenaregister.followup.Verdict;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.WebSliceConfiguration;

/** Recording an assessment of an arena, the controller alone. Services are mocked. */
@WebMvcTest(AssessmentController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser(username = "editor")
class AssessmentControllerTest {

    static final ArenaRow ARENA = new ArenaRow(5L, "Regionens samverkansråd", null, new ArenaRow.Ref(1L, "Infrastruktur"), null,
            List.of(), List.of(), List.of(), null, null, false, List.of(), "", "", List.of(), null, null, null, null, null, null, null,
            null, null, null, false, null, false, 1L, null, null, null, null, 0);

    /** The slice has no security filter chain to put the mock user on the request, so the form page gets it directly. */
    static final UsernamePasswordAuthenticationToken EDITOR = UsernamePasswordAuthenticationToken.authenticated("editor", "", List.of());

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Assessments assessments;
    @MockitoBean
    ArenaQueries arenas;
    @MockitoBean
    PersonQueries people;

    @BeforeEach
    void arena() {
        given(arenas.find(5L)).willReturn(Optional.of(ARENA));
    }

    @Test
    void offersAnAssessmentDatedTodayByTheUser() throws Exception {
        mvc.perform(get("/arenas/5/assessments/new").principal(EDITOR))
                .andExpect(status().isOk())
                .andExpect(view().name(AssessmentController.FORM_VIEW))
                .andExpect(model().attribute("form", new AssessmentForm(5L, WebSliceConfiguration.TODAY, Verdict.RELEVANT, "", null, "editor")))
                .andExpect(model().attribute("arena", ARENA))
                .andExpect(model().attribute("verdicts", Verdict.values()));
    }

    @Test
    void recordsAndRedirectsToTheArenasAssessments() throws Exception {
        mvc.perform(post("/arenas/5/assessments").with(csrf()).param("arenaId", "5").param("assessedOn", "2026-03-01")
                        .param("verdict", "NEEDS_DEVELOPMENT").param("motivation", "Otydligt syfte").param("assessor", "editor"))
                .andExpect(redirectedUrl("/arenas/5#assessments-heading"))
                .andExpect(flash().attribute("message", "assessment.saved"));
        ArgumentCaptor<AssessmentForm> form = ArgumentCaptor.forClass(AssessmentForm.class);
        verify(assessments).record(form.capture());
        assertThat(form.getValue().verdict()).isEqualTo(Verdict.NEEDS_DEVELOPMENT);
        assertThat(form.getValue().assessedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(form.getValue().arenaId()).isEqualTo(5L);
    }

    @Test
    void anAssessmentIsRecordedForTheArenaInTheAddressWhateverTheHiddenFieldSays() throws Exception {
        mvc.perform(post("/arenas/5/assessments").with(csrf()).param("arenaId", "6").param("assessedOn", "2026-03-01")
                        .param("verdict", "RELEVANT").param("motivation", "Tydligt syfte").param("assessor", "editor"))
                .andExpect(redirectedUrl("/arenas/5#assessments-heading"));
        ArgumentCaptor<AssessmentForm> form = ArgumentCaptor.forClass(AssessmentForm.class);
        verify(assessments).record(form.capture());
        assertThat(form.getValue().arenaId()).isEqualTo(5L);
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/arenas/5/assessments").with(csrf()).param("arenaId", "5").param("assessedOn", "2026-03-01")
                        .param("verdict", "RELEVANT").param("motivation", "").param("assessor", " "))
                .andExpect(view().name(AssessmentController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "motivation", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "assessorPersonId", "followup.who.required"))
                .andExpect(model().attribute("arena", ARENA));
        mvc.perform(post("/arenas/5/assessments").with(csrf()).param("arenaId", "5").param("assessedOn", "2026-03-01")
                        .param("verdict", "MAYBE").param("motivation", "x").param("assessor", "y"))
                .andExpect(model().attributeHasFieldErrorCode("form", "verdict", "typeMismatch"));
        verify(assessments, never()).record(any());
    }

    @Test
    void putsAFutureDateNextToTheDate() throws Exception {
        willThrow(InvalidInputException.of("assessedOn", "assessment.date.future")).given(assessments).record(any());
        mvc.perform(post("/arenas/5/assessments").with(csrf()).param("arenaId", "5").param("assessedOn", "2027-01-01")
                        .param("verdict", "RELEVANT").param("motivation", "Bra").param("assessor", "editor"))
                .andExpect(view().name(AssessmentController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "assessedOn", "assessment.date.future"));
    }

    @Test
    void answersAnUnknownArenaWith404() throws Exception {
        given(arenas.find(anyLong())).willReturn(Optional.empty());
        mvc.perform(get("/arenas/9/assessments/new").principal(EDITOR)).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
