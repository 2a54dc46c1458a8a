package se.arenaregister.person.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.arena.ArenaKind;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.person.Role;
import se.arenaregister.person.internal.CompanyQueries.BoardMember;
import se.arenaregister.person.internal.CompanyQueries.Body;
import se.arenaregister.person.internal.CompanyQueries.Company;
import se.arenaregister.support.QuerySlice;

/**
 * The companies page's query against the real schema with rows of this test's own: which organisations are owned
 * companies, their owner council, general meeting and board in that order, the next general meeting, and the board's
 * nominees on a date (elected only for the public). The catalog reads the organisations through its repositories.
 */
@QuerySlice
@Import({CompanyQueries.class, Catalog.class})
class CompanyQueriesTest {

    /** The slice's clock: 2026-06-15. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CompanyQueries queries;

    long growth;

    @BeforeEach
    void anArea() {
        growth = jdbc.sql("INSERT INTO area (name) VALUES ('Hållbar tillväxt') RETURNING id").query(Long.class).single();
    }

    @Test
    void ownedCompaniesAreCompaniesWithAShareAboveZeroByName() {
        assertThat(queries.companies(TODAY, true)).isEmpty();
        long airport = organisation("Åre Östersund Airport AB", "COMPANY", "100");
        long innovation = organisation("Almi Mitt AB", "COMPANY", "24.50");
        organisation("Inlandsbanan AB", "COMPANY", "0");
        organisation("Norrtåg AB", "COMPANY", null);
        organisation("Region Västernorrland", "REGION", "50");
        jdbc.sql("UPDATE organisation SET short_name = 'Almi' WHERE id = :o").param("o", innovation).update();

        List<Company> companies = queries.companies(TODAY, true);

        assertThat(companies).extracting(Company::id, Company::name, Company::shortName).containsExactly(
                tuple(innovation, "Almi Mitt AB", "Almi"), tuple(airport, "Åre Östersund Airport AB", null));
        assertThat(companies.get(0).ownershipShare()).isEqualByComparingTo("24.5");
        assertThat(companies.get(1).bodies()).isEmpty();
        assertThat(companies.get(1).boardMembers()).isEmpty();
        assertThat(companies.get(1).nextGeneralMeeting()).isNull();
    }

    @Test
    void bodiesComeOwnerCouncilGeneralMeetingBoardEachCompanyItsOwnAndArchivedOnesLeftOut() {
        long airport = organisation("Åre Östersund Airport AB", "COMPANY", "100");
        long innovation = organisation("Almi Mitt AB", "COMPANY", "24.50");
        long board = body("Styrelsen för flygplatsen", "BOARD", airport);
        long meeting = body("Årsstämma flygplatsen", "GENERAL_MEETING", airport);
        long council = body("Ägarrådet för flygplatsen", "OWNER_COUNCIL", airport);
        long extra = body("Extra bolagsstämma", "GENERAL_MEETING", airport);
        long archived = body("Gamla styrelsen", "BOARD", airport);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        long almiBoard = body("Almis styrelse", "BOARD", innovation);
        arena("Ett vanligt forum");

        List<Company> companies = queries.companies(TODAY, true);

        assertThat(companies.get(0).bodies()).extracting(Body::id, Body::kind).containsExactly(tuple(almiBoard, ArenaKind.BOARD));
        assertThat(companies.get(1).bodies()).extracting(Body::id, Body::kind, Body::companyId).containsExactly(
                tuple(council, ArenaKind.OWNER_COUNCIL, airport),
                tuple(extra, ArenaKind.GENERAL_MEETING, airport),
                tuple(meeting, ArenaKind.GENERAL_MEETING, airport),
                tuple(board, ArenaKind.BOARD, airport));
    }

    @Test
    void theNextGeneralMeetingIsTheEarliestDateSetOnAnyOfTheCompanysGeneralMeetings() {
        long airport = organisation("Åre Östersund Airport AB", "COMPANY", "100");
        long innovation = organisation("Almi Mitt AB", "COMPANY", "24.50");
        meetsOn(body("Årsstämma", "GENERAL_MEETING", airport), LocalDate.of(2027, 4, 20));
        meetsOn(body("Extra bolagsstämma", "GENERAL_MEETING", airport), LocalDate.of(2026, 9, 1));
        body("Stämma utan datum", "GENERAL_MEETING", airport);
        // The board meets earlier, but it is no general meeting; an archived general meeting counts for nothing.
        meetsOn(body("Styrelsen", "BOARD", airport), LocalDate.of(2026, 7, 1));
        long archived = body("Gammal stämma", "GENERAL_MEETING", airport);
        meetsOn(archived, LocalDate.of(2026, 6, 20));
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        body("Almis stämma", "GENERAL_MEETING", innovation);

        List<Company> companies = queries.companies(TODAY, true);

        assertThat(companies).extracting(Company::name, Company::nextGeneralMeeting).containsExactly(
                tuple("Almi Mitt AB", null), tuple("Åre Östersund Airport AB", LocalDate.of(2026, 9, 1)));
    }

    @Test
    void boardMembersOnTheDateGoChairViceChairMemberSubstituteThenOtherRolesThenName() {
        long airport = organisation("Åre Östersund Airport AB", "COMPANY", "100");
        long board = body("Styrelsen", "BOARD", airport);
        long council = body("Ägarrådet", "OWNER_COUNCIL", airport);
        long anna = person("Anna Berg", "ELECTED");
        long bo = person("Bo Ek", "ELECTED");
        long cecilia = person("Cecilia Dahl", "ELECTED");
        long david = person("David Ås", "ELECTED");
        long erik = person("Erik Öhman", "ELECTED");
        long fia = person("Fia Lund", "ELECTED");
        long substitute = appoint(anna, board, "SUBSTITUTE", TODAY.minusYears(1), null);
        long observer = appoint(bo, board, "OBSERVER", TODAY.minusYears(1), null);
        long member2 = appoint(erik, board, "MEMBER", TODAY.minusYears(1), null);
        long member1 = appoint(cecilia, board, "MEMBER", TODAY, null);
        long viceChair = appoint(david, board, "VICE_CHAIR", TODAY.minusYears(1), TODAY);
        long chair = appoint(fia, board, "CHAIR", TODAY.minusYears(1), null);
        // Not on the board today, or not the board.
        appoint(bo, board, "MEMBER", TODAY.minusYears(2), TODAY.minusDays(1));
        appoint(anna, board, "MEMBER", TODAY.plusDays(1), null);
        appoint(cecilia, council, "CHAIR", TODAY.minusYears(1), null);

        List<BoardMember> members = queries.companies(TODAY, true).get(0).boardMembers();

        assertThat(members).extracting(BoardMember::appointmentId, BoardMember::role).containsExactly(
                tuple(chair, Role.CHAIR), tuple(viceChair, Role.VICE_CHAIR), tuple(member1, Role.MEMBER), tuple(member2, Role.MEMBER),
                tuple(substitute, Role.SUBSTITUTE), tuple(observer, Role.OBSERVER));
        BoardMember first = members.get(0);
        assertThat(first).extracting(BoardMember::personId, BoardMember::name, BoardMember::elected, BoardMember::arenaId,
                BoardMember::companyId, BoardMember::startDate, BoardMember::endDate)
                .containsExactly(fia, "Fia Lund", true, board, airport, TODAY.minusYears(1), null);
    }

    @Test
    void thePublicSeesElectedNomineesOnlyAndAnArchivedBoardHasNone() {
        long airport = organisation("Åre Östersund Airport AB", "COMPANY", "100");
        long innovation = organisation("Almi Mitt AB", "COMPANY", "24.50");
        long board = body("Styrelsen", "BOARD", airport);
        long oldBoard = body("Almis styrelse", "BOARD", innovation);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", oldBoard).update();
        long anna = person("Anna Berg", "ELECTED");
        jdbc.sql("UPDATE person SET party = 'M' WHERE id = :p").param("p", anna).update();
        long karin = person("Karin Öst", "OFFICIAL");
        appoint(anna, board, "MEMBER", TODAY.minusYears(1), null);
        appoint(karin, board, "CHAIR", TODAY.minusYears(1), null);
        appoint(anna, oldBoard, "CHAIR", TODAY.minusYears(1), null);

        assertThat(queries.companies(TODAY, true)).extracting(c -> c.boardMembers().stream().map(BoardMember::name).toList())
                .containsExactly(List.of(), List.of("Karin Öst", "Anna Berg"));
        List<BoardMember> forThePublic = queries.companies(TODAY, false).get(1).boardMembers();
        assertThat(forThePublic).extracting(BoardMember::name, BoardMember::party, BoardMember::elected)
                .containsExactly(tuple("Anna Berg", "M", true));
    }

    private long organisation(String name, String kind, String share) {
        return jdbc.sql("INSERT INTO organisation (name, kind, ownership_share) VALUES (:n, :k, :s) RETURNING id")
                .param("n", name).param("k", kind).param("s", share == null ? null : new BigDecimal(share)).query(Long.class).single();
    }

    private long arena(String name) {
        return jdbc.sql("INSERT INTO arena (name, area_id, scope, status) VALUES (:n, :a, 'REGIONAL', 'ACTIVE') RETURNING id")
                .param("n", name).param("a", growth).query(Long.class).single();
    }

    private long body(String name, String kind, long company) {
        return jdbc.sql("""
                        INSERT INTO arena (name, area_id, scope, status, kind, company_id) VALUES (:n, :a, 'REGIONAL', 'ACTIVE', :k, :c)
                        RETURNING id""")
                .param("n", name).param("a", growth).param("k", kind).param("c", company).query(Long.class).single();
    }

    private void meetsOn(long arena, LocalDate date) {
        jdbc.sql("UPDATE arena SET next_meeting_on = :d WHERE id = :a").param("d", date).param("a", arena).update();
    }

    private long person(String name, String kind) {
        return jdbc.sql("INSERT INTO person (name, kind) VALUES (:n, :k) RETURNING id").param("n", name).param("k", kind)
                .query(Long.class).single();
    }

    private long appoint(long person, long arena, String role, LocalDate start, LocalDate end) {
        return jdbc.sql("INSERT INTO appointment (person_id, arena_id, role, start_date, end_date) VALUES (:p, :a, :r, :s, :e) RETURNING id")
                .param("p", person).param("a", arena).param("r", role).param("s", start).param("e", end).query(Long.class).single();
    }
}
