package se.arenaregister.notes.internal;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.arenaregister.document.AttachmentOwner;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.notes.NoteQueries;
import se.arenaregister.notes.Notes;

/**
 * Notes carry documents (the minutes of the meeting, a position paper brought there). A note's documents are as public
 * as the note: an internal note's are internal whatever their own flag. Whoever may change the note attaches to it.
 * {@link Notes} is looked up lazily: it removes a deleted note's documents through the document module, which asks
 * this class.
 */
@Component
class NoteDocumentOwner implements AttachmentOwner {

    private final NoteQueries queries;
    private final Notes notes;

    NoteDocumentOwner(NoteQueries queries, @Lazy Notes notes) {
        this.queries = queries;
        this.notes = notes;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.NOTE;
    }

    @Override
    public Optional<Owner> find(long id) {
        return queries.view(id, true).map(n -> new Owner(OwnerKind.NOTE, n.id(),
                n.arena() + " " + DateTimeFormatter.ISO_LOCAL_DATE.format(n.heldOn()), "/notes/" + n.id(), n.publicNote()));
    }

    @Override
    public boolean mayAttach(long id) {
        return queries.view(id, true).isPresent() && notes.mayChange(notes.note(id));
    }
}
