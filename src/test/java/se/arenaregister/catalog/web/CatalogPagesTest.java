package se.arenaregister.catalog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/** Areas, organisations and topics: their pages, their forms and their rules. */
@IntegrationTest
class CatalogPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TopicRepository topics;
    @Autowired
    AreaRepository areas;
    @Autowired
    CatalogService catalog;

    /** Swedish order: Å, Ä, Ö after Z and in that order (the database's C.UTF-8 put Ä before Å). */
    @Test
    @Tag("external-postgres")
    void namesSortInSwedishOrder() throws Exception {
        String suffix = " sorteringstest " + se.arenaregister.support.PeopleFixtures.unique("");
        for (String first : List.of("Ödeshög", "Älvdalen", "Åre", "Zinkgruvan", "Arvika")) {
            if (organisations.findByNameIgnoreCase(first + suffix).isEmpty()) {
                catalog.createOrganisation(new OrganisationForm(first + suffix, null, OrganisationKind.MUNICIPALITY, null, null, null, null));
            }
        }
        List<String> sorted = organisations.findAllByOrderByName().stream().map(o -> o.name())
                .filter(name -> name.endsWith(suffix)).map(name -> name.substring(0, name.length() - suffix.length())).toList();
        org.assertj.core.api.Assertions.assertThat(sorted).containsExactly("Arvika", "Zinkgruvan", "Åre", "Älvdalen", "Ödeshög");
        String page = mvc.perform(get("/organisations")).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.indexOf("Åre" + suffix)).isPositive()
                .isLessThan(page.indexOf("Älvdalen" + suffix));
    }

    @Test
    void anOrganisationsPageListsTheArenasItConvenesAndJoins() throws Exception {
        long tillvaxtverket = Register.organisationId(organisations, "Tillväxtverket");
        mvc.perform(get("/organisations/" + tillvaxtverket))
                .andExpect(status().isOk())
                .andExpect(view().name(OrganisationController.DETAIL_VIEW))
                .andExpect(content().string(containsString("Det nationella S3-nätverket")))
                .andExpect(content().string(containsString("Sammankallar")));
    }

    @Test
    void aTopicsPageListsItsArenasPerLevelAndShowsGaps() throws Exception {
        long broadband = topics.findByNameIgnoreCase("Bredband").orElseThrow().id();
        mvc.perform(get("/topics/" + broadband))
                .andExpect(status().isOk())
                .andExpect(view().name(TopicController.DETAIL_VIEW))
                .andExpect(content().string(containsString("Politisk nivå")))
                .andExpect(content().string(containsString("Regionens samverkansråd")))
                .andExpect(content().string(containsString("Kommunala bredbandssamordnare")));
    }

    @Test
    void createsAnOrganisationAndRefusesADuplicateName() throws Exception {
        mvc.perform(post("/organisations").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("name", "Testbolaget AB").param("kind", "COMPANY"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/organisations").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("name", "testbolaget ab").param("kind", "COMPANY"))
                .andExpect(view().name(OrganisationController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "name.duplicate"))
                .andExpect(content().string(containsString("Namnet används redan.")));
    }

    @Test
    void refusesAnUnknownOrganisationKindAndABadWebsite() throws Exception {
        mvc.perform(post("/organisations").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("name", "Konstigt AB").param("kind", "PIRATE"))
                .andExpect(model().attributeHasFieldErrorCode("form", "kind", "typeMismatch"))
                .andExpect(content().string(containsString("Okänd typ av organisation.")));
        mvc.perform(post("/organisations").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("name", "Konstigt AB").param("kind", "COMPANY").param("website", "javascript:alert(1)"))
                .andExpect(model().attributeHasFieldErrorCode("form", "website", "Pattern"))
                .andExpect(content().string(containsString("Ange en webbadress som börjar med http:// eller https://.")));
    }

    @Test
    void aSubAreaCanOnlyHangUnderATopLevelArea() throws Exception {
        long infrastructure = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        mvc.perform(post("/areas").with(user("editor").roles("COORDINATOR")).with(csrf())
                        .param("name", "Underunderområde").param("parentId", String.valueOf(infrastructure)))
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "area.parent.notTopLevel"));
    }

    @Test
    void showsAConflictInsteadOfOverwritingATopic() throws Exception {
        long id = catalog.createTopic(new se.arenaregister.catalog.TopicForm("Konfliktfråga", null, null)).id();
        long version = catalog.topic(id).version();
        mvc.perform(post("/topics/" + id).with(user("anna").roles("COORDINATOR")).with(csrf())
                        .param("name", "Konfliktfråga").param("description", "Annas text").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/topics/" + id).with(user("bo").roles("COORDINATOR")).with(csrf())
                        .param("name", "Konfliktfråga").param("description", "Bos text").param("version", String.valueOf(version)))
                .andExpect(view().name(TopicController.FORM_VIEW))
                .andExpect(content().string(containsString("Annas text")))
                .andExpect(content().string(containsString("(anna)")))
                .andExpect(content().string(containsString("id=\"description-conflict\"")))
                .andExpect(content().string(not(containsString("id=\"name-conflict\""))));
    }

    @Test
    void listsAreasWithArenaCountsAndLinksToTheFilteredRegister() throws Exception {
        long infrastructure = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        mvc.perform(get("/areas"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/arenas?subArea=" + infrastructure)))
                .andExpect(content().string(containsString("(14)")));
    }
}
