package se.arenaregister.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.document.Document;
import se.arenaregister.document.DocumentKind;
import se.arenaregister.document.DocumentUpload;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.document.SampleFiles;
import se.arenaregister.search.Search;
import se.arenaregister.search.SearchResults;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/**
 * A note's documents (the minutes, a position paper brought there) are as public as the note, are found by search as the
 * note is, and go with the note when it is deleted; what was learned in an arena is found by search by the signed-in,
 * and by everyone once the note is public.
 */
@IntegrationTest
@WithMockUser(username = "samordnare", roles = "COORDINATOR")
class NoteDocumentsAndSearchTest {

    @Autowired
    Notes notes;
    @Autowired
    Documents documents;
    @Autowired
    Search search;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @Test
    void aNotesDocumentIsAsPublicAsTheNoteAndFoundAsItIs() throws Exception {
        long arena = fixtures.arena("Arenan med protokollet", false, null, null, null);
        long note = notes.create(arena, new NoteForm(LocalDate.now(clock).minusDays(2), Set.of(), "Strateg",
                "Kvarnstensfrågan i stråket", null, "Kvarnstensutredningen blir klar i vår", Set.of(), Set.of(), null));
        Document minutes = documents.upload(OwnerKind.NOTE, note, new DocumentUpload("Minnesanteckningar pärlugglemötet",
                DocumentKind.MINUTES, true), "minnesanteckningar.pdf", SampleFiles.pdf());

        mvc.perform(get("/documents/" + minutes.id() + "/content")).andExpect(status().isNotFound());
        mvc.perform(get("/notes/" + note)).andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + minutes.id() + "/content").with(user("läsare").roles("READER"))).andExpect(status().isOk());
        assertThat(found("kvarnstensutredningen", "note", true)).anyMatch(t -> t.startsWith("Arenan med protokollet"));
        assertThat(found("kvarnstensutredningen", "note", false)).noneMatch(t -> t.startsWith("Arenan med protokollet"));
        assertThat(found("pärlugglemötet", "document", true)).anyMatch(t -> t.startsWith("Minnesanteckningar pärlugglemötet"));
        assertThat(found("pärlugglemötet", "document", false)).noneMatch(t -> t.startsWith("Minnesanteckningar pärlugglemötet"));

        notes.markPublic(note, notes.note(note).version());

        mvc.perform(get("/documents/" + minutes.id() + "/content")).andExpect(status().isOk());
        assertThat(found("kvarnstensutredningen", "note", false)).anyMatch(t -> t.startsWith("Arenan med protokollet"));
        assertThat(found("pärlugglemötet", "document", false)).anyMatch(t -> t.startsWith("Minnesanteckningar pärlugglemötet"));
    }

    @Test
    void aDeletedNoteTakesItsDocumentsWithIt() {
        long arena = fixtures.arena("Arenan med det strukna mötet", false, null, null, null);
        long note = notes.create(arena, new NoteForm(LocalDate.now(clock).minusDays(1), Set.of(), "Strateg", "Ett möte", null, null,
                Set.of(), Set.of(), null));
        Document paper = documents.upload(OwnerKind.NOTE, note, new DocumentUpload("Positionspapper", DocumentKind.POSITION_PAPER, false),
                "position.pdf", SampleFiles.pdf());

        notes.delete(note, notes.note(note).version());

        assertThatThrownBy(() -> documents.document(paper.id())).isInstanceOf(NotFoundException.class);
        assertThat(found("Positionspapper", "document", true)).noneMatch(t -> t.startsWith("Positionspapper"));
    }

    private List<String> found(String q, String kind, boolean internal) {
        return titles(search.search(q, kind, 0, Search.MAX_PER_KIND, internal), kind);
    }

    private static List<String> titles(SearchResults results, String kind) {
        return results.groups().stream().filter(g -> g.kind().equals(kind)).flatMap(g -> g.hits().stream())
                .map(SearchResults.Hit::titleText).toList();
    }
}
