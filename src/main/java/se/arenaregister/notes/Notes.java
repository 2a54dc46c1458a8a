package se.arenaregister.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * Records notes from the arenas. Anyone internal (signed in with any role) records a note on an arena; its author, a
 * coordinator or an editor of the arena's area changes or deletes it; only a coordinator or an editor of the arena's
 * area makes it public (or internal again). Every change is one audit entry; a save that adds recipients publishes
 * {@link NoteShared} with those it added.
 */
@Service
@Transactional
public class Notes {

    private final Documents documents;
    private final NoteStore store;
    private final ArenaQueries arenas;
    private final ArenaAccess arenaAccess;
    private final Permissions permissions;
    private final FormValidator validator;
    private final Traceability trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Labels labels;

    Notes(NoteStore store, ArenaQueries arenas, ArenaAccess arenaAccess, Permissions permissions, FormValidator validator,
          Traceability trail, ApplicationEventPublisher events, Clock clock, Documents documents) {
        this.store = store;
        this.documents = documents;
        this.arenas = arenas;
        this.arenaAccess = arenaAccess;
        this.permissions = permissions;
        this.validator = validator;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
        this.labels = Labels.<Long>of("arenaId", id -> arenas.find(id).map(a -> a.name()).orElse(null));
    }

    public long create(long arenaId, NoteForm form) {
        if (!permissions.mayReadInternal()) {
            throw new AccessDeniedException("note");
        }
        if (arenas.find(arenaId).isEmpty()) {
            throw new NotFoundException("arena", arenaId);
        }
        check(form);
        Note saved = store.insert(new Note(null, arenaId, form.heldOn(), form.attendeePersonIds(), text(form.otherAttendees()),
                text(form.discussed()), text(form.brought()), text(form.learned()), false, form.recipientPersonIds(),
                form.recipientAreaIds(), permissions.username(), clock.instant(), null));
        trail.created(saved, labels);
        shared(saved, saved.recipientPersonIds(), saved.recipientAreaIds());
        return saved.id();
    }

    public void update(long id, NoteForm form) {
        Note stored = note(id);
        requireMayChange(stored);
        trail.requireVersion(stored, form.version(), labels);
        check(form);
        Note changed = new Note(id, stored.arenaId(), form.heldOn(), form.attendeePersonIds(), text(form.otherAttendees()),
                text(form.discussed()), text(form.brought()), text(form.learned()), stored.publicNote(), form.recipientPersonIds(),
                form.recipientAreaIds(), stored.createdBy(), stored.createdAt(), stored.version());
        Note saved = store.update(changed, stored.version()).orElseThrow(() -> trail.conflict(note(id), labels));
        trail.updated(stored, saved, labels);
        shared(saved, added(stored.recipientPersonIds(), saved.recipientPersonIds()), added(stored.recipientAreaIds(), saved.recipientAreaIds()));
    }

    public void delete(long id, Long version) {
        Note stored = note(id);
        requireMayChange(stored);
        trail.requireVersion(stored, version, labels);
        documents.of(OwnerKind.NOTE, id).forEach(d -> documents.delete(d.id(), d.version()));
        if (!store.delete(id, stored.version())) {
            throw trail.conflict(note(id), labels);
        }
        trail.deleted(stored, labels);
    }

    public void markPublic(long id, Long version) {
        setPublic(id, version, true);
    }

    public void markInternal(long id, Long version) {
        setPublic(id, version, false);
    }

    /** The form to edit a stored note with, at its version. */
    public NoteForm formFor(long id) {
        Note note = note(id);
        return new NoteForm(note.heldOn(), note.attendeePersonIds(), orEmpty(note.otherAttendees()), orEmpty(note.discussed()),
                orEmpty(note.brought()), orEmpty(note.learned()), note.recipientPersonIds(), note.recipientAreaIds(), note.version());
    }

    public Note note(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("note", id));
    }

    /** The note, refused (403) to a user who may not change it: asked before a form to change it is shown. */
    public Note noteToChange(long id) {
        Note note = note(id);
        requireMayChange(note);
        return note;
    }

    /** Its author, a coordinator, or an editor of the arena's area. */
    public boolean mayChange(Note note) {
        if (permissions.isCoordinator() || arenaAccess.mayEdit(note.arenaId())) {
            return true;
        }
        String me = permissions.username();
        return me != null && note.createdBy() != null && me.equalsIgnoreCase(note.createdBy());
    }

    /** A coordinator or an editor of the arena's area. */
    public boolean mayPublish(Note note) {
        return permissions.isCoordinator() || (permissions.isAreaEditor() && arenaAccess.mayEdit(note.arenaId()));
    }

    private void setPublic(long id, Long version, boolean publicNote) {
        Note stored = note(id);
        if (!mayPublish(stored)) {
            throw new AccessDeniedException("note.public");
        }
        trail.requireVersion(stored, version, labels);
        if (stored.publicNote() == publicNote) {
            return;
        }
        Note saved = store.update(stored.withPublic(publicNote), stored.version()).orElseThrow(() -> trail.conflict(note(id), labels));
        trail.updated(stored, saved, labels);
    }

    private void requireMayChange(Note note) {
        if (!mayChange(note)) {
            throw new AccessDeniedException("note");
        }
    }

    private void check(NoteForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.heldOn() != null && form.heldOn().isAfter(LocalDate.now(clock))) {
            rejections.add(new Rejection("heldOn", "note.heldOn.future"));
        }
        if (form.attendeePersonIds().isEmpty() && text(form.otherAttendees()) == null) {
            rejections.add(new Rejection("attendeePersonIds", "note.attendees.required"));
        }
        if (text(form.learned()) == null && text(form.discussed()) == null) {
            rejections.add(new Rejection("learned", "note.learned.required"));
        }
        if (!store.knownPeople(form.attendeePersonIds()).containsAll(form.attendeePersonIds())) {
            rejections.add(new Rejection("attendeePersonIds", "note.person.unknown"));
        }
        if (!store.knownPeople(form.recipientPersonIds()).containsAll(form.recipientPersonIds())) {
            rejections.add(new Rejection("recipientPersonIds", "note.person.unknown"));
        }
        if (!store.knownAreas(form.recipientAreaIds()).containsAll(form.recipientAreaIds())) {
            rejections.add(new Rejection("recipientAreaIds", "note.area.unknown"));
        }
        validator.check(form, rejections);
    }

    private void shared(Note note, Set<Long> people, Set<Long> areas) {
        if (!people.isEmpty() || !areas.isEmpty()) {
            events.publishEvent(new NoteShared(note.id(), note.arenaId(), note.heldOn(), people, areas));
        }
    }

    private static Set<Long> added(Set<Long> before, Set<Long> after) {
        Set<Long> added = new TreeSet<>(after);
        added.removeAll(before);
        return added;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
