package se.arenaregister.person.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.governance.Governance;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.person.AccountLinkForm;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.UserNames;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormErrors;
import se.arenaregister.shared.web.FormFlow;
import se.arenaregister.shared.web.Viewers;

/**
 * People: the list, a person's page with appointments and hours, and the forms. On the edit page administrators and
 * coordinators also choose the person's user account (a form of its own, so an editor's save never touches the link).
 */
@Controller
class PersonController {

    /** Who may link a person to an account: administrators, and coordinators once that role exists. */
    static final Set<String> LINKING_ROLES = Set.of("ROLE_ADMIN", "ROLE_COORDINATOR");

    static final String LIST_VIEW = "person/list";
    static final String DETAIL_VIEW = "person/detail";
    static final String FORM_VIEW = "person/form";

    private final PersonQueries queries;
    private final People people;
    private final Catalog catalog;
    private final Governance governance;
    private final Clock clock;
    private final UserNames accounts;

    PersonController(PersonQueries queries, People people, Catalog catalog, Governance governance, Clock clock,
                     UserNames accounts) {
        this.queries = queries;
        this.people = people;
        this.catalog = catalog;
        this.governance = governance;
        this.clock = clock;
        this.accounts = accounts;
    }

    @GetMapping("/people")
    String list(Model model, Authentication user) {
        model.addAttribute("people", queries.people(LocalDate.now(clock), Viewers.isInternal(user)));
        return LIST_VIEW;
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Model model, Authentication user) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        var person = queries.person(id, on).orElseThrow(() -> new NotFoundException("person", id));
        if (!Viewers.isInternal(user) && person.kind() != PersonKind.ELECTED) {
            throw new NotFoundException("person", id);
        }
        var appointments = queries.appointmentsOfPerson(id);
        model.addAttribute("person", person);
        model.addAttribute("date", on);
        model.addAttribute("current", appointments.stream().filter(a -> a.activeOn(on) && !a.archivedArena()).toList());
        model.addAttribute("other", appointments.stream().filter(a -> !a.activeOn(on) || a.archivedArena()).toList());
        return DETAIL_VIEW;
    }

    @GetMapping("/people/new")
    String createForm(Model model) {
        model.addAttribute("form", PersonForm.empty());
        return form(model, null);
    }

    @PostMapping("/people")
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long id = people.create(form);
            redirect.addFlashAttribute("message", "person.saved");
            return "redirect:/people/" + id;
        }, () -> form(model, null));
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable long id, Model model, Authentication user) {
        model.addAttribute("form", people.formFor(id));
        return editPage(model, id, user);
    }

    @PostMapping("/people/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
                  Authentication user, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            people.update(id, form);
            redirect.addFlashAttribute("message", "person.saved");
            return "redirect:/people/" + id;
        }, form::withVersion, () -> editPage(model, id, user));
    }

    /** Links the person to an account, or to none: administrators and coordinators only. */
    @PostMapping("/people/{id}/account")
    String linkAccount(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountLinkForm accountForm, BindingResult result,
                       Model model, Authentication user, RedirectAttributes redirect) {
        if (!mayLinkAccounts(user)) {
            throw new AccessDeniedException("Only administrators and coordinators link accounts to people");
        }
        if (!result.hasErrors()) {
            try {
                people.linkAccount(id, accountForm);
                redirect.addFlashAttribute("message", accountForm.none() ? "person.account.unlinked" : "person.account.linked");
                return "redirect:/people/" + id;
            } catch (InvalidInputException e) {
                FormErrors.addTo(result, e);
            } catch (EditConflictException e) {
                // Someone saved the person meanwhile: the choice is kept, against the stored version, to be sent again.
                model.addAttribute("accountForm", accountForm.withVersion(e.currentVersion()));
                result.reject("person.account.conflict");
            }
        }
        model.addAttribute("form", people.formFor(id));
        return editPage(model, id, user);
    }

    private String editPage(Model model, long id, Authentication user) {
        boolean mayLink = mayLinkAccounts(user);
        model.addAttribute("mayLinkAccounts", mayLink);
        if (mayLink) {
            if (!model.containsAttribute("accountForm")) {
                // The person's version as the page shows it (a form that could not be bound at all is null: the stored one).
                PersonForm form = (PersonForm) model.getAttribute("form");
                Long version = form != null ? form.version() : people.formFor(id).version();
                model.addAttribute("accountForm", new AccountLinkForm(queries.accountOfPerson(id).orElse(""), version));
            }
            model.addAttribute("accounts", accountChoices(id));
        }
        return form(model, id);
    }

    /** An account in the select: labelled with its name, and with the person it is linked to when that is someone else. */
    record AccountChoice(String username, String displayName, boolean enabled, String linkedTo) {
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

    static boolean mayLinkAccounts(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> LINKING_ROLES.contains(a.getAuthority()));
    }

    private String form(Model model, Long id) {
        model.addAttribute("personId", id);
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("areas", catalog.areas());
        model.addAttribute("committees", governance.committees());
        return FORM_VIEW;
    }
}
