package se.arenaregister.arena.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.arena.ArenaCursor;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaFollowUp;
import se.arenaregister.arena.ArenaNotes;
import se.arenaregister.arena.ArenaPage;
import se.arenaregister.arena.internal.ArenaGroups;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRelations;
import se.arenaregister.arena.ArenaSeats;
import se.arenaregister.arena.Conveners;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.governance.Agreements;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.Viewers;

/** The register's pages to read: the grouped list with filters and an arena's page. Its form is {@link ArenaEditController}. */
@Controller
class ArenaController {

    static final String LIST_VIEW = "arena/list";
    static final String DETAIL_VIEW = "arena/detail";
    /** Arenas shown of each group on the unfiltered register, and about how many in all before "next page". */
    static final int PER_GROUP = 20;
    static final int OVERVIEW_BUDGET = 120;
    /** Arenas on a page of a filtered register. */
    static final int PAGE_SIZE = 100;

    private final ArenaQueries queries;
    private final RegisterPages pages;
    private final ArenaFormOptions options;
    private final AuditLog auditLog;

    private final ObjectProvider<ArenaSeats> seats;
    private final ObjectProvider<ArenaFollowUp> followUp;
    private final ObjectProvider<ArenaNotes> notes;
    private final ObjectProvider<Documents> documents;
    private final ObjectProvider<Agreements> agreements;
    private final Clock clock;
    private final ArenaRelations relations;
    private final Conveners conveners;

    ArenaController(ArenaQueries queries, RegisterPages pages, ArenaFormOptions options, AuditLog auditLog,
                    ObjectProvider<ArenaSeats> seats, ObjectProvider<ArenaFollowUp> followUp, ObjectProvider<ArenaNotes> notes,
                    ObjectProvider<Documents> documents, ObjectProvider<Agreements> agreements, Clock clock, ArenaRelations relations,
                    Conveners conveners) {
        this.conveners = conveners;
        this.documents = documents;
        this.agreements = agreements;
        this.relations = relations;
        this.followUp = followUp;
        this.notes = notes;
        this.queries = queries;
        this.pages = pages;
        this.options = options;
        this.auditLog = auditLog;
        this.seats = seats;
        this.clock = clock;
    }

    /** Logged-in users start at the dashboard of what is due; everyone else at the register. */
    @GetMapping("/")
    String home(Authentication user) {
        return Viewers.isInternal(user) ? "redirect:/dashboard" : "redirect:/arenas";
    }

    /**
     * Unfiltered, the register in the memo's grouped format, a part at a time: every group with its count (the
     * contents), and from the cursor's group on, whole groups with their first {@link #PER_GROUP} arenas each, until
     * about {@link #OVERVIEW_BUDGET} are shown; a group with more links to all of it. Filtered, the matching arenas in
     * the same grouping, {@link #PAGE_SIZE} to a page, by keyset. A cursor this register did not give reads as none.
     */
    @GetMapping("/arenas")
    String list(@Valid @ModelAttribute("filter") ArenaFilter filter, BindingResult filterErrors,
                @RequestParam(required = false) String cursor, @RequestParam(required = false) String convenerName, Model model) {
        if (filter != null && filter.hasUnknownVerdict()) {
            filterErrors.reject("typeMismatch.verdict");
        }
        boolean rejected = filterErrors.hasErrors() || filter == null;
        Conveners.Choice convener = rejected ? conveners.choose(null, null) : conveners.choose(filter.convener(), convenerName);
        ArenaFilter effective = rejected ? ArenaFilter.none() : filter.withConvener(convener.id());
        ArenaCursor from = cursor == null || cursor.isBlank() ? null : ArenaCursor.parse(cursor).orElse(null);
        boolean overview = effective.isEmpty();
        ArenaPage page = pages.of(effective, from, overview);
        model.addAttribute("activeFilter", effective);
        model.addAttribute("convener", convener);
        model.addAttribute("filterRejected", filterErrors.hasErrors() || from == null && cursor != null && !cursor.isBlank());
        model.addAttribute("groups", ArenaGroups.of(page.items(), page.groups()));
        model.addAttribute("overview", overview);
        model.addAttribute("contents", overview ? page.groups() : java.util.List.of());
        model.addAttribute("nextUrl", page.next() == null ? null : link(effective, page.next().token()));
        model.addAttribute("firstUrl", from == null ? null : link(effective, null));
        model.addAttribute("filterParams", effective.asQueryParameters());
        model.addAttribute("options", options.load(page.areas()));
        model.addAttribute("verdicts", ArenaFilter.VERDICTS);
        return LIST_VIEW;
    }

    /** The register with these filters, from the cursor on (or from the start). */
    private static String link(ArenaFilter filter, String cursor) {
        org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/arenas");
        filter.asQueryParameters().forEach(uri::queryParam);
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        }
        return uri.encode().build().toUriString();
    }

    @GetMapping("/arenas/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Model model, Authentication user) {
        model.addAttribute("arena", queries.find(id).orElseThrow(() -> new NotFoundException("arena", id)));
        model.addAttribute("relations", relations.of(id));
        boolean internal = Viewers.isInternal(user);
        if (internal) {
            model.addAttribute("history", auditLog.historyOf("arena", id));
        }
        seats.ifAvailable(s -> model.addAttribute("composition", s.on(id, date == null ? LocalDate.now(clock) : date, internal)));
        followUp.ifAvailable(f -> model.addAttribute("followUp", f.of(id, LocalDate.now(clock), internal)));
        notes.ifAvailable(n -> model.addAttribute("notes", n.of(id, internal)));
        agreements.ifAvailable(a -> model.addAttribute("agreements", a.concerningArena(id)));
        documents.ifAvailable(d -> model.addAttribute("documentSection", d.section(OwnerKind.ARENA, id)));
        return DETAIL_VIEW;
    }
}
