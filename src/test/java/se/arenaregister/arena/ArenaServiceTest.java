package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.audit.AuditEntry;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.audit.Audited;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/** The service's rules against the real database: versions, conflicts, audit, archiving, all-or-nothing. */
@IntegrationTest
class ArenaServiceTest {

    @Autowired
    ArenaService service;
    @Autowired
    ArenaQueries queries;
    @Autowired
    AuditLog auditLog;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    JdbcClient jdbc;

    long area;
    long subArea;

    @BeforeEach
    void testArea() {
        subArea = Register.testSubArea(catalog, areas);
        area = Register.areaId(areas, Register.TEST_AREA);
    }

    ArenaForm form(String name) {
        return ArenaForm.builder()
                .name(name)
                .areaId(area)
                .subAreaId(subArea)
                .types(Set.of(ArenaType.COLLABORATION))
                .levels(Set.of(Level.OFFICIAL))
                .purpose("Ursprungligt syfte")
                .startDate(LocalDate.of(2023, 1, 1))
                .meetingsPerYear(4)
                .hoursPerMeeting(new BigDecimal("2.5"))
                .responsibleOfficial("Exempel Person")
                .preparationFactor(new BigDecimal("1.5"))
                .build();
    }

    ArenaForm withPurpose(ArenaForm f, String purpose, Long version) {
        return f.toBuilder().purpose(purpose).version(version).build();
    }

    @Test
    void auditsCreationAndEachChangedFieldWithBeforeAndAfter() {
        long id = service.create(form("Revisionsforum"));
        ArenaForm stored = service.formFor(id);
        service.update(id, withPurpose(stored, "Nytt syfte", stored.version()));

        var history = auditLog.historyOf("arena", id);
        assertThat(history).extracting(AuditEntry::action).containsExactly(Audited.Action.UPDATED, Audited.Action.CREATED);
        assertThat(history.get(0).changes()).containsExactly(new AuditEntry.Change("purpose", "Ursprungligt syfte", "Nytt syfte"));
        assertThat(history.get(1).changes()).extracting(AuditEntry.Change::field).contains("name", "types", "levels", "scope");
    }

    @Test
    void refusesToOverwriteAnEditMadeMeanwhile() {
        long id = service.create(form("Konfliktforum"));
        ArenaForm openedByAnna = service.formFor(id);
        ArenaForm openedByBo = service.formFor(id);
        service.update(id, withPurpose(openedByAnna, "Annas syfte", openedByAnna.version()));

        assertThatThrownBy(() -> service.update(id, withPurpose(openedByBo, "Bos syfte", openedByBo.version())))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.currentValues()).containsEntry("purpose", "Annas syfte");
                    assertThat(e.currentVersion()).isGreaterThan(openedByBo.version());
                });
        assertThat(queries.find(id)).get().extracting(ArenaRow::purpose).isEqualTo("Annas syfte");
    }

    @Test
    void archivesWithoutDeletingAndFreesTheNameButRestoresOnlyWhenFree() {
        long id = service.create(form("Arkivforum"));
        service.archive(id, service.formFor(id).version());
        assertThat(queries.find(id)).get().extracting(ArenaRow::archived).isEqualTo(true);
        assertThat(queries.list(ArenaFilter.none())).extracting(ArenaRow::id).doesNotContain(id);

        long successor = service.create(form("Arkivforum"));
        assertThatThrownBy(() -> service.restore(id, service.formFor(id).version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rejections()).extracting(InvalidInputException.Rejection::code).contains("arena.name.duplicate"));
        assertThat(successor).isNotEqualTo(id);
        assertThat(auditLog.historyOf("arena", id)).extracting(AuditEntry::action).contains(Audited.Action.ARCHIVED);
    }

    @Test
    void storesNothingWhenAnyRuleIsBroken() {
        int before = jdbc.sql("SELECT count(*) FROM arena").query(Integer.class).single();
        int auditBefore = jdbc.sql("SELECT count(*) FROM audit_entry").query(Integer.class).single();
        ArenaForm bad = ArenaForm.builder()
                .name("Ogiltigt forum")
                .areaId(area)
                .subAreaId(subArea)
                .levels(Set.of(Level.OFFICIAL))
                .convenerId(987654L)
                .startDate(LocalDate.of(2024, 1, 1))
                .endDate(LocalDate.of(2020, 1, 1))
                .meetingsPerYear(400)
                .hoursPerMeeting(new BigDecimal("0"))
                .kind(ArenaKind.BOARD)
                .preparationFactor(new BigDecimal("7"))
                .build();

        assertThatThrownBy(() -> service.create(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                        .extracting(InvalidInputException.Rejection::field)
                        .contains("types", "convenerId", "endDate", "meetingsPerYear", "hoursPerMeeting", "companyId", "preparationFactor"));
        assertThat(jdbc.sql("SELECT count(*) FROM arena").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Integer.class).single()).isEqualTo(auditBefore);
    }
}
