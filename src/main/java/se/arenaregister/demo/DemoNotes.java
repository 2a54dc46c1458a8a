package se.arenaregister.demo;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/notes.yml}: notes from the arenas, arenas, people and areas named as a person writes them. */
record DemoNotes(List<NoteEntry> notes) {

    record NoteEntry(String arena, LocalDate heldOn, List<String> attendees, String otherAttendees, String discussed,
                     String brought, String learned, List<String> recipients, List<String> recipientAreas, Boolean isPublic) {
    }
}
