package se.arenaregister.demo;

import static se.arenaregister.demo.DemoFiles.attempt;
import static se.arenaregister.demo.DemoLookup.PATH_SEPARATOR;
import static se.arenaregister.demo.DemoLookup.ids;
import static se.arenaregister.demo.DemoLookup.nonNull;
import static se.arenaregister.demo.DemoLookup.one;
import static se.arenaregister.demo.DemoLookup.require;
import static se.arenaregister.demo.DemoLookup.unknown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.demo.DemoFiles.InvalidDemoEntry;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.Topic;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.DecisionForm;
import se.arenaregister.governance.Decisions;
import se.arenaregister.governance.Term;
import se.arenaregister.governance.Terms;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;

/**
 * Loads {@code demo/people.yml} after the demo register: the committee, its terms and decisions, the
 * companies and their bodies, and invented people with their appointments. Runs once, when the register
 * has arenas but no people and no committee yet, in one transaction through the same services as the
 * pages: a bad entry stops the load with the entry's name and the rule it breaks, and nothing is stored.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class PeopleDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PeopleDemoLoader.class);
    static final String RESOURCE = "demo/people.yml";

    private final Decisions decisions;
    private final Terms terms;
    private final CatalogService catalogService;
    private final Catalog catalog;
    private final DemoLookup lookup;
    private final ArenaService arenas;
    private final ArenaQueries arenaQueries;
    private final People people;
    private final Appointments appointments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PeopleDemoLoader(Decisions decisions, Terms terms, CatalogService catalogService, Catalog catalog, DemoLookup lookup,
                     ArenaService arenas, ArenaQueries arenaQueries, People people, Appointments appointments, JdbcClient jdbc,
                     TransactionTemplate transaction) {
        this.decisions = decisions;
        this.terms = terms;
        this.catalogService = catalogService;
        this.catalog = catalog;
        this.lookup = lookup;
        this.arenas = arenas;
        this.arenaQueries = arenaQueries;
        this.people = people;
        this.appointments = appointments;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** What was loaded, for the log. */
    record Loaded(int terms, int decisions, int companies, int arenas, int people, int appointments) {
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean due = jdbc.sql("""
                SELECT NOT EXISTS (SELECT 1 FROM person_overview) AND NOT EXISTS (SELECT 1 FROM committee_overview)
                   AND EXISTS (SELECT 1 FROM arena_overview)""").query(Boolean.class).single();
        if (!due) {
            return;
        }
        DemoPeople demo = read();
        Loaded loaded = transaction.execute(status -> load(demo));
        log.info("Loaded demo people: committee {}, {} terms, {} decisions, {} companies, {} company bodies, {} people, {} appointments",
                demo.committee().shortName(), loaded.terms(), loaded.decisions(), loaded.companies(), loaded.arenas(),
                loaded.people(), loaded.appointments());
    }

    static DemoPeople read() {
        return DemoFiles.read(RESOURCE, DemoPeople.class);
    }

    private Loaded load(DemoPeople demo) {
        if (demo.committee() == null) {
            throw new InvalidDemoEntry(RESOURCE + " names no committee");
        }
        Committee committee = attempt("Demo committee '" + demo.committee().shortName() + "'",
                () -> decisions.createCommittee(demo.committee().name(), demo.committee().shortName()));
        Map<String, Long> committeeIds = Map.of(committee.shortName(), committee.id());

        Map<String, Term> termsByName = new HashMap<>();
        for (DemoPeople.TermEntry t : nonNull(demo.terms())) {
            termsByName.put(t.name(), attempt("Demo term '" + t.name() + "'", () -> terms.create(t.name(), t.startDate(), t.endDate())));
        }

        Map<String, Long> decisionIds = new HashMap<>();
        for (DemoPeople.DecisionEntry d : nonNull(demo.decisions())) {
            decisionIds.put(d.reference(), attempt("Demo decision '" + d.reference() + "'", () -> decisions.create(
                    new DecisionForm(committee.id(), d.reference(), d.decidedOn(), d.title(), d.paragraph(), d.description(), null))).id());
        }

        for (DemoPeople.SubAreaEntry s : nonNull(demo.subAreas())) {
            String what = "Demo sub-area '" + s.area() + PATH_SEPARATOR + s.name() + "'";
            long parent = lookup.topLevelAreaId(s.area(), what);
            attempt(what, () -> catalogService.createArea(new AreaForm(s.name(), parent, s.description(), null, null)));
        }

        for (DemoPeople.CompanyEntry c : nonNull(demo.companies())) {
            attempt("Demo company '" + c.name() + "'", () -> ownCompany(c));
        }

        Map<String, List<Long>> arenaIds = new HashMap<>();
        for (ArenaRow row : arenaQueries.list(ArenaFilter.none())) {
            arenaIds.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row.id());
        }
        for (DemoRegister.ArenaEntry a : nonNull(demo.arenas())) {
            long id = attempt("Demo arena '" + a.name() + "'", () -> arenas.create(arenaForm(a)));
            arenaIds.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(id);
        }

        int appointed = 0;
        for (DemoPeople.PersonEntry p : nonNull(demo.people())) {
            appointed += createPerson(p, committeeIds, termsByName, decisionIds, arenaIds);
        }
        return new Loaded(termsByName.size(), decisionIds.size(), nonNull(demo.companies()).size(), nonNull(demo.arenas()).size(),
                nonNull(demo.people()).size(), appointed);
    }

    /** Makes an existing organisation a company with the share (same version, so an edit in between is refused), or creates it. */
    private Organisation ownCompany(DemoPeople.CompanyEntry c) {
        return catalog.findOrganisationByName(c.name())
                .map(existing -> {
                    OrganisationForm current = OrganisationForm.of(catalogService.organisation(existing.id()));
                    return catalogService.updateOrganisation(existing.id(), new OrganisationForm(current.name(),
                            c.shortName() != null ? c.shortName() : current.shortName(), OrganisationKind.COMPANY,
                            c.website() != null ? c.website() : current.website(),
                            c.description() != null ? c.description() : current.description(),
                            c.ownershipShare(), current.version()));
                })
                .orElseGet(() -> catalogService.createOrganisation(new OrganisationForm(c.name(), c.shortName(), OrganisationKind.COMPANY,
                        c.website(), c.description(), c.ownershipShare(), null)));
    }

    private ArenaForm arenaForm(DemoRegister.ArenaEntry a) {
        String what = "Demo arena '" + a.name() + "'";
        long areaId = lookup.topLevelAreaId(a.area(), what);
        Long subAreaId = a.subArea() == null ? null : lookup.subAreaId(areaId, a.area(), a.subArea(), what);
        Function<String, Long> organisation = name -> catalog.findOrganisationByName(name).map(Organisation::id)
                .orElseThrow(() -> unknown(what, "organisation", name));
        return DemoLookup.arenaForm(a, areaId, subAreaId, name -> lookup.areaOrSubAreaId(name, what), organisation,
                name -> catalog.findTopicByName(name).map(Topic::id).orElseThrow(() -> unknown(what, "topic", name)));
    }

    private int createPerson(DemoPeople.PersonEntry p, Map<String, Long> committeeIds, Map<String, Term> termsByName,
                             Map<String, Long> decisionIds, Map<String, List<Long>> arenaIds) {
        String what = "Demo person '" + p.name() + "'";
        if (!Boolean.TRUE.equals(p.example())) {
            // Demo people are invented; the flag is what tells a reader (and an export) so.
            throw new InvalidDemoEntry(what + " must be marked example: true");
        }
        Long areaId = p.area() == null ? null : lookup.areaOrSubAreaId(p.area(), what);
        Set<Long> committees = ids(p.committees(), shortName -> require(committeeIds, shortName, what, "committee"));
        if (p.email() != null && !p.email().endsWith("@example.org")) {
            throw new InvalidDemoEntry(what + " must have an address at example.org, if any");
        }
        long personId = attempt(what, () -> people.create(new PersonForm(p.name(), p.kind(), p.party(), p.title(), areaId, p.email(), null,
                committees, true, null)));
        int count = 0;
        for (DemoPeople.AppointmentEntry a : nonNull(p.appointments())) {
            String appointment = what + ", appointment to '" + a.arena() + "' as " + a.role();
            Term term = a.term() == null ? null : require(termsByName, a.term(), appointment, "term");
            Long decisionId = a.decision() == null ? null : require(decisionIds, a.decision(), appointment, "decision");
            LocalDate start = a.from() != null ? a.from() : term == null ? null : term.startDate();
            LocalDate end = a.to() != null ? a.to() : term == null ? null : term.endDate();
            if (start == null) {
                throw new InvalidDemoEntry(appointment + " needs a start date (from) or a term");
            }
            long arenaId = one(arenaIds, a.arena(), appointment, "arena", "arenas");
            attempt(appointment, () -> appointments.appoint(new AppointmentForm(personId, arenaId, a.role(), start, end, decisionId,
                    term == null ? null : term.id(), a.note(), null)));
            count++;
        }
        return count;
    }
}
