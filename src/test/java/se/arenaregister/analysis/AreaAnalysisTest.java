package se.arenaregister.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.arenaregister.analysis.internal.AreaAnalysisService;
import se.arenaregister.analysis.internal.Coverage;
import se.arenaregister.analysis.internal.CoverageQueries;
import se.arenaregister.analysis.internal.ScopeCoverage;
import se.arenaregister.arena.Scope;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;
import se.arenaregister.support.StatementCounter;

/** The memo's figures, computed from the demo register: the appendix's counts, and the texts that contradict them. */
@IntegrationTest
class AreaAnalysisTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final String GROWTH = "Hållbar tillväxt";

    @Autowired
    AreaAnalysisService analysis;
    @Autowired
    CoverageQueries coverage;
    @Autowired
    AreaRepository areas;
    @Autowired
    StatementCounter statements;

    private AreaFigures subArea(List<AreaFigures> all, String name) {
        long id = Register.subAreaId(areas, GROWTH, name);
        return all.stream().filter(a -> a.areaId() == id).findFirst().orElseThrow();
    }

    @Test
    void countsTheAppendixSubAreasAsTheMemoDoes() {
        List<AreaFigures> all = analysis.all(SWEDISH);

        AreaFigures infrastructure = subArea(all, "Infrastruktur");
        assertThat(infrastructure.total()).isEqualTo(14);
        assertThat(infrastructure.byLevel().get("POLITICAL")).isEqualTo(8);
        assertThat(infrastructure.sentences()).contains("Regionen är med i 14 forum, varav 8 på politisk nivå.");
        assertThat(infrastructure.parentName()).isEqualTo(GROWTH);

        AreaFigures strategy = subArea(all, "Regional utvecklingsstrategi och smart specialisering");
        assertThat(strategy.total()).isEqualTo(10);
        assertThat(strategy.ledByHome()).isEqualTo(5);
        assertThat(strategy.byLevel().get("POLITICAL")).isZero();
        assertThat(strategy.sentences()).contains(
                "Regionen är med i 10 forum, varav samtliga är på tjänstepersonsnivå, av dessa leder regionen 5.");

        AreaFigures business = subArea(all, "Näringslivsutveckling");
        assertThat(business.total()).isEqualTo(11);
        assertThat(business.ledByHome()).isEqualTo(3);
        assertThat(business.sentences().get(0)).contains("11 forum").contains("leder regionen 3");

        assertThat(subArea(all, "Kompetensförsörjning").total()).isEqualTo(3);
        assertThat(subArea(all, "Bredband").total()).isEqualTo(3);
        assertThat(subArea(all, "Digitalisering").total()).isEqualTo(4);
        assertThat(subArea(all, "Landsbygdsutveckling").total()).isEqualTo(6);
    }

    @Test
    void anAreaCountsItsSubAreasAndComesBeforeThem() {
        List<AreaFigures> all = analysis.all(SWEDISH);
        long growthId = Register.areaId(areas, GROWTH);
        AreaFigures growth = all.stream().filter(a -> a.areaId() == growthId).findFirst().orElseThrow();
        List<AreaFigures> subs = all.stream().filter(a -> a.parentId() != null && a.parentId() == growthId).toList();
        assertThat(subs).hasSize(12);
        assertThat(growth.total()).isEqualTo(subs.stream().mapToInt(AreaFigures::total).sum());
        assertThat(growth.ledByHome()).isEqualTo(subs.stream().mapToInt(AreaFigures::ledByHome).sum());
        assertThat(all.indexOf(growth)).isLessThan(all.indexOf(subs.get(0)));
        assertThat(growth.byLevel().keySet()).containsExactly("POLITICAL", "SENIOR_OFFICIAL", "OFFICIAL");
        assertThat(growth.byScope().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(growth.total());
        // Every arena has one latest verdict or none.
        assertThat(growth.latestVerdicts().values().stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(growth.total());
        assertThat(growth.hoursPerYear().signum()).isPositive();
    }

    @Test
    void flagsTheNumbersTheMemosTextsGetWrong() {
        List<AreaFigures> all = analysis.all(SWEDISH);
        assertThat(subArea(all, "Digitalisering").discrepancies()).containsExactly(new AreaFigures.Discrepancy("tre forum", 3, 4));
        assertThat(subArea(all, "Landsbygdsutveckling").discrepancies()).containsExactly(new AreaFigures.Discrepancy("fem forum", 5, 6));
        assertThat(subArea(all, "Näringslivsutveckling").discrepancies()).containsExactly(new AreaFigures.Discrepancy("tio forum", 10, 11));
        assertThat(subArea(all, "Infrastruktur").discrepancies()).isEmpty();
        assertThat(subArea(all, "Regional utvecklingsstrategi och smart specialisering").discrepancies()).isEmpty();
        assertThat(subArea(all, "Bredband").discrepancies()).isEmpty();
        assertThat(subArea(all, "Kompetensförsörjning").text()).startsWith("Regionen är med i tre forum");
        assertThat(analysis.introduction()).startsWith("I regionala utvecklingsnämndens verksamhetsplan för 2021");
    }

    @Test
    void phrasesTheFiguresInEnglishForTheEnglishPages() {
        AreaFigures infrastructure = subArea(analysis.all(Locale.ENGLISH), "Infrastruktur");
        assertThat(infrastructure.sentences()).contains("The region takes part in 14 forums, 8 of them at political level.");
    }

    @Test
    void computesEveryAreaWithAFixedNumberOfStatements() {
        statements.reset();
        analysis.all(SWEDISH);
        assertThat(statements.count()).isLessThanOrEqualTo(3);
    }

    @Test
    void coverageShowsBroadbandAtPoliticalLevelInExistingForumsAndTheTrueGaps() {
        Coverage matrix = coverage.coverage();
        assertThat(matrix.levels()).containsExactly("POLITICAL", "SENIOR_OFFICIAL", "OFFICIAL");
        Map<String, Coverage.Cell> broadband = row(matrix, "Bredband").cells();
        // The memo: no political forum specifically for broadband, but it is handled in the politikerforum and the
        // region's samverkansråd.
        assertThat(names(broadband.get("POLITICAL"))).contains("Regionens samverkansråd")
                .anyMatch(n -> n.startsWith("Forum för hållbar regional utveckling"));
        assertThat(broadband.get("POLITICAL").gap()).isFalse();
        assertThat(names(row(matrix, "Digitalisering").cells().get("POLITICAL"))).contains("Regionens samverkansråd");
        assertThat(names(broadband.get("OFFICIAL"))).contains("Kommunala bredbandssamordnare", "Regionala bredbandskoordinatorer");

        // Nothing handles infrastructure at senior-official level, nor folkbildning at political level.
        assertThat(row(matrix, "Infrastruktur").cells().get("SENIOR_OFFICIAL").gap()).isTrue();
        assertThat(row(matrix, "Folkbildning").cells().get("POLITICAL").gap()).isTrue();
        assertThat(matrix.gaps()).isPositive();
    }

    @Test
    void coverageSaysWhereATopicHasNoForumOfItsOwnAsTheMemoDoes() {
        Coverage matrix = coverage.coverage();
        // "Det finns inget politiskt forum specifikt för bredband. På övergripande tjänstepersonsnivå (ÖT) och på
        // politisk nivå (P) hanteras bredbandsfrågor i befintliga forum" – and the same for digitalisation.
        for (String topic : List.of("Bredband", "Digitalisering")) {
            Map<String, Coverage.Cell> cells = row(matrix, topic).cells();
            assertThat(cells.get("POLITICAL").noOwnForum()).as("%s, political level", topic).isTrue();
            assertThat(cells.get("SENIOR_OFFICIAL").noOwnForum()).as("%s, senior-official level", topic).isTrue();
            assertThat(cells.get("OFFICIAL").noOwnForum()).as("%s, official level: forums of its own", topic).isFalse();
            assertThat(cells.get("OFFICIAL").arenas()).anyMatch(Coverage.ArenaRef::ownForum);
        }
        assertThat(row(matrix, "Bredband").cells().get("OFFICIAL").arenas()).allMatch(Coverage.ArenaRef::ownForum);
        // Infrastructure has political forums of its own next to the EU forums; a gap is not "no forum of its own".
        assertThat(row(matrix, "Infrastruktur").cells().get("POLITICAL").noOwnForum()).isFalse();
        assertThat(row(matrix, "Folkbildning").cells().get("POLITICAL").noOwnForum()).isFalse();
        assertThat(matrix.withoutOwnForum()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void coverageMarksTheEuForumsHandlingInfrastructureAsAnOverlap() {
        Coverage.Cell political = row(coverage.coverage(), "Infrastruktur").cells().get("POLITICAL");
        assertThat(names(political)).contains("CPMR (inkl. arbetsgrupper)", "Europaforum norra Sverige", "North Sweden European Office");
        assertThat(political.overlap()).isTrue();
        assertThat(political.euOverlap()).isTrue();
        assertThat(political.arenas().stream().filter(a -> "EU".equals(a.scope())).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void coverageByScopeShowsTheMemosMissingEuropeanArenasForCulture() {
        // "Det som saknas är kulturella påverkansarenor på europeisk nivå": no live arena handles Kultur at EU scope,
        // of any type; Kultur is handled regionally, interregionally and nationally.
        ScopeCoverage matrix = coverage.scopeCoverage();
        Coverage.Row culture = matrix.rows().stream().filter(r -> r.topic().equals("Kultur")).findFirst().orElseThrow();
        assertThat(culture.cells().get("EU").gap()).isTrue();
        assertThat(culture.cells().get("GLOBAL").gap()).isTrue();
        assertThat(culture.cells().get("NATIONAL").arenas()).extracting(Coverage.ArenaRef::name)
                .contains("Nationell dialog med Kulturdepartementet", "SKR:s kulturnätverk");
        assertThat(culture.cells().get("NATIONAL").overlap()).isTrue();
        long education = Register.areaId(areas, "Kultur och bildning");
        assertThat(coverage.liveArenas(culture.topicId(), Scope.EU, education)).isZero();
        assertThat(coverage.liveArenas(culture.topicId(), Scope.EU, null)).isZero();
        assertThat(coverage.liveArenas(culture.topicId(), Scope.NATIONAL, education))
                .isEqualTo(culture.cells().get("NATIONAL").arenas().size());
        // The memo's "Flera av EU-forumen hanterar infrastrukturfrågor; CPMR, Europaforum och NSEO": CPMR and NSEO are at
        // EU scope; Europaforum norra Sverige, a network of the four northernmost regions, is interregional.
        Map<String, Coverage.Cell> infrastructure = matrix.rows().stream().filter(r -> r.topic().equals("Infrastruktur")).findFirst()
                .orElseThrow().cells();
        assertThat(infrastructure.get("EU").euOverlap()).isTrue();
        assertThat(names(infrastructure.get("EU"))).contains("CPMR (inkl. arbetsgrupper)", "North Sweden European Office");
        assertThat(names(infrastructure.get("INTERREGIONAL"))).contains("Europaforum norra Sverige");
    }

    private static Coverage.Row row(Coverage matrix, String topic) {
        return matrix.rows().stream().filter(r -> r.topic().equals(topic)).findFirst().orElseThrow(() -> new AssertionError("No topic " + topic));
    }

    private static List<String> names(Coverage.Cell cell) {
        return cell.arenas().stream().map(Coverage.ArenaRef::name).toList();
    }
}
