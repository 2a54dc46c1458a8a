package se.arenaregister.notes.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
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
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.notes.Note;
import se.arenaregister.notes.NoteForm;
import se.arenaregister.notes.NoteQueries;
import se.arenaregister.notes.Notes;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.AreaDirectory;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormFlow;
import se.arenaregister.shared.web.Viewers;

/**
 * A note's page (public notes for the public), and for internal users the form to record one on an arena, edit it,
 * delete it (after a confirmation page) and mark it public or internal. Who may do what is the service's.
 */
@Controller
class NoteController {

    static final String DETAIL_VIEW = "notes/note";
    static final String FORM_VIEW = "notes/form";
    static final String DELETE_VIEW = "notes/delete";

    private final Notes notes;
    private final NoteQueries queries;
    private final ArenaQueries arenas;
    private final PersonQueries people;
    private final AreaDirectory areas;
    private final Clock clock;
    private final Documents documents;

    NoteController(Notes notes, NoteQueries queries, ArenaQueries arenas, PersonQueries people, AreaDirectory areas, Clock clock,
                   Documents documents) {
        this.documents = documents;
        this.notes = notes;
        this.queries = queries;
        this.arenas = arenas;
        this.people = people;
        this.areas = areas;
        this.clock = clock;
    }

    @GetMapping("/notes/{id}")
    String show(@PathVariable long id, Model model, Authentication user) {
        boolean internal = Viewers.isInternal(user);
        // A note the viewer may not see is not found: the public does not learn that an internal note exists.
        model.addAttribute("note", queries.view(id, internal).orElseThrow(() -> new NotFoundException("note", id)));
        model.addAttribute("zone", queries.zone());
        model.addAttribute("documentSection", documents.section(OwnerKind.NOTE, id));
        if (internal) {
            Note stored = notes.note(id);
            model.addAttribute("mayChange", notes.mayChange(stored));
            model.addAttribute("mayPublish", notes.mayPublish(stored));
        }
        return DETAIL_VIEW;
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
        Note note = requireMayChange(id);
        model.addAttribute("form", notes.formFor(id));
        return form(model, note.arenaId(), id);
    }

    @PostMapping("/notes/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") NoteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Note note = requireMayChange(id);
        return FormFlow.submit(result, model, () -> {
            notes.update(id, form);
            redirect.addFlashAttribute("message", "note.saved");
            return "redirect:/notes/" + id;
        }, form::withVersion, () -> form(model, note.arenaId(), id));
    }

    @GetMapping("/notes/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        requireMayChange(id);
        model.addAttribute("note", queries.view(id, true).orElseThrow(() -> new NotFoundException("note", id)));
        return DELETE_VIEW;
    }

    @PostMapping("/notes/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        long arena = notes.note(id).arenaId();
        try {
            notes.delete(id, version);
        } catch (EditConflictException e) {
            // Changed since the confirmation page was drawn: the user sees the note as it is now before deleting it.
            redirect.addFlashAttribute("error", "note.conflict");
            return "redirect:/notes/" + id;
        }
        redirect.addFlashAttribute("message", "note.deleted");
        return "redirect:/arenas/" + arena + "#notes-heading";
    }

    @PostMapping("/notes/{id}/public")
    String publish(@PathVariable long id, @RequestParam(name = "public", defaultValue = "false") boolean publicNote,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            if (publicNote) {
                notes.markPublic(id, version);
            } else {
                notes.markInternal(id, version);
            }
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "note.conflict");
            return "redirect:/notes/" + id;
        }
        redirect.addFlashAttribute("message", publicNote ? "note.madePublic" : "note.madeInternal");
        return "redirect:/notes/" + id;
    }

    /** Refused (403) before a form is shown to someone who may not save it. */
    private Note requireMayChange(long id) {
        Note note = notes.note(id);
        if (!notes.mayChange(note)) {
            throw new AccessDeniedException("note");
        }
        return note;
    }

    private String form(Model model, long arenaId, Long noteId) {
        model.addAttribute("arena", arenas.find(arenaId).orElseThrow(() -> new NotFoundException("arena", arenaId)));
        model.addAttribute("noteId", noteId);
        model.addAttribute("people", people.people(LocalDate.now(clock), true).stream().filter(p -> !p.erased()).toList());
        model.addAttribute("areas", areas.choices());
        return FORM_VIEW;
    }
}
