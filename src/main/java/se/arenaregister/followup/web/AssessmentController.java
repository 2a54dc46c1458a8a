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
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormFlow;

/** Record an assessment of an arena (its history shows on the arena's page). */
@Controller
class AssessmentController {

    static final String FORM_VIEW = "followup/assessment-form";

    private final Assessments assessments;
    private final ArenaAccess access;
    private final ArenaQueries arenas;
    private final Clock clock;

    AssessmentController(Assessments assessments, ArenaQueries arenas, Clock clock, ArenaAccess access) {
        this.access = access;
        this.assessments = assessments;
        this.arenas = arenas;
        this.clock = clock;
    }

    @GetMapping("/arenas/{id}/assessments/new")
    String form(@PathVariable long id, Model model, Authentication user) {
        model.addAttribute("form", new AssessmentForm(id, LocalDate.now(clock), Verdict.RELEVANT, "", user.getName()));
        return view(model, id);
    }

    @PostMapping("/arenas/{id}/assessments")
    String record(@PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            // The arena is the one in the address, whatever the form's hidden field says.
            assessments.record(new AssessmentForm(id, form.assessedOn(), form.verdict(), form.motivation(), form.assessor()));
            redirect.addFlashAttribute("message", "assessment.saved");
            return "redirect:/arenas/" + id + "#assessments-heading";
        }, () -> view(model, id));
    }

    private String view(Model model, long id) {
        access.requireEdit(id);
        model.addAttribute("arena", arenas.find(id).orElseThrow(() -> new NotFoundException("arena", id)));
        model.addAttribute("verdicts", Verdict.values());
        return FORM_VIEW;
    }
}
