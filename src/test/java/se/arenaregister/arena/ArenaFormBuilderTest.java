package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The builder sets each component by name, copies every one, and starts from {@link ArenaForm#empty()}. */
class ArenaFormBuilderTest {

    /** Every component set, to a value no other component of its type has, so a mixed-up setter shows. */
    private static final ArenaForm EVERY_COMPONENT = new ArenaForm("Namn", "Kort", 1L, 2L, Set.of(3L),
            Set.of(ArenaType.INFLUENCE), Set.of(Level.POLITICAL), Scope.EU, 4L, true, Set.of(5L), "Syfte", "Övrigt",
            Set.of(6L), ArenaStatus.ENDED, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 2, 2), "https://example.org", 7,
            new BigDecimal("2.5"), "Handläggare", ArenaKind.BOARD, 8L, new BigDecimal("1.5"), true, LocalDate.of(2022, 3, 3),
            "Beslut i nämnden", LocalDate.of(2023, 4, 4), 9L);

    @Test
    void setsEveryComponentByName() {
        ArenaForm built = ArenaForm.builder()
                .name("Namn")
                .shortName("Kort")
                .areaId(1L)
                .subAreaId(2L)
                .secondaryAreaIds(Set.of(3L))
                .types(Set.of(ArenaType.INFLUENCE))
                .levels(Set.of(Level.POLITICAL))
                .scope(Scope.EU)
                .convenerId(4L)
                .ledByHome(true)
                .memberIds(Set.of(5L))
                .purpose("Syfte")
                .otherInfo("Övrigt")
                .topicIds(Set.of(6L))
                .status(ArenaStatus.ENDED)
                .startDate(LocalDate.of(2020, 1, 1))
                .endDate(LocalDate.of(2021, 2, 2))
                .website("https://example.org")
                .meetingsPerYear(7)
                .hoursPerMeeting(new BigDecimal("2.5"))
                .responsibleOfficial("Handläggare")
                .kind(ArenaKind.BOARD)
                .companyId(8L)
                .preparationFactor(new BigDecimal("1.5"))
                .requiresElected(true)
                .nextMeetingOn(LocalDate.of(2022, 3, 3))
                .awaiting("Beslut i nämnden")
                .awaitingBy(LocalDate.of(2023, 4, 4))
                .version(9L)
                .build();

        assertThat(built).isEqualTo(EVERY_COMPONENT);
    }

    @Test
    void toBuilderCopiesEveryComponent() {
        assertThat(EVERY_COMPONENT.toBuilder().build()).isEqualTo(EVERY_COMPONENT);
        assertThat(EVERY_COMPONENT.withVersion(10L)).isEqualTo(EVERY_COMPONENT.toBuilder().version(10L).build())
                .extracting(ArenaForm::version).isEqualTo(10L);
    }

    @Test
    void startsFromTheEmptyForm() {
        assertThat(ArenaForm.builder().build()).isEqualTo(ArenaForm.empty());
    }

    @Test
    void buildingAppliesTheRecordsDefaultsForMissingValues() {
        ArenaForm form = ArenaForm.builder().types(null).ledByHome(null).kind(null).preparationFactor(null).build();
        assertThat(form.types()).isEmpty();
        assertThat(form.ledByHome()).isFalse();
        assertThat(form.kind()).isEqualTo(ArenaKind.FORUM);
        assertThat(form.preparationFactor()).isEqualTo(BigDecimal.ONE);
    }
}
