package se.arenaregister.governance.web;

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
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.internal.CommitteeRepository;
import se.arenaregister.governance.Decision;
import se.arenaregister.governance.DecisionEffects;
import se.arenaregister.governance.DecisionForm;
import se.arenaregister.governance.internal.DecisionRepository;
import se.arenaregister.governance.Decisions;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.support.WebSliceConfiguration;

/** The decision forms alone: which view, which field errors, where it redirects. Services are mocked. */
@WebMvcTest(DecisionController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class DecisionControllerTest {

    static final Committee RUN = new Committee(2L, "Regionala utvecklingsnämnden", "RUN", 0L);
    static final Decision DECISION = new Decision(7L, 2L, "RUN/78/2022", LocalDate.of(2022, 1, 19), "Ledamöter i rådet", "§ 4", "", 3L);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DecisionRepository decisions;
    @MockitoBean
    se.arenaregister.governance.Agreements agreements;
    @MockitoBean
    se.arenaregister.document.Documents documents;
    @MockitoBean
    CommitteeRepository committees;
    @MockitoBean
    Decisions service;
    @MockitoBean
    DecisionEffects effects;

    @BeforeEach
    void committees() {
        given(committees.findAllByOrderByName()).willReturn(List.of(RUN));
    }

    @Test
    void showsAnEmptyNewFormWithTheCommittees() throws Exception {
        mvc.perform(get("/decisions/new"))
                .andExpect(status().isOk())
                .andExpect(view().name(DecisionController.FORM_VIEW))
                .andExpect(model().attribute("form", DecisionForm.empty()))
                .andExpect(model().attribute("committees", List.of(RUN)))
                .andExpect(model().attribute("decisionId", (Object) null));
    }

    @Test
    void createsAndRedirectsToTheNewDecision() throws Exception {
        given(service.create(any())).willReturn(DECISION);
        mvc.perform(post("/decisions").with(csrf()).param("committeeId", "2").param("reference", "RUN/78/2022")
                        .param("decidedOn", "2022-01-19").param("title", "Ledamöter i rådet").param("paragraph", "§ 4"))
                .andExpect(redirectedUrl("/decisions/7"))
                .andExpect(flash().attribute("message", "decision.saved"));
        ArgumentCaptor<DecisionForm> form = ArgumentCaptor.forClass(DecisionForm.class);
        verify(service).create(form.capture());
        assertThat(form.getValue().committeeId()).isEqualTo(2L);
        assertThat(form.getValue().decidedOn()).isEqualTo(LocalDate.of(2022, 1, 19));
        assertThat(form.getValue().reference()).isEqualTo("RUN/78/2022");
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/decisions").with(csrf()).param("reference", "run 78-2022").param("title", ""))
                .andExpect(view().name(DecisionController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "reference", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "committeeId", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "decidedOn", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "NotBlank"))
                .andExpect(model().attribute("committees", List.of(RUN)));
        verify(service, never()).create(any());
    }

    @Test
    void putsADuplicateReferenceNextToTheReference() throws Exception {
        willThrow(InvalidInputException.of("reference", "decision.reference.duplicate")).given(service).create(any());
        mvc.perform(post("/decisions").with(csrf()).param("committeeId", "2").param("reference", "RUN/78/2022")
                        .param("decidedOn", "2022-01-19").param("title", "Igen"))
                .andExpect(view().name(DecisionController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "reference", "decision.reference.duplicate"));
    }

    @Test
    void showsTheStoredDecisionInTheEditFormAndUpdatesIt() throws Exception {
        given(service.decision(7L)).willReturn(DECISION);
        mvc.perform(get("/decisions/7/edit"))
                .andExpect(view().name(DecisionController.FORM_VIEW))
                .andExpect(model().attribute("form", DecisionForm.of(DECISION)))
                .andExpect(model().attribute("decisionId", 7L));
        mvc.perform(post("/decisions/7").with(csrf()).param("committeeId", "2").param("reference", "RUN/78/2022")
                        .param("decidedOn", "2022-01-19").param("title", "Nya ledamöter").param("version", "3"))
                .andExpect(redirectedUrl("/decisions/7"));
        verify(service).update(eq(7L), argThat(f -> f.title().equals("Nya ledamöter") && f.version() == 3L));
    }

    @Test
    void showsAConflictWithTheStoredTitle() throws Exception {
        willThrow(new EditConflictException(4, Map.of("reference", "RUN/78/2022", "title", "Annas rubrik"), "anna"))
                .given(service).update(eq(7L), any());
        mvc.perform(post("/decisions/7").with(csrf()).param("committeeId", "2").param("reference", "RUN/78/2022")
                        .param("decidedOn", "2022-01-19").param("title", "Bos rubrik").param("version", "3"))
                .andExpect(view().name(DecisionController.FORM_VIEW))
                .andExpect(model().attribute("conflict", Map.of("title", "Annas rubrik")))
                .andExpect(model().attribute("conflictBy", "anna"))
                .andExpect(result -> assertThat(((DecisionForm) result.getModelAndView().getModel().get("form")).version()).isEqualTo(4L));
    }

    @Test
    void answersAMissingDecisionWith404() throws Exception {
        given(service.decision(anyLong())).willThrow(new NotFoundException("decision", 9L));
        mvc.perform(get("/decisions/9/edit")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
