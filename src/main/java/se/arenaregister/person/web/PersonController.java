package se.arenaregister.person.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
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
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormFlow;
import se.arenaregister.shared.web.Viewers;

/**
 * People: the list, a person's page with appointments and hours, and the forms (drawn by {@link PersonForms}; the edit
 * page's account link is saved by {@link PersonAccountController}, a form of its own, so saving the person never
 * touches the link).
 */
@Controller
class PersonController {

    static final String LIST_VIEW = "person/list";
    static final String DETAIL_VIEW = "person/detail";
    static final String FORM_VIEW = PersonForms.FORM_VIEW;

    private final PersonQueries queries;
    private final People people;
    private final Clock clock;
    private final PersonForms forms;

    PersonController(PersonQueries queries, People people, Clock clock, PersonForms forms) {
        this.queries = queries;
        this.people = people;
        this.clock = clock;
        this.forms = forms;
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
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", people.formFor(id));
        return editPage(model, id);
    }

    @PostMapping("/people/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            people.update(id, form);
            redirect.addFlashAttribute("message", "person.saved");
            return "redirect:/people/" + id;
        }, form::withVersion, () -> editPage(model, id));
    }

    private String editPage(Model model, long id) {
        return forms.editPage(model, id);
    }

    private String form(Model model, Long id) {
        return forms.form(model, id);
    }
}
