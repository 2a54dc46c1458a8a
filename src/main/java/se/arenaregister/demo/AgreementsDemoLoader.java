package se.arenaregister.demo;

import static se.arenaregister.demo.DemoFiles.attempt;
import static se.arenaregister.demo.DemoLookup.nonNull;
import static se.arenaregister.demo.DemoLookup.one;
import static se.arenaregister.demo.DemoLookup.unknown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.governance.AgreementForm;
import se.arenaregister.governance.Agreements;
import se.arenaregister.governance.Decision;
import se.arenaregister.governance.Governance;

/**
 * Loads {@code demo/agreements.yml} after the register, the people and the follow-up: the memo's agreements (RUN/34/2018
 * with the municipalities, the UNESCO agreement 2020–2024) through {@link Agreements}, so they are audited and due on
 * the agenda like any other. Runs only when there is a register and no agreement yet.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class AgreementsDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgreementsDemoLoader.class);
    static final String RESOURCE = "demo/agreements.yml";

    record DemoAgreements(List<DemoOrganisation> organisations, List<DemoAgreement> agreements) {
    }

    record DemoOrganisation(String name, OrganisationKind kind, String description) {
    }

    record DemoAgreement(String title, String organisation, String arena, String decision, LocalDate validFrom, LocalDate validUntil,
                         String comment) {
    }

    private final Agreements agreements;
    private final Catalog catalog;
    private final CatalogService catalogService;
    private final ArenaQueries arenas;
    private final Governance governance;
    private final TransactionTemplate transaction;

    AgreementsDemoLoader(Agreements agreements, Catalog catalog, CatalogService catalogService, ArenaQueries arenas, Governance governance,
                         TransactionTemplate transaction) {
        this.agreements = agreements;
        this.catalog = catalog;
        this.catalogService = catalogService;
        this.arenas = arenas;
        this.governance = governance;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!agreements.list().isEmpty() || catalog.areas().isEmpty()) {
            return;
        }
        DemoAgreements demo = DemoFiles.read(RESOURCE, DemoAgreements.class);
        transaction.executeWithoutResult(status -> load(demo));
        log.info("Loaded the demo agreements: {}", nonNull(demo.agreements()).size());
    }

    private void load(DemoAgreements demo) {
        for (DemoOrganisation o : nonNull(demo.organisations())) {
            if (catalog.findOrganisationByName(o.name()).isEmpty()) {
                attempt("Organisation " + o.name() + " in " + RESOURCE, () -> catalogService.createOrganisation(
                        new OrganisationForm(o.name(), "", o.kind(), "", o.description(), null, null)));
            }
        }
        Map<String, List<Long>> arenaIds = new HashMap<>();
        for (ArenaRow row : arenas.list(ArenaFilter.none())) {
            arenaIds.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row.id());
        }
        for (DemoAgreement a : nonNull(demo.agreements())) {
            String what = "Agreement " + a.title() + " in " + RESOURCE;
            Long organisationId = a.organisation() == null ? null : catalog.findOrganisationByName(a.organisation()).map(Organisation::id)
                    .orElseThrow(() -> unknown(what, "organisation", a.organisation()));
            Long arenaId = a.arena() == null ? null : one(arenaIds, a.arena(), what, "arena");
            Long decisionId = a.decision() == null ? null : governance.findDecisionByReference(a.decision()).map(Decision::id)
                    .orElseThrow(() -> unknown(what, "decision", a.decision()));
            attempt(what, () -> agreements.create(new AgreementForm(a.title(), organisationId, arenaId, decisionId, a.validFrom(),
                    a.validUntil(), null, null, a.comment(), null)));
        }
    }
}
