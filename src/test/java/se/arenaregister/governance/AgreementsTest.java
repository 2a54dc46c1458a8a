package se.arenaregister.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.arenaregister.followup.internal.AgendaItem;
import se.arenaregister.followup.internal.AgendaQueries;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;

/**
 * Agreements: the memo's two in the demo data, their pages and API, and the agenda: an agreement whose valid-until
 * comes within the horizon is due; one whose date has passed stays due (overdue) until it is extended or ended.
 */
@IntegrationTest
class AgreementsTest {

    static final RequestPostProcessor COORDINATOR = user("samordnare-avtal").roles("COORDINATOR");

    @Autowired
    Agreements agreements;
    @Autowired
    AgendaQueries agenda;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    AgreementRow demo(String title) {
        return agreements.list().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void theDemoDataHoldsTheMemosAgreements() {
        AgreementRow municipalities = demo("Överenskommelse om regional samverkan med länets kommuner");
        assertThat(municipalities.decisionReference()).isEqualTo("RUN/34/2018");
        assertThat(municipalities.organisationName()).isEqualTo("Länets kommuner");
        assertThat(municipalities.validUntil()).isEqualTo(LocalDate.of(2022, 12, 31));
        AgreementRow unesco = demo("Samverkansavtal om UNESCO Creative Cities Network");
        assertThat(unesco.organisationName()).isEqualTo("Östersunds kommun");
        assertThat(unesco.arenaName()).isEqualTo("UNESCO Creative Cities Network");
        assertThat(unesco.validFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(unesco.validUntil()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(agreements.concerningArena(unesco.arenaId())).extracting(AgreementRow::id).contains(unesco.id());
        assertThat(agreements.concludedBy(municipalities.decisionId())).extracting(AgreementRow::id).contains(municipalities.id());
    }

    @Test
    void anAgreementWithinTheHorizonIsDueAndOnceItsDatePassedItStaysOverdueUntilExtendedOrEnded() {
        Agreement created = agreements.create(new AgreementForm("Avtal på agendan", null, null, null, LocalDate.of(2030, 1, 1),
                LocalDate.of(2031, 6, 30), null, null, null, null));
        long id = created.id();
        // Before: within a horizon that reaches its date, due but not overdue.
        assertThat(items(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 7, 31), LocalDate.of(2031, 6, 1)))
                .filteredOn(i -> i.id() == id).singleElement()
                .satisfies(i -> {
                    assertThat(i.date()).isEqualTo(LocalDate.of(2031, 6, 30));
                    assertThat(i.overdue()).isFalse();
                    assertThat(i.path()).isEqualTo("/agreements/" + id);
                });
        assertThat(items(LocalDate.of(2031, 8, 1), LocalDate.of(2031, 9, 1), LocalDate.of(2031, 8, 1))).noneMatch(i -> i.id() == id);
        // After: the dashboard's overdue list (everything before today that is still open) holds it.
        LocalDate later = LocalDate.of(2032, 3, 1);
        assertThat(items(LocalDate.of(2000, 1, 1), later.minusDays(1), later)).filteredOn(i -> i.id() == id).singleElement()
                .satisfies(i -> assertThat(i.overdue()).isTrue());
        // Extended: a new valid-until, due again at that date and no longer overdue.
        Agreement extended = agreements.update(id, new AgreementForm("Avtal på agendan", null, null, null, LocalDate.of(2030, 1, 1),
                LocalDate.of(2033, 6, 30), null, null, null, created.version()));
        assertThat(items(LocalDate.of(2000, 1, 1), later.minusDays(1), later)).noneMatch(i -> i.id() == id);
        // Ended: never due again.
        agreements.update(id, new AgreementForm("Avtal på agendan", null, null, null, LocalDate.of(2030, 1, 1),
                LocalDate.of(2033, 6, 30), LocalDate.of(2032, 1, 15), null, null, extended.version()));
        assertThat(items(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 1, 1), LocalDate.of(2034, 1, 1))).noneMatch(i -> i.id() == id);
        assertThat(agreements.find(id).orElseThrow().state()).isEqualTo(AgreementRow.State.ENDED);
    }

    @Test
    void theMemosAgreementWithTheMunicipalitiesIsOverdueOnTheDashboard() throws Exception {
        AgreementRow municipalities = demo("Överenskommelse om regional samverkan med länets kommuner");
        assertThat(municipalities.state()).isEqualTo(AgreementRow.State.EXPIRED);
        mvc.perform(get("/dashboard").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Avtalet Överenskommelse om regional samverkan med länets kommuner löper ut 2022-12-31")))
                .andExpect(content().string(containsString("Utgånget – förläng eller avsluta.")))
                .andExpect(content().string(containsString("/agreements/" + municipalities.id() + "/edit")));
        mvc.perform(get("/api/v1/agenda").param("from", "2022-12-01").param("to", "2022-12-31").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'AGREEMENT_END')].title").value(org.hamcrest.Matchers.hasItem(municipalities.title())));
    }

    @Test
    void pagesAndApiShowAgreementsToEveryoneAndTheResponsibleOnlyToTheSignedIn() throws Exception {
        long person = jdbc.sql("SELECT min(id) FROM person WHERE kind = 'OFFICIAL' AND NOT erased").query(Long.class).single();
        String name = jdbc.sql("SELECT name FROM person WHERE id = :id").param("id", person).query(String.class).single();
        Agreement a = agreements.create(new AgreementForm("Avtal med ansvarig", null, null, null, null, LocalDate.of(2035, 1, 1), null,
                person, "Intern kommentar om avtalet", null));
        mvc.perform(get("/agreements").with(anonymous())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Överenskommelse om regional samverkan med länets kommuner")))
                .andExpect(content().string(containsString("Avtal med ansvarig")));
        mvc.perform(get("/agreements/" + a.id()).with(anonymous())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(not(containsString("Intern kommentar om avtalet"))))
                .andExpect(content().string(containsString("id=\"documents\"")));
        mvc.perform(get("/agreements/" + a.id()).with(user("läsare-avtal").roles("READER"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Intern kommentar om avtalet")));
        mvc.perform(get("/api/v1/agreements").with(anonymous())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Avtal med ansvarig")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/agreements/999999999").with(anonymous())).andExpect(status().isNotFound());
        long unesco = demo("Samverkansavtal om UNESCO Creative Cities Network").arenaId();
        mvc.perform(get("/arenas/" + unesco).with(anonymous()))
                .andExpect(content().string(containsString("Samverkansavtal om UNESCO Creative Cities Network")));
    }

    @Test
    void theFormRefusesBadInputNextToTheFieldAndOnlyCoordinatorsChange() throws Exception {
        mvc.perform(post("/agreements").param("title", "Baklänges").param("validFrom", "2025-01-01").param("validUntil", "2024-01-01")
                        .with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "validUntil"));
        mvc.perform(post("/agreements").param("title", "").with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "title"));
        mvc.perform(post("/agreements").param("title", "Inget datum").param("validUntil", "inte ett datum").with(COORDINATOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "validUntil"));
        mvc.perform(post("/agreements").param("title", "Okänd motpart").param("organisationId", "999999999").with(COORDINATOR).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("form", "organisationId"));
        assertThatThrownBy(() -> agreements.create(new AgreementForm("Okänd arena", null, 999_999_999L, null, null, null, null, null, null,
                null))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rejections()).extracting(InvalidInputException.Rejection::field).containsExactly("arenaId"));
        mvc.perform(post("/agreements").param("title", "Redaktörens avtal").with(user("redaktör-avtal").roles("AREA_EDITOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/agreements/new").with(COORDINATOR)).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM agreement WHERE title IN ('Baklänges', 'Okänd motpart', 'Redaktörens avtal', 'Inget datum')")
                .query(Long.class).single()).isZero();
    }

    private List<AgendaItem> items(LocalDate from, LocalDate to, LocalDate today) {
        return agenda.between(from, to, today).stream().filter(i -> i.kind() == AgendaItem.Kind.AGREEMENT_END).toList();
    }
}
