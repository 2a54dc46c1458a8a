package se.arenaregister.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.support.MigratedDatabase;
import se.arenaregister.support.QuerySlice;

/**
 * V13 turns the follow-up's typed names into references to people: a database of its own is migrated up to V12, given
 * follow-up rows with free-text names as they were typed before, and then migrated to the end. A text naming exactly one
 * person who is not erased (whatever its case and spacing) becomes a reference and its text is cleared; a text that
 * names no one, or a name two people share, stays as it was.
 */
@QuerySlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Tag("external-postgres")
class PersonReferencesMigrationTest {

    @Autowired
    DataSource server;

    private MigratedDatabase database;
    private JdbcClient jdbc;

    @BeforeEach
    void migrateUpToV12() {
        database = MigratedDatabase.upTo(server, "12");
        jdbc = database.jdbc();
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    @Test
    void aNameOfExactlyOnePersonBecomesTheirReferenceAndOtherTextsStay() {
        long asa = person("Åsa Öberg", false);
        long karin = person("Karin Lind", false);
        person("Per Persson", false);
        person("Per  Persson", false);
        person("Borttagen person", true);
        long arena = arena();
        long meeting = meeting();
        long decision = decision();

        long byCaseAndSpaces = review(arena, "  åsa   ÖBERG ");
        long unit = review(arena, "Samordningskansliet");
        long ambiguous = review(arena, "per persson");
        long erased = review(arena, "Borttagen person");
        long nobody = review(arena, null);
        long assessed = assessment(arena, "KARIN LIND");
        long assessedByUnit = assessment(arena, "Områdeschef Kultur och bildning");
        long reported = reportBack(meeting, arena, "Åsa Öberg");
        long reportedByRole = reportBack(meeting, arena, "Regiondirektören");
        long assigned = assignment(decision, "Karin  Lind");
        long assignedToRole = assignment(decision, "Regiondirektören");

        database.migrateToTheEnd();

        assertThat(row("SELECT responsible_person_id AS person, responsible AS text FROM review WHERE id = :id", byCaseAndSpaces))
                .isEqualTo(expected(asa, null));
        assertThat(row("SELECT responsible_person_id AS person, responsible AS text FROM review WHERE id = :id", unit))
                .as("a unit is no one's name").isEqualTo(expected(null, "Samordningskansliet"));
        assertThat(row("SELECT responsible_person_id AS person, responsible AS text FROM review WHERE id = :id", ambiguous))
                .as("two people have the name").isEqualTo(expected(null, "per persson"));
        assertThat(row("SELECT responsible_person_id AS person, responsible AS text FROM review WHERE id = :id", erased))
                .as("an erased person is no one to refer to").isEqualTo(expected(null, "Borttagen person"));
        assertThat(row("SELECT responsible_person_id AS person, responsible AS text FROM review WHERE id = :id", nobody))
                .isEqualTo(expected(null, null));
        assertThat(row("SELECT assessor_person_id AS person, assessor AS text FROM assessment WHERE id = :id", assessed))
                .isEqualTo(expected(karin, null));
        assertThat(row("SELECT assessor_person_id AS person, assessor AS text FROM assessment WHERE id = :id", assessedByUnit))
                .isEqualTo(expected(null, "Områdeschef Kultur och bildning"));
        assertThat(row("SELECT person_id AS person, reporter AS text FROM report_back WHERE id = :id", reported))
                .isEqualTo(expected(asa, null));
        assertThat(row("SELECT person_id AS person, reporter AS text FROM report_back WHERE id = :id", reportedByRole))
                .isEqualTo(expected(null, "Regiondirektören"));
        assertThat(row("SELECT assignee_person_id AS person, assignee_role AS text FROM assignment WHERE id = :id", assigned))
                .isEqualTo(expected(karin, null));
        assertThat(row("SELECT assignee_person_id AS person, assignee_role AS text FROM assignment WHERE id = :id", assignedToRole))
                .isEqualTo(expected(null, "Regiondirektören"));
        assertThat(jdbc.sql("SELECT responsible_person_id FROM review_overview WHERE id = :id").param("id", byCaseAndSpaces)
                .query(Long.class).single()).as("the published view has the reference").isEqualTo(asa);
    }

    @Test
    void anAssessmentNeedsAPersonOrAName() {
        long arena = arena();
        database.migrateToTheEnd();
        long person = person("Karin Lind", false);
        jdbc.sql("INSERT INTO assessment (arena_id, assessed_on, verdict, motivation, assessor_person_id) VALUES (:a, DATE '2026-01-01', 'RELEVANT', 'M', :p)")
                .param("a", arena).param("p", person).update();
        assertThatThrownBy(() -> jdbc.sql(
                        "INSERT INTO assessment (arena_id, assessed_on, verdict, motivation, assessor) VALUES (:a, DATE '2026-01-01', 'RELEVANT', 'M', ' ')")
                .param("a", arena).update()).hasMessageContaining("assessment_assessor");
        assertThatThrownBy(() -> jdbc.sql(
                        "INSERT INTO assessment (arena_id, assessed_on, verdict, motivation) VALUES (:a, DATE '2026-01-01', 'RELEVANT', 'M')")
                .param("a", arena).update()).hasMessageContaining("assessment_assessor");
    }

    private static Map<String, Object> expected(Long person, String text) {
        HashMap<String, Object> row = new HashMap<>();
        row.put("person", person);
        row.put("text", text);
        return row;
    }

    private Map<String, Object> row(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query().singleRow();
    }

    private long person(String name, boolean erased) {
        return jdbc.sql("INSERT INTO person (name, kind, erased) VALUES (:n, 'OFFICIAL', :e) RETURNING id")
                .param("n", name).param("e", erased).query(Long.class).single();
    }

    private long arena() {
        long area = jdbc.sql("INSERT INTO area (name) VALUES ('Område') RETURNING id").query(Long.class).single();
        return jdbc.sql("INSERT INTO arena (name, area_id, scope, status) VALUES ('Arena', :area, 'REGIONAL', 'ACTIVE') RETURNING id")
                .param("area", area).query(Long.class).single();
    }

    private long committee() {
        return jdbc.sql("INSERT INTO committee (name, short_name) VALUES ('Nämnden', 'RUN') ON CONFLICT (short_name) DO UPDATE SET name = EXCLUDED.name"
                + " RETURNING id").query(Long.class).single();
    }

    private long meeting() {
        return jdbc.sql("INSERT INTO committee_meeting (committee_id, meets_on) VALUES (:c, DATE '2026-06-15') RETURNING id")
                .param("c", committee()).query(Long.class).single();
    }

    private long decision() {
        return jdbc.sql("INSERT INTO decision (committee_id, reference, decided_on, title) VALUES (:c, 'RUN/1/2026', DATE '2026-01-10', 'Beslut')"
                + " RETURNING id").param("c", committee()).query(Long.class).single();
    }

    private long review(long arena, String responsible) {
        return jdbc.sql("INSERT INTO review (arena_id, due_on, reason, responsible) VALUES (:a, DATE '2026-12-31', 'Skäl', :r) RETURNING id")
                .param("a", arena).param("r", responsible).query(Long.class).single();
    }

    private long assessment(long arena, String assessor) {
        return jdbc.sql("""
                        INSERT INTO assessment (arena_id, assessed_on, verdict, motivation, assessor)
                        VALUES (:a, DATE '2026-01-01', 'RELEVANT', 'Motivering', :r) RETURNING id""")
                .param("a", arena).param("r", assessor).query(Long.class).single();
    }

    private long reportBack(long meeting, long arena, String reporter) {
        return jdbc.sql("INSERT INTO report_back (meeting_id, reporter, arena_id, text) VALUES (:m, :r, :a, 'Rapport') RETURNING id")
                .param("m", meeting).param("r", reporter).param("a", arena).query(Long.class).single();
    }

    private long assignment(long decision, String role) {
        return jdbc.sql("INSERT INTO assignment (decision_id, assignee_role, description) VALUES (:d, :r, 'Uppdrag') RETURNING id")
                .param("d", decision).param("r", role).query(Long.class).single();
    }
}
