package se.arenaregister.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.governance.internal.CommitteeRepository;
import se.arenaregister.governance.DecisionForm;
import se.arenaregister.governance.Decisions;
import se.arenaregister.governance.Term;
import se.arenaregister.governance.internal.TermRepository;
import se.arenaregister.governance.Terms;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;

/** Builds people, arenas, terms and decisions of the tests' own, in the test area, with unique names. */
@Component
public class PeopleFixtures {

    private final ArenaService arenas;
    private final CatalogService catalog;
    private final AreaRepository areas;
    private final People people;
    private final Terms terms;
    private final TermRepository termRepository;
    private final Decisions decisions;
    private final CommitteeRepository committees;

    PeopleFixtures(ArenaService arenas, CatalogService catalog, AreaRepository areas, People people, Terms terms,
                   TermRepository termRepository, Decisions decisions, CommitteeRepository committees) {
        this.arenas = arenas;
        this.catalog = catalog;
        this.areas = areas;
        this.people = people;
        this.terms = terms;
        this.termRepository = termRepository;
        this.decisions = decisions;
        this.committees = committees;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An arena meeting {@code meetings} times a year for {@code hours} hours with the given factor. */
    public long arena(String name, boolean requiresElected, Integer meetings, String hours, String factor) {
        long subArea = Register.testSubArea(catalog, areas);
        long area = Register.areaId(areas, Register.TEST_AREA);
        return arenas.create(ArenaForm.builder()
                .name(unique(name))
                .areaId(area)
                .subAreaId(subArea)
                .types(Set.of(ArenaType.INFLUENCE))
                .levels(Set.of(Level.POLITICAL, Level.OFFICIAL))
                .purpose("Test")
                .meetingsPerYear(meetings)
                .hoursPerMeeting(hours == null ? null : new BigDecimal(hours))
                .preparationFactor(factor == null ? null : new BigDecimal(factor))
                .requiresElected(requiresElected)
                .build());
    }

    public long elected(String name, String party) {
        return people.create(new PersonForm(unique(name), PersonKind.ELECTED, party, null, null, null, null, Set.of(), true, null));
    }

    public long official(String name) {
        return people.create(new PersonForm(unique(name), PersonKind.OFFICIAL, null, "Strateg", null, null, null, Set.of(), true, null));
    }

    public Term term(String name, LocalDate start, LocalDate end) {
        return termRepository.findByName(name).orElseGet(() -> terms.create(name, start, end));
    }

    public long committee() {
        return committees.findByShortName("RUN").map(c -> c.id())
                .orElseGet(() -> decisions.createCommittee("Regionala utvecklingsnämnden", "RUN").id());
    }

    public long decision(String reference, LocalDate date) {
        return decisions.create(new DecisionForm(committee(), reference, date, "Val av representanter (test)", "§ 1", null, null)).id();
    }
}
