package se.arenaregister.followup.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.shared.Listed;
import se.arenaregister.shared.UntilRegisterChanges;

/**
 * The dashboard's sections, each its first {@code first} rows with the count of all: what is overdue and what is coming
 * in the next {@code comingDays}, arenas never assessed, ends to confirm, arenas under consideration, arenas without a
 * report-back in 12 months. Seven statements over the whole register (at 100,000 arenas about half a second), kept until
 * the register changes, per day and per whose items are shown ({@code mine}: the person and the names).
 */
@Component
public class Dashboards {

    /** What the dashboard shows. */
    public record Sections(Listed<AgendaItem> overdue, Listed<AgendaItem> coming, Listed<AgendaQueries.ArenaRef> neverAssessed,
                           Listed<ArenaRow> endsToConfirm, Listed<ArenaRow> considered, Listed<AgendaQueries.ArenaRef> silent) {
    }

    /** Whose dashboard, on which day: everyone's ({@code mine} false) or one user's items. */
    public record Request(LocalDate today, boolean mine, Long me, List<String> names, LocalDate beginning, int comingDays,
                          int endWithinDays, int first) {
    }

    private final AgendaQueries agenda;
    private final ArenaQueries arenas;
    private final UntilRegisterChanges.Kept<Request, Sections> kept;

    Dashboards(AgendaQueries agenda, ArenaQueries arenas, UntilRegisterChanges changes) {
        this.agenda = agenda;
        this.arenas = arenas;
        this.kept = changes.keep("followup.dashboard", 256);
    }

    public Sections of(Request request) {
        return kept.get(request, this::compute);
    }

    private Sections compute(Request r) {
        return new Sections(
                agenda.first(r.beginning(), r.today().minusDays(1), r.today(), true, r.mine(), r.me(), r.names(), r.first()),
                agenda.first(r.today(), r.today().plusDays(r.comingDays()), r.today(), false, r.mine(), r.me(), r.names(), r.first()),
                agenda.neverAssessed(r.first()),
                arenas.endsToConfirm(r.endWithinDays(), r.first()),
                arenas.awaitingDecision(r.first()),
                agenda.withoutReportBackSince(r.today().minusMonths(12), r.today(), r.first()));
    }
}
