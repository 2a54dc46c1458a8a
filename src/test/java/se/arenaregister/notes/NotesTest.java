package se.arenaregister.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/**
 * The notes service: who records, changes, deletes and publishes a note, what the public sees of it, whom it reaches
 * (by name, through an area and its sub-areas), the event with only the recipients a save added, and a stale edit.
 */
@IntegrationTest
@RecordApplicationEvents
class NotesTest {

    @Autowired
    Notes notes;
    @Autowired
    NoteQueries queries;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    People people;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    long arena;
    long testArea;
    long testSubArea;
    long official;
    long elected;
    LocalDate today;

    @BeforeEach
    void anArenaOfTheTestArea() {
        arena = fixtures.arena("Antecknad arena", false, null, null, null);
        testSubArea = Register.testSubArea(catalog, areas);
        testArea = Register.areaId(areas, Register.TEST_AREA);
        official = fixtures.official("Antecknande tjänsteperson");
        elected = fixtures.elected("Antecknande ledamot", "C");
        today = LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anyoneSignedInRecordsANoteWhichStartsInternalAndTheAnonymousRecordNothing() {
        as("lasare", "ROLE_READER");
        long id = notes.create(arena, form(Set.of(official), Set.of(), Set.of()));
        Note note = notes.note(id);
        assertThat(note.createdBy()).isEqualTo("lasare");
        assertThat(note.publicNote()).isFalse();
        assertThat(queries.view(id, false)).as("an internal note is not the public's").isEmpty();
        assertThat(queries.of(arena, false)).isEmpty();
        assertThat(queries.of(arena, true)).extracting(e -> e.id()).containsExactly(id);

        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> notes.create(arena, form(Set.of(official), Set.of(), Set.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAuthorACoordinatorOrAnEditorOfTheArenasAreaChangesANoteAndNoOneElse() {
        as("forfattare", "ROLE_READER");
        long id = notes.create(arena, form(Set.of(official), Set.of(), Set.of()));
        notes.update(id, edited(id, "Författaren ändrar"));

        as("annan", "ROLE_READER");
        assertThatThrownBy(() -> notes.update(id, edited(id, "Någon annan"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(id, notes.note(id).version())).isInstanceOf(AccessDeniedException.class);
        long otherArea = Register.areaId(areas, "Kultur och bildning");
        as("annanredaktor", "ROLE_AREA_EDITOR", Permissions.AREA_PREFIX + otherArea);
        assertThatThrownBy(() -> notes.update(id, edited(id, "Fel område"))).isInstanceOf(AccessDeniedException.class);

        as("redaktor", "ROLE_AREA_EDITOR", Permissions.AREA_PREFIX + testArea);
        notes.update(id, edited(id, "Områdesredaktören ändrar"));
        as("samordnare", "ROLE_COORDINATOR");
        notes.update(id, edited(id, "Samordnaren ändrar"));
        assertThat(notes.note(id).learned()).isEqualTo("Samordnaren ändrar");
        assertThat(notes.note(id).createdBy()).as("the author stays").isEqualTo("forfattare");

        as("forfattare", "ROLE_READER");
        notes.delete(id, notes.note(id).version());
        assertThat(queries.view(id, true)).isEmpty();
    }

    @Test
    void onlyAnEditorOfTheArenasAreaOrACoordinatorMakesANotePublicAndThePublicSeesOfficialsByRole() {
        as("forfattare2", "ROLE_READER");
        long id = notes.create(arena, form(Set.of(official, elected), Set.of(official), Set.of()));
        assertThatThrownBy(() -> notes.markPublic(id, notes.note(id).version())).as("the author is no area editor")
                .isInstanceOf(AccessDeniedException.class);
        as("annanredaktor2", "ROLE_AREA_EDITOR", Permissions.AREA_PREFIX + Register.areaId(areas, "Kultur och bildning"));
        assertThatThrownBy(() -> notes.markPublic(id, notes.note(id).version())).isInstanceOf(AccessDeniedException.class);

        as("redaktor2", "ROLE_AREA_EDITOR", Permissions.AREA_PREFIX + testArea);
        notes.markPublic(id, notes.note(id).version());
        NoteQueries.NoteView seen = queries.view(id, false).orElseThrow();
        String officialName = people.formFor(official).name();
        String electedName = people.formFor(elected).name();
        assertThat(seen.attendees()).extracting(NoteQueries.Named::name).containsExactlyInAnyOrder(electedName, "Strateg")
                .doesNotContain(officialName);
        assertThat(seen.recipientPeople()).as("who should know is internal").isEmpty();
        assertThat(seen.createdBy()).isNull();
        assertThat(seen.otherAttendees()).isNull();
        assertThat(queries.view(id, true).orElseThrow().attendees()).extracting(NoteQueries.Named::name).contains(officialName);
        assertThat(queries.of(arena, false)).extracting(e -> e.id()).containsExactly(id);

        as("samordnare2", "ROLE_COORDINATOR");
        notes.markInternal(id, notes.note(id).version());
        assertThat(queries.view(id, false)).isEmpty();
    }

    @Test
    void aSaveTellsOnlyTheRecipientsItAdded() {
        as("delare", "ROLE_READER");
        long id = notes.create(arena, form(Set.of(official), Set.of(official), Set.of()));
        assertThat(events.stream(NoteShared.class).filter(e -> e.noteId() == id))
                .containsExactly(new NoteShared(id, arena, today.minusDays(1), Set.of(official), Set.of()));

        NoteForm more = withRecipients(id, Set.of(official, elected), Set.of(testSubArea));
        notes.update(id, more);
        assertThat(events.stream(NoteShared.class).filter(e -> e.noteId() == id)).hasSize(2).last()
                .isEqualTo(new NoteShared(id, arena, today.minusDays(1), Set.of(elected), Set.of(testSubArea)));

        notes.update(id, withRecipients(id, Set.of(elected), Set.of(testSubArea)));
        assertThat(events.stream(NoteShared.class).filter(e -> e.noteId() == id)).as("a save that removes adds no one").hasSize(2);
    }

    @Test
    void aStaleEditIsRefusedAndBadInputNamesItsFields() {
        as("skrivare", "ROLE_READER");
        long id = notes.create(arena, form(Set.of(official), Set.of(), Set.of()));
        NoteForm stale = edited(id, "Första");
        notes.update(id, edited(id, "Andra"));
        assertThatThrownBy(() -> notes.update(id, stale)).isInstanceOf(EditConflictException.class);
        assertThat(notes.note(id).learned()).isEqualTo("Andra");

        NoteForm bad = new NoteForm(today.plusDays(1), Set.of(), " ", " ", "", "", Set.of(-5L), Set.of(-6L), null);
        assertThatThrownBy(() -> notes.create(arena, bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.rejections()).extracting(InvalidInputException.Rejection::field, InvalidInputException.Rejection::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("heldOn", "note.heldOn.future"),
                                org.assertj.core.groups.Tuple.tuple("attendeePersonIds", "note.attendees.required"),
                                org.assertj.core.groups.Tuple.tuple("learned", "note.learned.required"),
                                org.assertj.core.groups.Tuple.tuple("recipientPersonIds", "note.person.unknown"),
                                org.assertj.core.groups.Tuple.tuple("recipientAreaIds", "note.area.unknown")));
        assertThat(queries.of(arena, true)).as("nothing half-stored").hasSize(1);
    }

    @Test
    void aNoteReachesThoseNamedAndEveryoneOfAnAreaWithItsSubAreas() {
        long ofTheSubArea = people.create(new PersonForm(PeopleFixtures.unique("Områdets tjänsteperson"), PersonKind.OFFICIAL, null,
                "Utvecklare", testSubArea, null, null, Set.of(), true, null));
        long outsider = fixtures.official("Utomstående");
        long editor = fixtures.official("Redaktör utan område");
        as("mottagare", "ROLE_READER");
        long direct = notes.create(arena, form(Set.of(official), Set.of(elected), Set.of()));
        long toArea = notes.create(arena, form(Set.of(official), Set.of(), Set.of(testArea)));

        assertThat(queries.addressedTo(elected, List.of(), today, 20)).extracting(NoteQueries.AddressedNote::id,
                NoteQueries.AddressedNote::direct).containsExactly(org.assertj.core.groups.Tuple.tuple(direct, true));
        assertThat(queries.addressedTo(ofTheSubArea, List.of(), today, 20)).as("the area's note reaches its sub-area")
                .extracting(NoteQueries.AddressedNote::id, NoteQueries.AddressedNote::viaArea)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(toArea, Register.TEST_AREA));
        assertThat(queries.addressedTo(outsider, List.of(), today, 20)).isEmpty();
        assertThat(queries.addressedTo(editor, List.of(testSubArea), today, 20)).as("through the areas the account edits")
                .extracting(NoteQueries.AddressedNote::id).containsExactly(toArea);
    }

    private NoteForm form(Set<Long> attendees, Set<Long> recipients, Set<Long> recipientAreas) {
        return new NoteForm(today.minusDays(1), attendees, "", "Vad som diskuterades", "Vår ståndpunkt", "Vad vi lärde oss",
                recipients, recipientAreas, null);
    }

    private NoteForm edited(long id, String learned) {
        NoteForm stored = notes.formFor(id);
        return new NoteForm(stored.heldOn(), stored.attendeePersonIds(), stored.otherAttendees(), stored.discussed(), stored.brought(),
                learned, stored.recipientPersonIds(), stored.recipientAreaIds(), stored.version());
    }

    private NoteForm withRecipients(long id, Set<Long> people, Set<Long> areas) {
        NoteForm stored = notes.formFor(id);
        return new NoteForm(stored.heldOn(), stored.attendeePersonIds(), stored.otherAttendees(), stored.discussed(), stored.brought(),
                stored.learned(), people, areas, stored.version());
    }

    private static void as(String username, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(authorities)));
    }
}
