package se.arenaregister.catalog.web;

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
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.RelatedArenas;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.support.WebSliceConfiguration;

/** The area forms alone: which view, which field errors, where it redirects. Services are mocked. */
@WebMvcTest(AreaController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class AreaControllerTest {

    static final Area INFRASTRUCTURE = new Area(1L, null, "Infrastruktur", "", 1, 3L);
    static final Area BROADBAND = new Area(2L, 1L, "Bredband", "", 1, 1L);
    static final Area HEALTH = new Area(3L, null, "Hälsa", "", 2, 1L);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AreaRepository areas;
    @MockitoBean
    CatalogService service;
    @MockitoBean
    RelatedArenas related;

    @BeforeEach
    void tree() {
        given(areas.findAllInTreeOrder()).willReturn(List.of(INFRASTRUCTURE, BROADBAND, HEALTH));
    }

    @Test
    void offersOnlyTopLevelAreasAsParentsOfANewArea() throws Exception {
        mvc.perform(get("/areas/new"))
                .andExpect(status().isOk())
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attribute("form", AreaForm.empty()))
                .andExpect(model().attribute("parents", List.of(INFRASTRUCTURE, HEALTH)))
                .andExpect(model().attribute("areaId", (Object) null));
    }

    @Test
    void anAreaIsNotOfferedAsItsOwnParent() throws Exception {
        given(service.area(1L)).willReturn(INFRASTRUCTURE);
        mvc.perform(get("/areas/1/edit"))
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attribute("form", AreaForm.of(INFRASTRUCTURE)))
                .andExpect(model().attribute("parents", List.of(HEALTH)))
                .andExpect(model().attribute("areaId", 1L));
    }

    @Test
    void createsAndRedirectsToTheTree() throws Exception {
        mvc.perform(post("/areas").with(csrf()).param("name", " Digitalisering ").param("parentId", "1").param("sortOrder", "4"))
                .andExpect(redirectedUrl("/areas"))
                .andExpect(flash().attribute("message", "catalog.saved"));
        ArgumentCaptor<AreaForm> form = ArgumentCaptor.forClass(AreaForm.class);
        verify(service).createArea(form.capture());
        assertThat(form.getValue().parentId()).isEqualTo(1L);
        assertThat(form.getValue().sortOrder()).isEqualTo(4);
        assertThat(form.getValue().name()).contains("Digitalisering");
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/areas").with(csrf()).param("name", "").param("sortOrder", "-1"))
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "sortOrder", "Min"))
                .andExpect(model().attributeExists("parents"));
        verify(service, never()).createArea(any());
    }

    @Test
    void putsTheServicesRejectionNextToTheParent() throws Exception {
        willThrow(InvalidInputException.of("parentId", "area.parent.notTopLevel")).given(service).createArea(any());
        mvc.perform(post("/areas").with(csrf()).param("name", "Underunderområde").param("parentId", "2"))
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "area.parent.notTopLevel"))
                .andExpect(model().attribute("parents", List.of(INFRASTRUCTURE, HEALTH)));
    }

    @Test
    void updatesWithTheSubmittedVersion() throws Exception {
        mvc.perform(post("/areas/3").with(csrf()).param("name", "Hälsa och vård").param("version", "1"))
                .andExpect(redirectedUrl("/areas"));
        verify(service).updateArea(eq(3L), argThat(f -> f.name().equals("Hälsa och vård") && f.version() == 1L));
    }

    @Test
    void showsAConflictWithTheStoredValuesAndMovesTheFormToTheStoredVersion() throws Exception {
        willThrow(new EditConflictException(4, Map.of("name", "Infrastruktur", "description", "Annas text"), "anna"))
                .given(service).updateArea(eq(1L), any());
        mvc.perform(post("/areas/1").with(csrf()).param("name", "Infrastruktur").param("description", "Bos text").param("version", "3"))
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attribute("conflict", Map.of("description", "Annas text")))
                .andExpect(model().attribute("conflictBy", "anna"))
                .andExpect(model().attribute("form", new AreaForm("Infrastruktur", null, "Bos text", null, 4L)));
    }

    @Test
    void answersAMissingAreaWith404() throws Exception {
        given(service.area(anyLong())).willThrow(new NotFoundException("area", 9L));
        mvc.perform(get("/areas/9/edit")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
