package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.QuerySlice;
import se.arenaregister.support.QuerySliceBeans;

/**
 * An arena whose end date has passed reads as ended from the day after, by the application's clock (fixed here at
 * 2026-06-15): in the row, in the status filter, in what the dashboard asks to confirm; the recorded status stays.
 */
@QuerySlice
@Import(ArenaQueries.class)
class EndDatesThatActTest {

    static final LocalDate TODAY = LocalDate.ofInstant(QuerySliceBeans.NOW, java.time.ZoneId.of("Europe/Stockholm"));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArenaQueries queries;

    long area;

    @BeforeEach
    void anArea() {
        area = jdbc.sql("INSERT INTO area (name, sort_order) VALUES ('Slutdatumområde', 1) RETURNING id").query(Long.class).single();
    }

    @Test
    void anArenaEndsTheDayAfterItsEndDate() {
        long endedYesterday = arena("Slutade i går", "ENDING", TODAY.minusDays(1));
        long endsToday = arena("Slutar i dag", "ACTIVE", TODAY);
        long considered = arena("Övervägs med gammalt datum", "CONSIDERED", TODAY.minusYears(1));
        long confirmed = arena("Bekräftat avslutad", "ENDED", TODAY.minusDays(10));

        ArenaRow yesterday = queries.find(endedYesterday).orElseThrow();
        assertThat(yesterday.status()).isEqualTo(ArenaStatus.ENDED);
        assertThat(yesterday.recordedStatus()).isEqualTo(ArenaStatus.ENDING);
        assertThat(yesterday.endToConfirm()).isTrue();
        ArenaRow today = queries.find(endsToday).orElseThrow();
        assertThat(today.status()).as("on its end date an arena still takes part").isEqualTo(ArenaStatus.ACTIVE);
        assertThat(today.endToConfirm()).isFalse();
        assertThat(queries.find(considered).orElseThrow().status()).as("only participation ends").isEqualTo(ArenaStatus.CONSIDERED);

        ArenaFilter ended = byStatus(ArenaStatus.ENDED);
        assertThat(queries.list(ended)).extracting(ArenaRow::id).containsExactlyInAnyOrder(endedYesterday, confirmed);
        ArenaFilter active = byStatus(ArenaStatus.ACTIVE);
        assertThat(queries.list(active)).extracting(ArenaRow::id).containsExactly(endsToday);
    }

    @Test
    void theDashboardAsksAboutEndsThatPassedOrComeSoonUntilConfirmed() {
        long passed = arena("Passerat slutdatum", "ACTIVE", TODAY.minusYears(3));
        long soon = arena("Slutar snart", "ENDING", TODAY.plusDays(20));
        arena("Slutar senare", "ACTIVE", TODAY.plusDays(31));
        arena("Redan bekräftad", "ENDED", TODAY.minusYears(3));
        arena("Utan slutdatum", "ACTIVE", null);

        assertThat(queries.endsToConfirm(30, 25).first()).extracting(ArenaRow::id).containsExactly(passed, soon);
        assertThat(queries.endsToConfirm(30, 25).total()).isEqualTo(2);
        // Bounded in SQL (issue 14): the first of them, and the count of all.
        assertThat(queries.endsToConfirm(30, 1).first()).extracting(ArenaRow::id).containsExactly(passed);
        assertThat(queries.endsToConfirm(30, 1).total()).isEqualTo(2);
        assertThat(queries.endsToConfirm(30, 1).more()).isEqualTo(1);
    }

    @Test
    void arenasUnderConsiderationAwaitTheirDecision() {
        long later = arena("Övervägs utan datum", "CONSIDERED", null);
        long sooner = arena("Övervägs med datum", "CONSIDERED", null);
        jdbc.sql("UPDATE arena SET awaiting = 'Beslut i nämnden', awaiting_by = :by WHERE id = :id")
                .param("by", TODAY.plusMonths(2)).param("id", sooner).update();
        arena("Aktiv", "ACTIVE", null);

        assertThat(queries.awaitingDecision(25).first()).extracting(ArenaRow::id).containsExactly(sooner, later);
        assertThat(queries.awaitingDecision(1).first()).extracting(ArenaRow::id).containsExactly(sooner);
        assertThat(queries.awaitingDecision(1).total()).isEqualTo(2);
        assertThat(queries.find(sooner).orElseThrow()).extracting(ArenaRow::awaiting, ArenaRow::awaitingBy)
                .containsExactly("Beslut i nämnden", TODAY.plusMonths(2));
    }

    private ArenaFilter byStatus(ArenaStatus status) {
        return new ArenaFilter(area, null, null, null, null, status, null, null, null, null, null, null, null, null, null);
    }

    private long arena(String name, String status, LocalDate endDate) {
        return jdbc.sql("INSERT INTO arena (name, area_id, scope, status, end_date) VALUES (:n, :a, 'REGIONAL', :s, :e) RETURNING id")
                .param("n", name).param("a", area).param("s", status).param("e", endDate).query(Long.class).single();
    }
}
