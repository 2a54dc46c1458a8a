package se.arenaregister.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.arenaregister.person.PersonKind;
import se.arenaregister.person.Role;

/**
 * The shape of {@code demo/people.yml}: the committee, its terms and decisions, the companies and their
 * bodies, and invented people with their appointments, everything referenced by name as a person writes it.
 * Company bodies have the same shape as the arenas of {@code demo/register.yml}.
 */
record DemoPeople(CommitteeEntry committee, List<TermEntry> terms, List<DecisionEntry> decisions, List<SubAreaEntry> subAreas,
                  List<CompanyEntry> companies, List<DemoRegister.ArenaEntry> arenas, List<PersonEntry> people) {

    record CommitteeEntry(String name, String shortName) {
    }

    record TermEntry(String name, LocalDate startDate, LocalDate endDate) {
    }

    record DecisionEntry(String reference, LocalDate decidedOn, String title, String paragraph, String description) {
    }

    /** A sub-area to create under an existing area (the company bodies are placed in one). */
    record SubAreaEntry(String area, String name, String description) {
    }

    /**
     * A company the home organisation owns a share of: an existing organisation is made a company with the
     * share; a missing one is created.
     */
    record CompanyEntry(String name, String shortName, String website, String description, BigDecimal ownershipShare) {
    }

    /** {@code email}, when given, is an address at example.org: invented like the person (reminders go there). */
    record PersonEntry(String name, PersonKind kind, String party, String title, String area, List<String> committees,
                       Boolean example, List<AppointmentEntry> appointments, String email) {
    }

    /** Without {@code from}/{@code to}, an appointment for a term runs from the term's first to its last day. */
    record AppointmentEntry(String arena, Role role, String term, String decision, LocalDate from, LocalDate to, String note) {
    }
}
