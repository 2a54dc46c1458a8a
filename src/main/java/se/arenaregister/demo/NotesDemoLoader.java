package se.arenaregister.demo;

import static se.arenaregister.demo.DemoFiles.attempt;
import static se.arenaregister.demo.DemoLookup.nonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.demo.DemoFiles.InvalidDemoEntry;
import se.arenaregister.notes.NoteForm;
import se.arenaregister.notes.Notes;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.PersonQueries.PersonRow;

/**
 * Loads {@code demo/notes.yml} after the other demo data: a few notes from the memo's arenas, through the notes
 * service, in one transaction (a bad entry stops the load with its name, and nothing is stored). Runs once, when there
 * are no notes yet and the demo people exist.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class NotesDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NotesDemoLoader.class);
    static final String RESOURCE = "demo/notes.yml";

    private final Notes notes;
    private final ArenaQueries arenas;
    private final PersonQueries people;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotesDemoLoader(Notes notes, ArenaQueries arenas, PersonQueries people, Catalog catalog, JdbcClient jdbc,
                    TransactionTemplate transaction, Clock clock) {
        this.notes = notes;
        this.arenas = arenas;
        this.people = people;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM note_overview)").query(Boolean.class).single()) {
            return;
        }
        DemoNotes demo = DemoFiles.read(RESOURCE, DemoNotes.class);
        Map<String, Long> personIds = new HashMap<>();
        for (PersonRow row : people.people(LocalDate.now(clock), true)) {
            personIds.putIfAbsent(row.name(), row.id());
        }
        if (nonNull(demo.notes()).stream().flatMap(n -> nonNull(n.attendees()).stream()).anyMatch(name -> !personIds.containsKey(name))) {
            // Without the demo people nobody attended: no notes.
            log.info("Demo notes not loaded: the demo people do not exist");
            return;
        }
        Integer loaded = transaction.execute(status -> load(demo, personIds));
        log.info("Loaded {} demo notes", loaded);
    }

    private int load(DemoNotes demo, Map<String, Long> personIds) {
        Map<String, Long> arenaIds = new HashMap<>();
        for (ArenaRow row : arenas.list(ArenaFilter.none())) {
            arenaIds.putIfAbsent(row.name(), row.id());
        }
        int loaded = 0;
        for (DemoNotes.NoteEntry n : nonNull(demo.notes())) {
            String what = "Demo note '" + n.arena() + " " + n.heldOn() + "'";
            Long arena = arenaIds.get(n.arena());
            if (arena == null) {
                throw new InvalidDemoEntry(what + ": no arena of that name");
            }
            NoteForm form = new NoteForm(n.heldOn(), ids(what, n.attendees(), personIds), n.otherAttendees(), n.discussed(),
                    n.brought(), n.learned(), ids(what, n.recipients(), personIds), areas(what, n.recipientAreas()), null);
            long id = attempt(what, () -> notes.create(arena, form));
            if (Boolean.TRUE.equals(n.isPublic())) {
                attempt(what, () -> {
                    notes.markPublic(id, notes.note(id).version());
                    return id;
                });
            }
            loaded++;
        }
        return loaded;
    }

    private static Set<Long> ids(String what, List<String> names, Map<String, Long> personIds) {
        Set<Long> ids = new TreeSet<>();
        for (String name : nonNull(names)) {
            Long id = personIds.get(name);
            if (id == null) {
                throw new InvalidDemoEntry(what + ": no person named " + name);
            }
            ids.add(id);
        }
        return ids;
    }

    /** Areas as "Område" or "Område › Sakområde". */
    private Set<Long> areas(String what, List<String> names) {
        Set<Long> ids = new TreeSet<>();
        for (String name : nonNull(names)) {
            String[] parts = name.split(" › ", 2);
            Area top = catalog.findTopLevelArea(parts[0]).orElseThrow(() -> new InvalidDemoEntry(what + ": no area named " + parts[0]));
            Area area = parts.length == 1 ? top : catalog.findSubArea(top.id(), parts[1])
                    .orElseThrow(() -> new InvalidDemoEntry(what + ": no sub-area named " + name));
            ids.add(area.id());
        }
        return ids;
    }
}
