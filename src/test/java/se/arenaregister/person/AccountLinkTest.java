package se.arenaregister.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.audit.AuditEntry;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.audit.EntityType;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/**
 * A person linked to their user account: at most one account per person and one person per account (a clash is a
 * field message, not an error page), audited in the person's history by user name, set by administrators on the
 * person's edit page, and found again by the account's user name whatever its case.
 */
@IntegrationTest
class AccountLinkTest {

    static final String PASSWORD = "ett långt lösenord för kopplingen";

    @Autowired
    People people;
    @Autowired
    PersonQueries queries;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    UserAdministration users;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MockMvc mvc;

    @Test
    void anAccountIsLinkedToOnePersonAuditedAndFoundByItsUserName() {
        String username = account("Kopplad Person");
        long person = fixtures.official("Kopplad tjänsteperson");
        long other = fixtures.official("Annan tjänsteperson");

        people.linkAccount(person, new AccountLinkForm(username.toUpperCase(), people.formFor(person).version()));

        assertThat(queries.personOfAccount(username)).contains(person);
        assertThat(queries.personOfAccount(username.toUpperCase())).contains(person);
        assertThat(queries.accountOfPerson(person)).contains(username);
        assertThat(auditLog.historyOf(EntityType.PERSON.key(), person)).first()
                .satisfies(entry -> assertThat(entry.changes()).containsExactly(new AuditEntry.Change("account", null, username)));

        assertThatThrownBy(() -> people.linkAccount(other, new AccountLinkForm(username, people.formFor(other).version())))
                .as("the account is the first person's")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                        .extracting(InvalidInputException.Rejection::field, InvalidInputException.Rejection::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("account", "person.account.taken")));

        String second = account("Andra kontot");
        assertThatThrownBy(() -> people.linkAccount(person, new AccountLinkForm(second, people.formFor(person).version() - 1)))
                .as("a stale version").isInstanceOf(se.arenaregister.shared.EditConflictException.class);
        people.linkAccount(person, new AccountLinkForm(second, people.formFor(person).version()));
        assertThat(queries.personOfAccount(username)).as("a person has one account: the first is free again").isEmpty();
        assertThat(queries.personOfAccount(second)).contains(person);
        people.linkAccount(other, new AccountLinkForm(username, people.formFor(other).version()));
        assertThat(queries.personOfAccount(username)).contains(other);

        people.linkAccount(other, new AccountLinkForm("", people.formFor(other).version()));
        assertThat(queries.personOfAccount(username)).isEmpty();
        assertThat(auditLog.historyOf(EntityType.PERSON.key(), other)).first()
                .satisfies(entry -> assertThat(entry.changes()).containsExactly(new AuditEntry.Change("account", username, null)));
    }

    @Test
    void anUnknownAccountIsAFieldMessageAndAnErasedPersonLosesTheLink() {
        long person = fixtures.official("Raderad tjänsteperson");
        assertThatThrownBy(() -> people.linkAccount(person, new AccountLinkForm("finns.inte", people.formFor(person).version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                        .extracting(InvalidInputException.Rejection::code).containsExactly("person.account.unknown"));

        String username = account("Raderas");
        people.linkAccount(person, new AccountLinkForm(username, people.formFor(person).version()));
        people.erase(person, people.formFor(person).version());
        assertThat(queries.personOfAccount(username)).as("an erased person keeps no account").isEmpty();
    }

    @Test
    void administratorsLinkOnTheEditPageAndAClashIsShownUnderTheField() throws Exception {
        String username = account("Sidkopplad");
        long person = fixtures.official("Sidkopplad tjänsteperson");
        long other = fixtures.official("Upptagen tjänsteperson");
        String otherName = people.formFor(other).name();

        mvc.perform(get("/people/" + person + "/edit").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("action=\"/people/" + person + "/account\"")))
                .andExpect(content().string(Matchers.containsString("value=\"" + username + "\"")));
        mvc.perform(get("/people/" + person + "/edit").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("action=\"/people/" + person + "/account\"")));
        mvc.perform(get("/people/" + person + "/edit").with(user("områdesredaktör").roles("AREA_EDITOR")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/people/" + person + "/account").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("account", username).param("version", String.valueOf(people.formFor(person).version())))
                .andExpect(redirectedUrl("/people/" + person));
        assertThat(queries.personOfAccount(username)).contains(person);

        mvc.perform(post("/people/" + other + "/account").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("account", username).param("version", String.valueOf(people.formFor(other).version())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("accountForm", "account", "person.account.taken"))
                .andExpect(content().string(Matchers.containsString("Kontot är redan kopplat till " + people.formFor(person).name())));
        assertThat(queries.personOfAccount(username)).as("still the first person's, not " + otherName).contains(person);

        // A version that is no number leaves no form to draw from: the page is shown again, for both forms.
        mvc.perform(post("/people/" + other + "/account").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("account", username).param("version", "NaN"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("accountForm", "version", "typeMismatch"));
        mvc.perform(post("/people/" + other).with(user("admin").roles("ADMIN")).with(csrf())
                        .param("name", otherName).param("kind", "OFFICIAL").param("version", "9223372036854775808"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "version", "typeMismatch"));

        mvc.perform(post("/people/" + other + "/account").with(user("läsare").roles("READER")).with(csrf())
                        .param("account", "").param("version", String.valueOf(people.formFor(other).version())))
                .andExpect(status().isForbidden());
    }

    private String account(String displayName) {
        String username = "konto." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUserForm(username, displayName, AccountRole.COORDINATOR, PASSWORD, PASSWORD));
        return username;
    }
}
