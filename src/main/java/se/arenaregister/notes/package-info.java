/**
 * Notes from the arenas (anteckningar): what happened at a meeting held in an arena, who attended for us, what was
 * discussed, what we brought, what was learned, and who should know (people, areas). Its API is this package:
 * {@link se.arenaregister.notes.Notes} with {@link se.arenaregister.notes.NoteForm}, the audited way to record,
 * change, delete and publish notes; {@link se.arenaregister.notes.Note}; {@link se.arenaregister.notes.NoteQueries}
 * (an arena's notes, a note as the viewer may see it, the notes addressed to a person) and the event
 * {@link se.arenaregister.notes.NoteShared}, published when a save adds recipients. Implements the arena page's
 * {@link se.arenaregister.arena.ArenaNotes} and, for a note's documents (minutes, a position paper brought there), the
 * document module's {@link se.arenaregister.document.AttachmentOwner}: a note's documents are as public as the note,
 * and go with it when it is deleted. Uses arena (the arena and who may edit it), audit, document, person, security
 * (who the user is, the area tree to choose from) and shared; in SQL it reads the published views of arena, catalog (areas)
 * and person.
 * Publishes {@code note_overview} and {@code note_recipient_overview}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notes",
        allowedDependencies = {"arena", "audit", "document", "person", "security", "shared"})
package se.arenaregister.notes;
