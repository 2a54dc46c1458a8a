package se.arenaregister.notes.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.notes.Note;
import se.arenaregister.notes.NoteForm;
import se.arenaregister.notes.Notes;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.AreaDirectory;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormFlow;

/**
 * A note's page (public notes for the public), and for internal users the form to record one on an arena, edit it,
 * delete it (after a confirmation page) and mark it public or internal. Who may do what is the service's.
 */
/**
 * The form to record a note on an arena and to edit one, for internal users; refused (403) before it is shown to
 * someone who may not save it.
 */
@Controller
class NoteFormController {

    static final String FORM_VIEW = "notes/form";

    private final Notes notes;
    private final ArenaQueries arenas;
    private final PersonQueries people;
    private final AreaDirectory areas;
    private final Clock clock;

    NoteFormController(Notes notes, ArenaQueries arenas, PersonQueries people, AreaDirectory areas, Clock clock) {
        this.notes = notes;
        this.arenas = arenas;
        this.people = people;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/arenas/{id}/notes/new")
    String createForm(@PathVariable long id, Model model) {
        model.addAttribute("form", NoteForm.blank(LocalDate.now(clock)));
        return form(model, id, null);
    }

    @PostMapping("/arenas/{id}/notes")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") NoteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long note = notes.create(id, form);
            redirect.addFlashAttribute("message", "note.saved");
            return "redirect:/notes/" + note;
        }, () -> form(model, id, null));
    }

    @GetMapping("/notes/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Note note = notes.noteToChange(id);
        model.addAttribute("form", notes.formFor(id));
        return form(model, note.arenaId(), id);
    }

    @PostMapping("/notes/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") NoteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Note note = notes.noteToChange(id);
        return FormFlow.submit(result, model, () -> {
            notes.update(id, form);
            redirect.addFlashAttribute("message", "note.saved");
            return "redirect:/notes/" + id;
        }, form::withVersion, () -> form(model, note.arenaId(), id));
    }

    private String form(Model model, long arenaId, Long noteId) {
        model.addAttribute("arena", arenas.find(arenaId).orElseThrow(() -> new NotFoundException("arena", arenaId)));
        model.addAttribute("noteId", noteId);
        model.addAttribute("people", people.people(LocalDate.now(clock), true).stream().filter(p -> !p.erased()).toList());
        model.addAttribute("areas", areas.choices());
        return FORM_VIEW;
    }
}
