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
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.followup.Recurrence;
import se.arenaregister.followup.ReviewForm;
import se.arenaregister.followup.ReviewOutcomeForm;
import se.arenaregister.followup.Reviews;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.web.FormFlow;
import se.arenaregister.shared.web.Viewers;

/** Reviews (översyner): the list with what is due, scheduling, and recording an outcome. */
@Controller
class ReviewController {

    static final String LIST_VIEW = "followup/reviews";
    static final String FORM_VIEW = "followup/review-form";
    static final String OUTCOME_VIEW = "followup/review-outcome";

    private final Reviews reviews;
    private final ArenaAccess arenaAccess;
    private final AreaAccess areaAccess;
    private final FollowUpQueries queries;
    private final ArenaQueries arenas;
    private final Catalog catalog;
    private final PersonQueries people;
    private final Clock clock;

    ReviewController(Reviews reviews, FollowUpQueries queries, ArenaQueries arenas, Catalog catalog, PersonQueries people, Clock clock,
                     ArenaAccess arenaAccess, AreaAccess areaAccess) {
        this.arenaAccess = arenaAccess;
        this.areaAccess = areaAccess;
        this.reviews = reviews;
        this.queries = queries;
        this.arenas = arenas;
        this.catalog = catalog;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/reviews")
    String list(Model model, Authentication user) {
        model.addAttribute("reviews", queries.reviews(LocalDate.now(clock), Viewers.isInternal(user)));
        return LIST_VIEW;
    }

    @GetMapping("/reviews/new")
    String createForm(@RequestParam(required = false) Long arena, @RequestParam(required = false) Long area, Model model) {
        reviews.requireEdit(arena, area);
        model.addAttribute("form", new ReviewForm(arena, area, null, false, null, null, "", null, ""));
        return form(model);
    }

    @PostMapping("/reviews")
    String create(@Valid @ModelAttribute("form") ReviewForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        rejectRecurrenceRules(form, result);
        return FormFlow.submit(result, model, () -> {
            reviews.schedule(form);
            redirect.addFlashAttribute("message", "review.saved");
            return form.arenaId() != null ? "redirect:/arenas/" + form.arenaId() + "#reviews-heading" : "redirect:/reviews";
        }, () -> form(model));
    }

    @GetMapping("/reviews/{id}/outcome")
    String outcomeForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new ReviewOutcomeForm("", LocalDate.now(clock)));
        return outcome(model, id);
    }

    @PostMapping("/reviews/{id}/outcome")
    String complete(@PathVariable long id, @Valid @ModelAttribute("form") ReviewOutcomeForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            Long next = reviews.complete(id, form);
            redirect.addFlashAttribute("message", next == null ? "review.completed" : "review.completedNext");
            return "redirect:/reviews";
        }, () -> outcome(model, id));
    }

    /** The recurrence rules need no database, so they are shown together with the field errors. */
    private static void rejectRecurrenceRules(ReviewForm form, BindingResult result) {
        if (form.recurring() && form.rule() == null && !result.hasFieldErrors("rule")) {
            result.rejectValue("rule", "review.recurrence.ruleRequired");
        }
        if (form.recursUntil() != null && !form.recurring() && !result.hasFieldErrors("recursUntil")) {
            result.rejectValue("recursUntil", "review.recurrence.untilWithoutRule");
        } else if (form.recursUntil() != null && form.dueOn() != null && form.recursUntil().isBefore(form.dueOn())
                && !result.hasFieldErrors("recursUntil")) {
            result.rejectValue("recursUntil", "review.recurrence.untilBeforeDue");
        }
    }

    /** The form offers the arenas and areas the user may schedule reviews for: all for a coordinator, their own for an area editor. */
    private String form(Model model) {
        boolean all = areaAccess.mayEditEveryArea();
        model.addAttribute("arenas", arenas.list(ArenaFilter.none()).stream().filter(a -> all || arenaAccess.mayEdit(a)).toList());
        model.addAttribute("areas", all ? catalog.areas() : areaAccess.editableAreaList());
        model.addAttribute("rules", new Recurrence[] {Recurrence.YEARLY, Recurrence.PER_TERM});
        model.addAttribute("people", people.people(LocalDate.now(clock), true).stream().filter(p -> !p.erased()).toList());
        return FORM_VIEW;
    }

    private String outcome(Model model, long id) {
        reviews.requireEdit(id);
        model.addAttribute("review", queries.reviews(LocalDate.now(clock), true).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new se.arenaregister.shared.NotFoundException("review", id)));
        return OUTCOME_VIEW;
    }
}
