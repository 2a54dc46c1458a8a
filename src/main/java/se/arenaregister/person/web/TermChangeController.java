package se.arenaregister.person.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.governance.Governance;
import se.arenaregister.governance.Term;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.TermChange;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/**
 * The term change after an election: one page lists every appointment that ends with a term; the
 * user renews, ends or reassigns each, and saves all at once.
 */
@Controller
class TermChangeController {

    static final String TERMS_VIEW = "person/terms";
    static final String CHANGE_VIEW = "person/term-change";

    private final Governance governance;
    private final TermChange termChange;
    private final PersonQueries queries;
    private final Clock clock;

    TermChangeController(Governance governance, TermChange termChange, PersonQueries queries, Clock clock) {
        this.governance = governance;
        this.termChange = termChange;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/terms")
    String terms(Model model) {
        model.addAttribute("terms", governance.terms());
        model.addAttribute("today", LocalDate.now(clock));
        return TERMS_VIEW;
    }

    @GetMapping("/terms/{id}/change")
    String change(@PathVariable long id, Model model) {
        Term term = governance.findTerm(id).orElseThrow(() -> new NotFoundException("term", id));
        model.addAttribute("term", term);
        model.addAttribute("next", governance.termAfter(term).orElse(null));
        model.addAttribute("appointments", queries.appointmentsByIds(termChange.endingWith(id)));
        model.addAttribute("people", queries.people(LocalDate.now(clock), true).stream().filter(p -> !p.erased()).toList());
        model.addAttribute("actions", TermChange.Action.values());
        return CHANGE_VIEW;
    }

    /** Form fields {@code action-<appointment id>} (RENEW, END, REASSIGN) and {@code person-<appointment id>}. */
    @PostMapping("/terms/{id}/change")
    String apply(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        List<TermChange.Choice> choices = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        params.forEach((key, value) -> {
            if (key.startsWith("action-") && !value.isBlank()) {
                try {
                    long appointmentId = Long.parseLong(key.substring("action-".length()));
                    String person = params.get("person-" + appointmentId);
                    choices.add(new TermChange.Choice(appointmentId, TermChange.Action.valueOf(value),
                            person == null || person.isBlank() ? null : Long.valueOf(person)));
                } catch (IllegalArgumentException e) {
                    invalid.add(key);
                }
            }
        });
        if (!invalid.isEmpty()) {
            model.addAttribute("error", "term.change.invalid");
            return change(id, model);
        }
        try {
            TermChange.Result result = termChange.apply(id, choices);
            redirect.addFlashAttribute("message", "term.change.done");
            redirect.addFlashAttribute("result", result);
            return "redirect:/terms";
        } catch (InvalidInputException e) {
            model.addAttribute("rejections", e.rejections());
            model.addAttribute("error", "term.change.failed");
            return change(id, model);
        }
    }
}
