package se.arenaregister.notes.web;


import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.notes.Note;
import se.arenaregister.notes.NoteQueries;
import se.arenaregister.notes.Notes;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.Viewers;

/**
 * A note's page (public notes for the public), and for internal users deleting it (after a confirmation page) and
 * marking it public or internal; {@link NoteFormController} records and edits notes. Who may do what is the service's.
 */
@Controller
class NoteController {

    static final String DETAIL_VIEW = "notes/note";
    static final String DELETE_VIEW = "notes/delete";

    private final Notes notes;
    private final NoteQueries queries;
    private final Documents documents;

    NoteController(Notes notes, NoteQueries queries, Documents documents) {
        this.notes = notes;
        this.queries = queries;
        this.documents = documents;
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

    @GetMapping("/notes/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        notes.noteToChange(id);
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
}
