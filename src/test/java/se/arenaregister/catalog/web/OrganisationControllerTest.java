package se.arenaregister.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.RelatedArenas;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.support.WebSliceConfiguration;

/** The organisation forms alone: which view, which field errors, where it redirects. Services are mocked. */
@WebMvcTest(OrganisationController.class)
@Import(WebSliceConfiguration.class)
@WithMockUser
class OrganisationControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OrganisationRepository organisations;
    @MockitoBean
    CatalogService service;
    @MockitoBean
    RelatedArenas related;

    @Test
    void showsAnEmptyNewFormWithTheKinds() throws Exception {
        mvc.perform(get("/organisations/new"))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganisationController.FORM_VIEW))
                .andExpect(model().attribute("form", OrganisationForm.empty()))
                .andExpect(model().attribute("kinds", OrganisationKind.values()))
                .andExpect(model().attribute("organisationId", (Object) null));
    }

    @Test
    void createsAndRedirectsToTheNewOrganisation() throws Exception {
        given(service.createOrganisation(any()))
                .willReturn(new Organisation(31L, "Testbolaget AB", "", OrganisationKind.COMPANY, "", "", null, 0L));
        mvc.perform(post("/organisations").with(csrf()).param("name", "Testbolaget AB").param("kind", "COMPANY")
                        .param("website", "https://test.se").param("ownershipShare", "12.5"))
                .andExpect(redirectedUrl("/organisations/31"))
                .andExpect(flash().attribute("message", "catalog.saved"));
        ArgumentCaptor<OrganisationForm> form = ArgumentCaptor.forClass(OrganisationForm.class);
        verify(service).createOrganisation(form.capture());
        assertThat(form.getValue().kind()).isEqualTo(OrganisationKind.COMPANY);
        assertThat(form.getValue().ownershipShare()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(form.getValue().website()).isEqualTo("https://test.se");
    }

    @Test
    void reShowsTheFormWithFieldErrorsAndNeverCallsTheServiceOnBadInput() throws Exception {
        mvc.perform(post("/organisations").with(csrf()).param("name", "").param("kind", "COMPANY")
                        .param("website", "javascript:alert(1)").param("ownershipShare", "101"))
                .andExpect(view().name(OrganisationController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "website", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "ownershipShare", "DecimalMax"))
                .andExpect(model().attribute("kinds", OrganisationKind.values()));
        verify(service, never()).createOrganisation(any());
    }

    @Test
    void refusesAnUnknownKindAsATypeMismatch() throws Exception {
        mvc.perform(post("/organisations").with(csrf()).param("name", "Konstigt AB").param("kind", "PIRATE"))
                .andExpect(view().name(OrganisationController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "kind", "typeMismatch"));
        verify(service, never()).createOrganisation(any());
    }

    @Test
    void putsADuplicateNameNextToTheName() throws Exception {
        willThrow(InvalidInputException.of("name", "name.duplicate")).given(service).createOrganisation(any());
        mvc.perform(post("/organisations").with(csrf()).param("name", "testbolaget ab").param("kind", "COMPANY"))
                .andExpect(view().name(OrganisationController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "name.duplicate"));
    }

    @Test
    void showsTheStoredOrganisationInTheEditForm() throws Exception {
        var stored = new Organisation(4L, "Tillväxtverket", "", OrganisationKind.AGENCY, "https://tillvaxtverket.se", "", null, 6L);
        given(service.organisation(4L)).willReturn(stored);
        mvc.perform(get("/organisations/4/edit"))
                .andExpect(view().name(OrganisationController.FORM_VIEW))
                .andExpect(model().attribute("form", OrganisationForm.of(stored)))
                .andExpect(model().attribute("organisationId", 4L));
    }

    @Test
    void showsAConflictWithTheStoredKind() throws Exception {
        willThrow(new EditConflictException(7, Map.of("name", "Tillväxtverket", "kind", "GOVERNMENT"), "anna"))
                .given(service).updateOrganisation(eq(4L), any());
        mvc.perform(post("/organisations/4").with(csrf()).param("name", "Tillväxtverket").param("kind", "AGENCY").param("version", "6"))
                .andExpect(view().name(OrganisationController.FORM_VIEW))
                .andExpect(model().attribute("conflict", Map.of("kind", "GOVERNMENT")))
                .andExpect(model().attribute("conflictBy", "anna"));
    }

    @Test
    void updatesAndRedirectsToTheOrganisation() throws Exception {
        mvc.perform(post("/organisations/4").with(csrf()).param("name", "Tillväxtverket").param("kind", "AGENCY").param("version", "6"))
                .andExpect(redirectedUrl("/organisations/4"));
        ArgumentCaptor<OrganisationForm> form = ArgumentCaptor.forClass(OrganisationForm.class);
        verify(service).updateOrganisation(eq(4L), form.capture());
        assertThat(form.getValue().version()).isEqualTo(6L);
        assertThat(form.getValue().kind()).isEqualTo(OrganisationKind.AGENCY);
    }

    @Test
    void answersAMissingOrganisationWith404() throws Exception {
        given(service.organisation(anyLong())).willThrow(new NotFoundException("organisation", 9L));
        mvc.perform(get("/organisations/9/edit")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
    }
}
