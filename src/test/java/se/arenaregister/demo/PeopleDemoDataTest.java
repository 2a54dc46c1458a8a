package se.arenaregister.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaKind;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.internal.CommitteeRepository;
import se.arenaregister.governance.Decision;
import se.arenaregister.governance.internal.DecisionRepository;
import se.arenaregister.governance.Term;
import se.arenaregister.governance.internal.TermRepository;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.PersonQueries.AppointmentRow;
import se.arenaregister.person.PersonQueries.PersonRow;
import se.arenaregister.person.Role;
import se.arenaregister.support.IntegrationTest;

/**
 * The demo people of {@code demo/people.yml}: the committee and decisions memo RUN/78/2022 cites, the terms of
 * office, invented people marked as examples, the memo's two infrastructure officials who spend much of their time
 * in the Infrastruktur forums, Norrtåg AB as an owned company with elected board members, and appointments that end
 * with the current term. Other tests share the database, so the checks are about the demo's own entries.
 */
@IntegrationTest
class PeopleDemoDataTest {

    private static final String INFRASTRUCTURE = "Infrastruktur";

    @Autowired
    CommitteeRepository committees;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    TermRepository terms;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    ArenaQueries arenas;
    @Autowired
    PersonQueries people;
    @Autowired
    Clock clock;

    @Test
    void theRegionalDevelopmentCommitteeExists() {
        Committee run = committees.findByShortName("RUN").orElseThrow();

        assertThat(run.name()).isEqualTo("Regionala utvecklingsnämnden");
    }

    @Test
    void theDecisionsTheMemoCitesExistWithTheirReferences() {
        long run = committees.findByShortName("RUN").orElseThrow().id();

        assertThat(decisions.findByReference("RUN/34/2018")).get()
                .satisfies(d -> assertThat(d.decidedOn().getYear()).isEqualTo(2018))
                .satisfies(d -> assertThat(d.title()).containsIgnoringCase("överenskommelse"))
                .satisfies(d -> assertThat(d.description()).contains("Datum uppskattat"));
        assertThat(decisions.findByReference("RUN/34/2020")).get()
                .satisfies(d -> assertThat(d.decidedOn().getYear()).isEqualTo(2020))
                .satisfies(d -> assertThat(d.title()).contains("Verksamhetsplan 2021"));
        assertThat(decisions.findByReference("RUN/78/2022")).get()
                .satisfies(d -> assertThat(d.decidedOn()).isEqualTo(LocalDate.of(2022, 1, 19)))
                .satisfies(d -> assertThat(d.title()).contains("Samverkans- och påverkansarenor"));
        assertThat(List.of("RUN/34/2018", "RUN/34/2020", "RUN/78/2022"))
                .allSatisfy(ref -> assertThat(decisions.findByReference(ref).map(Decision::committeeId)).contains(run));
    }

    @Test
    void theThreeTermsOfOfficeExist() {
        assertThat(terms.findByName("2019–2022")).get().extracting(Term::startDate, Term::endDate)
                .containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31));
        assertThat(terms.findByName("2023–2026")).get().extracting(Term::startDate, Term::endDate)
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(terms.findByName("2027–2030")).get().extracting(Term::startDate, Term::endDate)
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31));
    }

    @Test
    void everyDemoPersonIsInventedAndMarkedAsAnExample() {
        List<DemoPeople.PersonEntry> entries = PeopleDemoLoader.read().people();
        Map<String, PersonRow> byName = demoPeople(entries);

        assertThat(entries).hasSizeGreaterThanOrEqualTo(10);
        assertThat(byName).hasSize(entries.size());
        assertThat(byName.values()).allSatisfy(p -> {
            assertThat(p.example()).as("%s is marked example", p.name()).isTrue();
            assertThat(p.name()).as("name of an invented person").startsWith("Exempel ").endsWith("(exempel)");
        });
        assertThat(byName.values()).filteredOn(p -> p.kind() == PersonKind.ELECTED)
                .allSatisfy(p -> assertThat(p.committees()).as("committees of %s", p.name()).contains("RUN"))
                .allSatisfy(p -> assertThat(p.party()).as("party of %s", p.name()).isIn("S", "M", "C", "V", "KD", "SD", "L", "MP"));
    }

    @Test
    void theTwoInfrastructureOfficialsSitInMostInfrastructureArenasToday() {
        LocalDate today = LocalDate.now(clock);
        List<DemoPeople.PersonEntry> strategists = PeopleDemoLoader.read().people().stream()
                .filter(p -> "Infrastrukturstrateg".equals(p.title())).toList();
        Map<String, PersonRow> byName = demoPeople(strategists);
        Map<Long, ArenaRow> arenaById = arenas.list(ArenaFilter.none()).stream()
                .collect(Collectors.toMap(ArenaRow::id, Function.identity()));

        assertThat(strategists).hasSize(2);
        assertThat(byName.values()).allSatisfy(official -> {
            assertThat(official.kind()).isEqualTo(PersonKind.OFFICIAL);
            Set<String> infrastructureArenas = people.appointmentsOfPerson(official.id()).stream()
                    .filter(a -> a.activeOn(today))
                    .map(a -> arenaById.get(a.arenaId()))
                    .filter(a -> a != null && a.subArea() != null && INFRASTRUCTURE.equals(a.subArea().name()))
                    .map(ArenaRow::name)
                    .collect(Collectors.toSet());
            assertThat(infrastructureArenas).as("Infrastruktur arenas of %s on %s", official.name(), today).hasSizeGreaterThanOrEqualTo(8);
            assertThat(official.hoursPerYear()).as("hours per year of %s", official.name()).isPositive();
        });
        // Their meeting time is the largest among the demo people, as the memo describes.
        Map<String, PersonRow> everyone = demoPeople(PeopleDemoLoader.read().people());
        PersonRow busiest = everyone.values().stream()
                .max(java.util.Comparator.comparing(PersonRow::hoursPerYear)).orElseThrow();
        assertThat(busiest.title()).isEqualTo("Infrastrukturstrateg");
    }

    @Test
    void norrtagIsAnOwnedCompanyWithBodiesAndElectedBoardMembers() {
        LocalDate today = LocalDate.now(clock);
        Organisation norrtag = organisations.findByNameIgnoreCase("Norrtåg AB").orElseThrow();

        assertThat(norrtag.isOwnedCompany()).isTrue();
        List<ArenaRow> bodies = arenas.list(ArenaFilter.none()).stream()
                .filter(a -> a.company() != null && a.company().id() == norrtag.id()).toList();
        assertThat(bodies).extracting(ArenaRow::kind)
                .contains(ArenaKind.OWNER_COUNCIL, ArenaKind.GENERAL_MEETING, ArenaKind.BOARD);
        assertThat(bodies).allSatisfy(a -> assertThat(a.area().name()).isEqualTo("Kollektivtrafik"));
        assertThat(bodies).filteredOn(a -> a.kind() == ArenaKind.GENERAL_MEETING)
                .allSatisfy(a -> assertThat(a.nextMeetingOn()).isNotNull());

        ArenaRow board = bodies.stream().filter(a -> a.kind() == ArenaKind.BOARD).findFirst().orElseThrow();
        List<AppointmentRow> boardMembers = people.appointmentsOfArena(board.id()).stream()
                .filter(a -> a.activeOn(today) && a.role() == Role.MEMBER).toList();
        assertThat(boardMembers).isNotEmpty();
        assertThat(boardMembers).allSatisfy(a -> {
            assertThat(a.elected()).as("%s is elected", a.personName()).isTrue();
            assertThat(a.decisionReference()).as("decision nominating %s", a.personName()).isNotNull();
        });
        // The existing arena from the memo's appendix stays as it was.
        assertThat(arenas.list(ArenaFilter.none())).filteredOn(a -> a.name().equals("Årsmöte Norrtåg"))
                .singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(ArenaKind.FORUM));
    }

    @Test
    void someAppointmentsEndWithTheCurrentTermSoTheTermChangeHasWorkToDo() {
        LocalDate termEnd = LocalDate.of(2026, 12, 31);
        Term current = terms.findByName("2023–2026").orElseThrow();
        List<AppointmentRow> appointments = demoPeople(PeopleDemoLoader.read().people()).values().stream()
                .flatMap(p -> people.appointmentsOfPerson(p.id()).stream()).toList();

        assertThat(appointments).filteredOn(a -> termEnd.equals(a.endDate()) && Long.valueOf(current.id()).equals(a.termId()))
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(a -> assertThat(a.elected()).isTrue())
                .allSatisfy(a -> assertThat(a.decisionReference()).isEqualTo("RUN/12/2023"));
        assertThat(appointments).filteredOn(a -> a.role() == Role.OBSERVER)
                .anySatisfy(a -> assertThat(a.endDate()).isEqualTo(LocalDate.of(2022, 12, 31)));
    }

    /** The demo's people in the register, by name; fails when one is missing. */
    private Map<String, PersonRow> demoPeople(List<DemoPeople.PersonEntry> entries) {
        Set<String> names = entries.stream().map(DemoPeople.PersonEntry::name).collect(Collectors.toSet());
        Map<String, PersonRow> found = people.people(LocalDate.now(clock), true).stream()
                .filter(p -> names.contains(p.name()))
                .collect(Collectors.toMap(PersonRow::name, Function.identity()));
        assertThat(found.keySet()).as("demo people in the register").containsExactlyInAnyOrderElementsOf(names);
        return found;
    }
}
