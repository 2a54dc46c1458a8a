package se.arenaregister.analysis.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.MemoTextForm;
import se.arenaregister.analysis.MemoTexts;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.support.WebSliceConfiguration;

/** Editing the memo's introduction and an area's analysis text, the controller alone. Services are mocked. */
@WebMvcTest(MemoTextController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class MemoTextControllerTest {

    static final AreaFigures INFRASTRUCTURE = new AreaFigures(1L, "Infrastruktur", null, null, 14, 3, Map.of(), Map.of(), Map.of(),
            Map.of(), 0, 0, null, List.of(), "Tre forum", List.of());

    @Autowired
    MockMvc mvc;
    @MockitoBean
    MemoTexts texts;
    @MockitoBean
    AreaAnalysis analysis;

    @BeforeEach
    void area() {
        given(analysis.of(1L)).willReturn(Optional.of(INFRASTRUCTURE));
    }

    @Test
    void showsTheStoredIntroductionWithItsVersion() throws Exception {
        given(texts.introduction()).willReturn(new MemoTexts.MemoText("Inledning", 4L));
        mvc.perform(get("/analysis/intro"))
                .andExpect(status().isOk())
                .andExpect(view().name(MemoTextController.FORM_VIEW))
                .andExpect(model().attribute("form", new MemoTextForm("Inledning", 4L)))
                .andExpect(model().attribute("action", "/analysis/intro"))
                .andExpect(model().attribute("back", "/analysis#intro"))
                .andExpect(model().attribute("area", (Object) null));
    }

    @Test
    void savesTheIntroductionAndRedirectsToIt() throws Exception {
        mvc.perform(post("/analysis/intro").with(csrf()).param("text", "Ny inledning").param("version", "4"))
                .andExpect(redirectedUrl("/analysis#intro"))
                .andExpect(flash().attribute("message", "analysis.text.saved"));
        verify(texts).saveIntroduction(new MemoTextForm("Ny inledning", 4L));
    }

    @Test
    void reShowsTheFormOnATooLongTextAndNeverSaves() throws Exception {
        mvc.perform(post("/analysis/areas/1/text").with(csrf()).param("text", "x".repeat(MemoTexts.MAX_LENGTH + 1)))
                .andExpect(view().name(MemoTextController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "text", "Size"))
                .andExpect(model().attribute("area", INFRASTRUCTURE));
        verify(texts, never()).saveArea(anyLong(), any());
    }

    @Test
    void showsAnAreasTextAndSavesIt() throws Exception {
        given(texts.ofArea(1L)).willReturn(new MemoTexts.MemoText(null, null));
        mvc.perform(get("/analysis/areas/1/text"))
                .andExpect(view().name(MemoTextController.FORM_VIEW))
                .andExpect(model().attribute("form", new MemoTextForm(null, null)))
                .andExpect(model().attribute("action", "/analysis/areas/1/text"))
                .andExpect(model().attribute("area", INFRASTRUCTURE));
        mvc.perform(post("/analysis/areas/1/text").with(csrf()).param("text", "Fyra forum"))
                .andExpect(redirectedUrl("/analysis/areas/1"));
        verify(texts).saveArea(1L, new MemoTextForm("Fyra forum", null));
    }

    @Test
    void putsTheServicesRejectionNextToTheText() throws Exception {
        // The service runs the same constraints (FormValidator); its rejection carries the constraint's code and arguments.
        willThrow(InvalidInputException.of("text", "Size", "text", MemoTexts.MAX_LENGTH, 0)).given(texts).saveArea(eq(1L), any());
        mvc.perform(post("/analysis/areas/1/text").with(csrf()).param("text", "Text"))
                .andExpect(view().name(MemoTextController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "text", "Size"));
    }

    @Test
    void showsAConflictWithTheStoredTextAndMovesTheFormToItsVersion() throws Exception {
        willThrow(new EditConflictException(6, Map.of("text", "Annas inledning"), "anna")).given(texts).saveIntroduction(any());
        mvc.perform(post("/analysis/intro").with(csrf()).param("text", "Bos inledning").param("version", "4"))
                .andExpect(view().name(MemoTextController.FORM_VIEW))
                .andExpect(model().attribute("conflict", Map.of("text", "Annas inledning")))
                .andExpect(model().attribute("conflictBy", "anna"))
                .andExpect(model().attribute("form", new MemoTextForm("Bos inledning", 6L)));
    }

    @Test
    void answersAnUnknownAreaWith404() throws Exception {
        given(texts.ofArea(9L)).willThrow(new NotFoundException("area", 9L));
        mvc.perform(get("/analysis/areas/9/text")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
        given(analysis.of(9L)).willReturn(Optional.empty());
        mvc.perform(post("/analysis/areas/9/text").with(csrf()).param("text", "x".repeat(MemoTexts.MAX_LENGTH + 1)))
                .andExpect(status().isNotFound());
    }
}
