package se.arenaregister.demo;

import static se.arenaregister.demo.DemoFiles.attempt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import se.arenaregister.catalog.Area;
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
    /** How an area path is written: "Hållbar tillväxt › Infrastruktur". */
    private static final String PATH_SEPARATOR = " › ";

    private final Decisions decisions;
    private final Terms terms;
    private final CatalogService catalogService;
    private final Catalog catalog;
    private final ArenaService arenas;
    private final ArenaQueries arenaQueries;
    private final People people;
    private final Appointments appointments;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PeopleDemoLoader(Decisions decisions, Terms terms, CatalogService catalogService, Catalog catalog, ArenaService arenas, ArenaQueries arenaQueries,
                     People people, Appointments appointments, JdbcClient jdbc, TransactionTemplate transaction) {
        this.decisions = decisions;
        this.terms = terms;
        this.catalogService = catalogService;
        this.catalog = catalog;
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
            long parent = catalog.findTopLevelArea(nonNullName(s.area(), what)).map(Area::id)
                    .orElseThrow(() -> new InvalidDemoEntry(what + " refers to unknown area '" + s.area() + "'"));
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
        long areaId = catalog.findTopLevelArea(nonNullName(a.area(), what)).map(Area::id)
                .orElseThrow(() -> unknown(what, "area", a.area()));
        Long subAreaId = a.subArea() == null ? null : catalog.findSubArea(areaId, a.subArea()).map(Area::id)
                .orElseThrow(() -> unknown(what, "sub-area", a.area() + PATH_SEPARATOR + a.subArea()));
        Function<String, Long> organisation = name -> catalog.findOrganisationByName(name).map(Organisation::id)
                .orElseThrow(() -> unknown(what, "organisation", name));
        return ArenaForm.builder()
                .name(a.name())
                .shortName(a.shortName())
                .areaId(areaId)
                .subAreaId(subAreaId)
                .secondaryAreaIds(ids(a.secondaryAreas(), name -> areaId(name, what)))
                .types(set(a.types()))
                .levels(set(a.levels()))
                .scope(a.scope())
                .convenerId(a.convener() == null ? null : organisation.apply(a.convener()))
                .ledByHome(a.ledByHome())
                .memberIds(ids(a.members(), organisation))
                .purpose(a.purpose())
                .otherInfo(a.otherInfo())
                .topicIds(ids(a.topics(),
                        name -> catalog.findTopicByName(name).map(Topic::id).orElseThrow(() -> unknown(what, "topic", name))))
                .status(a.status())
                .startDate(a.startDate())
                .endDate(a.endDate())
                .website(a.website())
                .meetingsPerYear(a.meetingsPerYear())
                .hoursPerMeeting(a.hoursPerMeeting())
                .responsibleOfficial(a.responsibleOfficial())
                .kind(a.kind())
                .companyId(a.company() == null ? null : organisation.apply(a.company()))
                .preparationFactor(a.preparationFactor())
                .requiresElected(a.requiresElected())
                .nextMeetingOn(a.nextMeetingOn())
                .build();
    }

    private int createPerson(DemoPeople.PersonEntry p, Map<String, Long> committeeIds, Map<String, Term> termsByName,
                             Map<String, Long> decisionIds, Map<String, List<Long>> arenaIds) {
        String what = "Demo person '" + p.name() + "'";
        if (!Boolean.TRUE.equals(p.example())) {
            // Demo people are invented; the flag is what tells a reader (and an export) so.
            throw new InvalidDemoEntry(what + " must be marked example: true");
        }
        Long areaId = p.area() == null ? null : areaId(p.area(), what);
        Set<Long> committees = ids(p.committees(), shortName -> require(committeeIds, shortName, what, "committee"));
        long personId = attempt(what, () -> people.create(new PersonForm(p.name(), p.kind(), p.party(), p.title(), areaId, null, null,
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
            long arenaId = arenaId(arenaIds, a.arena(), appointment);
            attempt(appointment, () -> appointments.appoint(new AppointmentForm(personId, arenaId, a.role(), start, end, decisionId,
                    term == null ? null : term.id(), a.note(), null)));
            count++;
        }
        return count;
    }

    private static long arenaId(Map<String, List<Long>> arenaIds, String name, String what) {
        List<Long> ids = arenaIds.getOrDefault(name, List.of());
        if (ids.isEmpty()) {
            throw unknown(what, "arena", name);
        }
        if (ids.size() > 1) {
            throw new InvalidDemoEntry(what + " refers to arena '" + name + "', which names " + ids.size() + " arenas");
        }
        return ids.get(0);
    }

    /** "Område", "Område › Sakområde", or a sakområde's name when only one area has it. */
    private long areaId(String path, String what) {
        int separator = path.indexOf(PATH_SEPARATOR);
        if (separator >= 0) {
            String areaName = path.substring(0, separator).strip();
            String subAreaName = path.substring(separator + PATH_SEPARATOR.length()).strip();
            return catalog.findTopLevelArea(areaName)
                    .flatMap(area -> catalog.findSubArea(area.id(), subAreaName))
                    .map(Area::id).orElseThrow(() -> unknown(what, "area", path));
        }
        return catalog.findTopLevelArea(path).map(Area::id).orElseGet(() -> {
            List<Area> named = catalog.areas().stream().filter(a -> a.isSubArea() && a.name().equalsIgnoreCase(path.strip())).toList();
            if (named.size() != 1) {
                throw named.isEmpty() ? unknown(what, "area", path)
                        : new InvalidDemoEntry(what + " refers to sub-area '" + path + "', which several areas have");
            }
            return named.get(0).id();
        });
    }

    private static <T> T require(Map<String, T> values, String name, String what, String kind) {
        T value = values.get(name);
        if (value == null) {
            throw unknown(what, kind, name);
        }
        return value;
    }

    private static InvalidDemoEntry unknown(String what, String kind, String name) {
        return new InvalidDemoEntry(what + " refers to unknown " + kind + " '" + name + "'");
    }

    private static String nonNullName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new InvalidDemoEntry(what + " names no area");
        }
        return name;
    }

    private static Set<Long> ids(List<String> names, Function<String, Long> resolve) {
        Set<Long> ids = new LinkedHashSet<>();
        nonNull(names).forEach(name -> ids.add(resolve.apply(name)));
        return ids;
    }

    private static <T> Set<T> set(List<T> values) {
        return new LinkedHashSet<>(nonNull(values));
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }
}
