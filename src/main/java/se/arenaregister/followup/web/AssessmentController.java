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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.followup.AssessmentForm;
import se.arenaregister.followup.Assessments;
import se.arenaregister.followup.Verdict;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormFlow;

/**
 * Record an assessment of an arena (its history shows on the arena's page). The form proposes the user as assessor: the
 * person their account is linked to, or else their user name as a typed name.
 */
@Controller
class AssessmentController {

    static final String FORM_VIEW = "followup/assessment-form";

    private final Assessments assessments;
    private final ArenaAccess access;
    private final ArenaQueries arenas;
    private final PersonQueries people;
    private final Clock clock;

    AssessmentController(Assessments assessments, ArenaQueries arenas, PersonQueries people, Clock clock, ArenaAccess access) {
        this.access = access;
        this.assessments = assessments;
        this.arenas = arenas;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/arenas/{id}/assessments/new")
    String form(@PathVariable long id, Model model, Authentication user) {
        Long me = people.personOfAccount(user.getName()).orElse(null);
        model.addAttribute("form", new AssessmentForm(id, LocalDate.now(clock), Verdict.RELEVANT, "", me, me == null ? user.getName() : ""));
        return view(model, id);
    }

    @PostMapping("/arenas/{id}/assessments")
    String record(@PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        // Nobody chosen and no name typed needs no database: shown together with the other field errors.
        if (form.assessorPersonId() == null && (form.assessor() == null || form.assessor().isBlank())
                && !result.hasFieldErrors("assessorPersonId")) {
            result.rejectValue("assessorPersonId", "followup.who.required");
        }
        return FormFlow.submit(result, model, () -> {
            // The arena is the one in the address, whatever the form's hidden field says.
            assessments.record(new AssessmentForm(id, form.assessedOn(), form.verdict(), form.motivation(), form.assessorPersonId(),
                    form.assessor()));
            redirect.addFlashAttribute("message", "assessment.saved");
            return "redirect:/arenas/" + id + "#assessments-heading";
        }, () -> view(model, id));
    }

    private String view(Model model, long id) {
        access.requireEdit(id);
        model.addAttribute("arena", arenas.find(id).orElseThrow(() -> new NotFoundException("arena", id)));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("people", people.people(LocalDate.now(clock), true).stream().filter(p -> !p.erased()).toList());
        return FORM_VIEW;
    }
}
