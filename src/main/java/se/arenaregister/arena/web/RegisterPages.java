package se.arenaregister.arena.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaCursor;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaPage;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * The register's pages as read (rows, counts, groups), kept until the register changes, per filter, cursor and day:
 * a signed-in user's register then costs its drawing, not its statements (the public's pages are kept whole, see
 * {@code PublicPageCache}). The rows are the same whoever looks (the list holds no officials' names); what the viewer
 * may do with them is asked while the page is drawn. At most {@link #KEPT} pages of about 120 rows each.
 */
@Component
class RegisterPages {

    static final int KEPT = 64;

    /** Which page: the unfiltered overview from a cursor, or a filtered page from the start or a cursor. */
    record Ask(ArenaFilter filter, ArenaCursor from, boolean overview, LocalDate today) {
    }

    private final ArenaQueries queries;
    private final Clock clock;
    private final UntilRegisterChanges.Kept<Ask, ArenaPage> kept;

    RegisterPages(ArenaQueries queries, Clock clock, UntilRegisterChanges changes) {
        this.queries = queries;
        this.clock = clock;
        this.kept = changes.keep("arena.register-pages", KEPT);
    }

    ArenaPage of(ArenaFilter filter, ArenaCursor from, boolean overview) {
        return kept.get(new Ask(overview ? ArenaFilter.none() : filter, from, overview, LocalDate.now(clock)), this::read);
    }

    private ArenaPage read(Ask ask) {
        if (ask.overview()) {
            return queries.overview(ask.from(), ArenaController.PER_GROUP, ArenaController.OVERVIEW_BUDGET);
        }
        return ask.from() == null ? queries.page(ask.filter(), 0, ArenaController.PAGE_SIZE)
                : queries.after(ask.filter(), ask.from(), ArenaController.PAGE_SIZE);
    }
}
