package se.arenaregister.notes.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.arena.ArenaNotes;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.notes.NoteQueries;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.Viewers;

/** Notes in API v1: the public ones for anonymous clients, every note for signed-in ones. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notes", description = "Notes from the arenas: what was learned at a meeting, and who should know")
class NoteApiController {

    private final NoteQueries notes;
    private final ArenaQueries arenas;

    NoteApiController(NoteQueries notes, ArenaQueries arenas) {
        this.notes = notes;
        this.arenas = arenas;
    }

    @GetMapping("/arenas/{id}/notes")
    @Operation(summary = "An arena's notes, newest meeting first (public ones only without login)")
    List<ArenaNotes.Entry> ofArena(@PathVariable long id, Authentication user) {
        arenas.find(id).orElseThrow(() -> new NotFoundException("arena", id));
        return notes.of(id, Viewers.isInternal(user));
    }

    @GetMapping("/notes/{id}")
    @Operation(summary = "A note: attendees (officials by role for the public), what was discussed, brought and learned, "
            + "and for signed-in clients who should know")
    NoteQueries.NoteView note(@PathVariable long id, Authentication user) {
        return notes.view(id, Viewers.isInternal(user)).orElseThrow(() -> new NotFoundException("note", id));
    }
}
