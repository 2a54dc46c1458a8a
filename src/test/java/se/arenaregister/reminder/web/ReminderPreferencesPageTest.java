package se.arenaregister.reminder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.person.AccountLinkForm;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.internal.Preferences;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.support.IntegrationTest;

/**
 * "Mina påminnelser": the signed-in person's choices are stored (unticked kinds opted out), a bad language is refused
 * next to its field with nothing stored, a stale form is an edit conflict, and an account linked to no one is told so.
 */
@IntegrationTest
class ReminderPreferencesPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    UserAdministration users;
    @Autowired
    Preferences preferences;

    String username;
    long person;

    @BeforeEach
    void aLinkedAccount() {
        username = "val-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUserForm(username, "Väljande", AccountRole.READER, "ett långt lösenord", "ett långt lösenord"));
        person = people.create(new PersonForm("Väljande " + UUID.randomUUID().toString().substring(0, 4), PersonKind.OFFICIAL, null,
                "Strateg", null, "valjande@example.org", null, Set.of(), true, null));
        people.linkAccount(person, new AccountLinkForm(username, people.formFor(person).version()));
    }

    @Test
    void untickedKindsAreOptedOutAndTheLanguageIsKept() throws Exception {
        mvc.perform(get("/me/reminders").with(user(username).roles("READER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("valjande@example.org")));
        mvc.perform(post("/me/reminders").with(user(username).roles("READER")).with(csrf())
                        .param("language", "en").param("kinds", "REVIEW", "DIGEST").param("version", "0"))
                .andExpect(redirectedUrl("/me/reminders"));
        assertThat(preferences.of(person).language()).isEqualTo("en");
        assertThat(preferences.of(person).optedOut()).doesNotContain(ReminderKind.REVIEW, ReminderKind.DIGEST)
                .contains(ReminderKind.TERM_END, ReminderKind.ARENA_END);
    }

    @Test
    void aBadLanguageIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(post("/me/reminders").with(user(username).roles("READER")).with(csrf())
                        .param("language", "fi").param("kinds", "REVIEW").param("version", "0"))
                .andExpect(status().isOk()).andExpect(view().name(ReminderPreferencesController.VIEW))
                .andExpect(content().string(containsString("Välj svenska eller engelska.")));
        mvc.perform(post("/me/reminders").with(user(username).roles("READER")).with(csrf())
                        .param("language", "sv").param("kinds", "NOPE").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("kinds-error")));
        assertThat(preferences.find(person)).isEmpty();
    }

    @Test
    void aStaleFormIsAnEditConflict() throws Exception {
        long version = preferences.of(person).version();
        preferences.update(person, "sv", Set.of(ReminderKind.NOTE), version);
        mvc.perform(post("/me/reminders").with(user(username).roles("READER")).with(csrf())
                        .param("language", "en").param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("conflict-summary")));
        assertThat(preferences.of(person).language()).isEqualTo("sv");
    }

    @Test
    void anAccountLinkedToNoOneIsToldSo() throws Exception {
        mvc.perform(get("/me/reminders").with(user(IntegrationTest.ADMIN).roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("reminders-no-person")));
        mvc.perform(post("/me/reminders").with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf()).param("language", "sv"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("reminders-no-person")));
    }
}
