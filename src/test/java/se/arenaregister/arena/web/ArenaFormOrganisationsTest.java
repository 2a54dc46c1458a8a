package se.arenaregister.arena.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/**
 * The arena form names its convener and members by typing, with suggestions, not from lists of every organisation (two
 * lists of 3,000 at 100,000 arenas): a name chooses an organisation as the register's filter does, any organisation of
 * the catalogue, and what chooses none is an error next to its field with nothing saved.
 */
@IntegrationTest
class ArenaFormOrganisationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    AreaRepository areas;

    long organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = :n").param("n", name).query(Long.class).single();
    }

    /** An organisation of the demo that convenes no arena: the form may choose it, the filter does not offer it. */
    String convenesNothing() {
        return jdbc.sql("SELECT name FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM arena a WHERE a.convener_id = o.id)"
                + " AND kind <> 'COMPANY' ORDER BY id LIMIT 1").query(String.class).single();
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("samordnare").roles("COORDINATOR"))).andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder save(long arena) {
        long version = jdbc.sql("SELECT version FROM arena WHERE id = :id").param("id", arena).query(Long.class).single();
        String name = jdbc.sql("SELECT name FROM arena WHERE id = :id").param("id", arena).query(String.class).single();
        return post("/arenas/" + arena).with(csrf()).param("name", name).param("areaId", String.valueOf(Register.areaId(areas, Register.TEST_AREA)))
                .param("subAreaId", String.valueOf(jdbc.sql("SELECT sub_area_id FROM arena WHERE id = :id").param("id", arena)
                        .query(Long.class).single()))
                .param("types", "INFLUENCE").param("levels", "POLITICAL").param("scope", "REGIONAL").param("status", "ACTIVE")
                .param("version", String.valueOf(version));
    }

    List<String> members(long arena) {
        return jdbc.sql("SELECT o.name FROM arena_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.arena_id = :a ORDER BY o.name")
                .param("a", arena).query(String.class).list();
    }

    static String tag(String html, String id) {
        Matcher m = Pattern.compile("<[a-z]+\\s[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return m.find() ? m.group() : "";
    }

    @Test
    void theFormHasTextFieldsWithSuggestionsNotListsOfEveryOrganisation() throws Exception {
        String form = html(get("/arenas/new"));
        int organisations = jdbc.sql("SELECT count(*) FROM organisation").query(Integer.class).single();
        int companies = jdbc.sql("SELECT count(*) FROM organisation WHERE kind = 'COMPANY'").query(Integer.class).single();
        assertThat(tag(form, "convenerId")).startsWith("<input type=\"text\"").contains("name=\"convenerName\"")
                .contains("list=\"convener-options\"").contains("hx-get=\"/arenas/organisations\"")
                .contains("aria-describedby=\"convenerId-hint\"");
        assertThat(tag(form, "memberIds")).startsWith("<fieldset");
        assertThat(tag(form, "memberNames")).contains("name=\"memberNames\"").contains("list=\"member-options\"");
        assertThat(form).contains("<label for=\"convenerId\">Sammankallande</label>")
                .contains("<label for=\"memberNames\">Lägg till medlemmar (skilj flera namn åt med semikolon)</label>")
                .contains("Inga medlemmar ännu.");
        long options = Pattern.compile("<option\\b").matcher(form).results().count();
        assertThat(options).as("the form's options: areas, codes and the companies, not the %d organisations", organisations)
                .isLessThan(organisations + companies);
        assertThat(form).doesNotContain(">" + convenesNothing() + "</option>");
        // The owned company is still chosen from a list, of the companies only, by name.
        String select = tag(form, "companyId");
        assertThat(select).startsWith("<select");
        int from = form.indexOf(select);
        String companyOptions = form.substring(from, form.indexOf("</select>", from));
        List<String> listed = Pattern.compile("<option value=\"\\d+\">([^<]*)</option>").matcher(companyOptions).results()
                .map(m -> m.group(1).replace("&amp;", "&")).toList();
        assertThat(listed).containsExactlyElementsOf(jdbc.sql("SELECT name FROM organisation WHERE kind = 'COMPANY' ORDER BY lower(name)")
                .query(String.class).list()).isNotEmpty();
    }

    @Test
    void namesTypedChooseTheConvenerAndAddMembersAndTheFormShowsThemAgain() throws Exception {
        long arena = fixtures.arena("Organisationsfältens arena", false, null, null, null);
        String convener = convenesNothing();
        mvc.perform(save(arena).with(user("samordnare").roles("COORDINATOR")).param("convenerName", "  " + convener.toUpperCase() + " ")
                        .param("memberNames", "trafikverket; Region Norrbotten ;"))
                .andExpect(redirectedUrl("/arenas/" + arena));
        assertThat(jdbc.sql("SELECT convener_id FROM arena WHERE id = :id").param("id", arena).query(Long.class).single())
                .isEqualTo(organisation(convener));
        assertThat(members(arena)).containsExactly("Region Norrbotten", "Trafikverket");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'arena' AND entity_id = :a AND action = 'UPDATED'")
                .param("a", arena).query(Integer.class).single()).isOne();

        String form = html(get("/arenas/" + arena + "/edit"));
        assertThat(tag(form, "convenerId")).contains("value=\"" + convener + "\"");
        long trafikverket = organisation("Trafikverket");
        assertThat(tag(form, "member-" + trafikverket)).contains("name=\"memberIds\"").contains("value=\"" + trafikverket + "\"")
                .contains("checked");
        assertThat(form).contains("<label for=\"member-" + trafikverket + "\">Trafikverket</label>");

        // Unticking a member (its box not sent) and emptying the convener field remove them.
        mvc.perform(save(arena).with(user("samordnare").roles("COORDINATOR")).param("convenerName", "")
                        .param("memberIds", String.valueOf(trafikverket)).param("memberNames", ""))
                .andExpect(redirectedUrl("/arenas/" + arena));
        assertThat(jdbc.sql("SELECT convener_id FROM arena WHERE id = :id").param("id", arena).query(Long.class).optional()).isEmpty();
        assertThat(members(arena)).containsExactly("Trafikverket");
    }

    @Test
    void aNameThatChoosesNoOrganisationIsAnErrorNextToItsFieldAndNothingIsSaved() throws Exception {
        long arena = fixtures.arena("Felnamnens arena", false, null, null, null);
        long version = jdbc.sql("SELECT version FROM arena WHERE id = :id").param("id", arena).query(Long.class).single();
        String page = html(save(arena).param("convenerName", "region").param("memberNames", "Trafikverket; Ingen sådan förening"));
        assertThat(tag(page, "convenerId")).contains("value=\"region\"").contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"convenerId-error convenerId-hint\"");
        assertThat(page).contains("Flera organisationer har region i namnet. Skriv mer av namnet eller välj bland förslagen.")
                .contains("Ingen organisation heter Ingen sådan förening eller har det i namnet.");
        assertThat(tag(page, "memberNames")).as("the name that chose none is kept to correct, the one that chose is a box now")
                .contains("value=\"Ingen sådan förening\"");
        assertThat(tag(page, "member-" + organisation("Trafikverket"))).contains("checked");
        assertThat(page).contains("href=\"#convenerId\"").contains("href=\"#memberIds\"");
        assertThat(jdbc.sql("SELECT version FROM arena WHERE id = :id").param("id", arena).query(Long.class).single())
                .as("nothing saved").isEqualTo(version);
        assertThat(members(arena)).isEmpty();

        String english = html(save(arena).param("convenerName", "Nobody at all").param("lang", "en"));
        assertThat(english).contains("No organisation is called Nobody at all or has it in its name.");
    }

    @Test
    void theFormSuggestsAnyOrganisationTheFilterOnlyConveners() throws Exception {
        String name = convenesNothing();
        String part = name.substring(0, name.length() - 1);
        String forForm = html(get("/arenas/organisations").param("convenerName", part));
        assertThat(forForm).contains("<option value=\"" + name + "\">");
        assertThat(html(get("/arenas/conveners").param("convenerName", part))).doesNotContain("value=\"" + name + "\"");
        String forMembers = html(get("/arenas/organisations").param("memberNames", "Trafikverket; " + part));
        assertThat(forMembers).contains("<option value=\"Trafikverket; " + name + "\" label=\"" + name + "\">");
        assertThat(mvc.perform(get("/arenas/organisations").param("convenerName", PeopleFixtures.unique("Ingen alls")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("<option");
    }
}
