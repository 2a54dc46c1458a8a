package se.arenaregister.person.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.governance.Governance;
import se.arenaregister.person.AccountLinkForm;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.UserNames;

/**
 * The person form as both its controllers draw it: the choices it offers, and on the edit page the second form that
 * links the person to a user account (only coordinators and administrators reach the edit page; the service checks it
 * again when a link is saved).
 */
@Component
class PersonForms {

    static final String FORM_VIEW = "person/form";

    private final PersonQueries queries;
    private final People people;
    private final Catalog catalog;
    private final Governance governance;
    private final UserNames accounts;

    PersonForms(PersonQueries queries, People people, Catalog catalog, Governance governance, UserNames accounts) {
        this.queries = queries;
        this.people = people;
        this.catalog = catalog;
        this.governance = governance;
        this.accounts = accounts;
    }

    /** An account in the select: labelled with its name, and with the person it is linked to when that is someone else. */
    record AccountChoice(String username, String displayName, boolean enabled, String linkedTo) {
    }

    /** The edit page: the person's form (in the model) and the account link's. */
    String editPage(Model model, long id) {
        model.addAttribute("mayLinkAccounts", true);
        if (!model.containsAttribute("accountForm")) {
            // The person's version as the page shows it (a form that could not be bound at all is null: the stored one).
            PersonForm form = (PersonForm) model.getAttribute("form");
            Long version = form != null ? form.version() : people.formFor(id).version();
            model.addAttribute("accountForm", new AccountLinkForm(queries.accountOfPerson(id).orElse(""), version));
        }
        model.addAttribute("accounts", accountChoices(id));
        return form(model, id);
    }

    /** The form page, for a new person ({@code id} null) or an existing one. */
    String form(Model model, Long id) {
        model.addAttribute("personId", id);
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("committees", governance.committees());
        return FORM_VIEW;
    }

    private List<AccountChoice> accountChoices(long personId) {
        Map<Long, PersonQueries.AccountLink> links = new HashMap<>();
        queries.accountLinks().forEach(link -> links.put(link.accountId(), link));
        return accounts.accounts().stream().map(account -> {
            PersonQueries.AccountLink link = links.get(account.id());
            String other = link == null || link.personId() == personId ? null : link.personName();
            return new AccountChoice(account.username(), account.displayName(), account.enabled(), other);
        }).toList();
    }
}
