package se.arenaregister.followup.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
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
import se.arenaregister.followup.AssignmentForm;
import se.arenaregister.followup.Assignments;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.web.FormFlow;
import se.arenaregister.shared.web.Viewers;

/** Assignments (uppdrag) from decisions and their report-back. */
@Controller
class AssignmentController {

    static final String LIST_VIEW = "followup/assignments";
    static final String FORM_VIEW = "followup/assignment-form";

    private final Assignments assignments;
    private final FollowUpQueries queries;
    private final Governance governance;
    private final PersonQueries people;
    private final Clock clock;

    AssignmentController(Assignments assignments, FollowUpQueries queries, Governance governance, PersonQueries people,
                         Clock clock) {
        this.assignments = assignments;
        this.queries = queries;
        this.governance = governance;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/assignments")
    String list(Model model, Authentication user) {
        model.addAttribute("assignments", queries.assignments(LocalDate.now(clock), Viewers.isInternal(user)));
        return LIST_VIEW;
    }

    @GetMapping("/assignments/new")
    String createForm(@RequestParam(required = false) Long decision, Model model) {
        model.addAttribute("form", new AssignmentForm(decision, "", null, "", null, null));
        return form(model);
    }

    @PostMapping("/assignments")
    String create(@Valid @ModelAttribute("form") AssignmentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long id = assignments.give(form);
            redirect.addFlashAttribute("message", "assignment.saved");
            return "redirect:/assignments#assignment-" + id;
        }, () -> form(model));
    }

    @PostMapping("/assignments/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        try {
            assignments.close(id);
            redirect.addFlashAttribute("message", "assignment.closedDone");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "assignment.closed");
        }
        return "redirect:/assignments#assignment-" + id;
    }

    private String form(Model model) {
        model.addAttribute("decisions", governance.decisions());
        model.addAttribute("meetings", queries.meetings());
        model.addAttribute("people", people.people(LocalDate.now(clock), true).stream().filter(p -> !p.erased()).toList());
        return FORM_VIEW;
    }
}
