package se.arenaregister.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.support.IntegrationTest;

/**
 * The demo data holds every arena of Bilaga 1 ("Lista över arenor inom Hållbar tillväxt") of memo RUN/78/2022,
 * under its sub-area and with its "Typ av forum", and agrees with the counts and dates the memo states in its prose.
 *
 * <p>The table below is transcribed from the memo, not from the demo YAML: names as printed in the appendix with line
 * breaks collapsed to single spaces, types as printed ("Påverkan/verkställande" means both).
 *
 * <p>All {@link IntegrationTest} classes share one database, and other tests may add arenas of their own to these
 * sub-areas, so the counts are taken over the appendix's arenas only.
 */
@IntegrationTest
class DemoDataAppendixTest {

    private static final String AREA = "Hållbar tillväxt";

    /** Bilaga 1, one row per arena: sub-area | name | Typ av forum. */
    private static final String APPENDIX = """
            Övergripande | Forum för hållbar regional utveckling och attraktionskraft (politikerforum) | Påverkan
            Övergripande | Tjänstemannaforum | Påverkan
            Övergripande | Regionens samverkansråd | Informationsutbyte
            Övergripande | Regionutvecklingsdirektörerna (SKR) | Informationsutbyte
            EU | CPMR (inkl. arbetsgrupper) | Påverkan
            EU | Europaforum norra Sverige | Påverkan
            EU | Interreg Baltic Sea Region (BSR) | Verkställande
            EU | Interreg Norra Periferi och Arktis-programmet | Verkställande
            EU | Interreg Sverige-Norge: Nordens Gröna Bälte, styrkommitté | Verkställande
            EU | Interreg Sverige-Norge: Övervakningskommitté | Verkställande
            EU | Länspartnerskapet | Verkställande
            EU | North Sweden European Office | Påverkan
            EU | North Sweden Stockholm Office (NIPP numera NSSO) | Påverkan
            EU | Northern Sparsely Populated Area | Påverkan
            EU | Övervakningskommittén för de åtta regionala strukturfondsprogrammen | Verkställande
            Regional utvecklingsstrategi och smart specialisering | Det nationella S3-nätverket | Erfarenhetsutbyte
            Regional utvecklingsstrategi och smart specialisering | Regional innovationsplattform | Erfarenhetsutbyte
            Regional utvecklingsstrategi och smart specialisering | Regional Nationell Dialog | Informationsutbyte
            Regional utvecklingsstrategi och smart specialisering | Regionala Innovationspartnerskap i norra Sverige | Erfarenhetsutbyte
            Regional utvecklingsstrategi och smart specialisering | RUS-nätverket | Erfarenhetsutbyte
            Regional utvecklingsstrategi och smart specialisering | S3-process Digitala lösningar | Verkställande
            Regional utvecklingsstrategi och smart specialisering | S3-process Hållbar Energi | Verkställande
            Regional utvecklingsstrategi och smart specialisering | S3-process Jord, skog och Vatten | Verkställande
            Regional utvecklingsstrategi och smart specialisering | S3-process Uppevelser | Verkställande
            Regional utvecklingsstrategi och smart specialisering | Utvecklingsfinansiering | Verkställande
            Infrastruktur | Bottniska korridoren arbetsgrupper | Påverkan
            Infrastruktur | Bottniska korridoren styrgrupp | Påverkan
            Infrastruktur | Bärighetsrådet | Påverkan
            Infrastruktur | Flygrådet | Påverkan
            Infrastruktur | Förening för elektrifiering av Meråkerbanan/Elbanan STS | Verkställande
            Infrastruktur | Kommuner (regiongrupp) infrastruktur | Verkställande
            Infrastruktur | Kommunikationsexperterna (Komexp) | Informationsutbyte
            Infrastruktur | Partnerskap Mittstråket | Påverkan/verkställande
            Infrastruktur | Partnerskapet Atlantbanan | Påverkan
            Infrastruktur | Regional samverkan infrastruktur | Erfarenhetsutbyte
            Infrastruktur | Regionens transportutvecklingsråd | Informationsutbyte/påverkan
            Infrastruktur | Samverkansmöten kommuner och Trafikverket | Påverkan
            Infrastruktur | SJ styrgrupp | Påverkan
            Infrastruktur | Årsmöte Norrtåg | Verkställande
            Bredband | Kommunala bredbandssamordnare | Verkställande
            Bredband | Myndighetssamverkan bredbandsstöd | Verkställande
            Bredband | Regionala bredbandskoordinatorer | Verkställande
            Digitalisering | AI Sweden | Erfarenhetsutbyte
            Digitalisering | Forum för digitalisering | Erfarenhetsutbyte
            Digitalisering | It-chefsmöte | Erfarenhetsutbyte
            Digitalisering | Kommunala digitaliseringssamordnare | Informationsutbyte
            Näringslivsutveckling | Arbetsgrupp Vision 100/200 000 Samling näringsliv | Samverkan/påverkan
            Näringslivsutveckling | Destination Vemdalen | Informationsutbyte
            Näringslivsutveckling | JHT/LST/RJH | Informationsutbyte
            Näringslivsutveckling | Näringslivsdialog | Informationsutbyte
            Näringslivsutveckling | Näringslivsverkstad | Erfarenhetsutbyte
            Näringslivsutveckling | Referensgrupp ETOUR | Informationsutbyte
            Näringslivsutveckling | SKR Näringslivnätverk | Erfarenhetsutbyte
            Näringslivsutveckling | Team Sweden - Export | Informationsutbyte
            Näringslivsutveckling | Team Sweden - Invest | Informationsutbyte
            Näringslivsutveckling | Tillväxtchefsmöte | Erfarenhetsutbyte
            Näringslivsutveckling | UNESCO Creative Cities Network | Påverkan
            Kompetensförsörjning | ERFA-träffar för det regionala kompetensförsörjningsarbetet | Erfarenhetsutbyte
            Kompetensförsörjning | Kompetensförsörjningsdagarna | Erfarenhetsutbyte
            Kompetensförsörjning | Ledningsgrupp regional kompetensförsörjning | Verkställande
            Landsbygdsutveckling | Kommersiell service Tillväxtverket | Erfarenhetsutbyte
            Landsbygdsutveckling | Mat-livsmedelsstrategi partnerskap | Verkställande
            Landsbygdsutveckling | Partnerskapet för landsbygdsprogrammet | Verkställande
            Landsbygdsutveckling | Samverkansråd gällande framtida jordbruks- och landsbygdspolitik, jordbruksfonden (CAP) | Informationsutbyte
            Landsbygdsutveckling | Service-Z | Erfarenhetsutbyte
            Landsbygdsutveckling | Övervakningskommittén i Landsbygdsprogrammet | Verkställande
            Hållbarhet | Cradlenet | Erfarenhetsutbyte
            Hållbarhet | SNIUS-nod Norrland | Erfarenhetsutbyte
            Miljö, energi och klimat | Nationellt biogasnätverk (för regionpolitiker) | Påverkan
            Övriga | Analys Samverkan Norr | Erfarenhetsutbyte
            Övriga | Myndighetsnätverket | Informationsutbyte
            Övriga | Reglab | Erfarenhetsutbyte
            Övriga | Trööndelagen Saemien Raerie/Samisk Råd Trøndelag | Informationsutbyte
            """;

    @Autowired
    private ArenaQueries queries;

    @ParameterizedTest(name = "{0} › {1}")
    @CsvSource(delimiter = '|', textBlock = APPENDIX)
    void everyAppendixArenaIsInTheRegisterWithItsSubAreaAndTypes(String subArea, String name, String typeOfForum) {
        List<ArenaRow> sustainableGrowth = sustainableGrowth();
        List<ArenaRow> named = sustainableGrowth.stream().filter(a -> a.name().equals(name)).toList();

        assertThat(named)
                .as("arenas named \"%s\" under %s; the register has in %s: %s", name, AREA, subArea,
                        namesIn(sustainableGrowth, subArea))
                .hasSize(1);
        ArenaRow arena = named.get(0);
        assertThat(arena.subArea()).as("sub-area of %s", name).isNotNull();
        assertThat(arena.subArea().name()).as("sub-area of %s", name).isEqualTo(subArea);
        assertThat(arena.types()).as("types of %s (\"%s\")", name, typeOfForum)
                .containsExactlyInAnyOrderElementsOf(types(typeOfForum));
    }

    @Test
    void infrastructureHasFourteenArenasOfWhichEightArePolitical() {
        List<ArenaRow> infrastructure = appendixArenasIn("Infrastruktur");

        assertThat(infrastructure).hasSize(14);
        assertThat(infrastructure).filteredOn(a -> a.levels().contains(Level.POLITICAL))
                .as("political arenas in Infrastruktur").hasSize(8);
    }

    @Test
    void regionalDevelopmentStrategyHasTenArenasOfWhichTheRegionLeadsFive() {
        List<ArenaRow> strategy = appendixArenasIn("Regional utvecklingsstrategi och smart specialisering");

        assertThat(strategy).hasSize(10);
        assertThat(strategy).filteredOn(ArenaRow::ledByHome)
                .as("arenas led by the region in Regional utvecklingsstrategi och smart specialisering").hasSize(5);
    }

    @Test
    void businessDevelopmentHasElevenArenasOfWhichTheRegionLeadsThree() {
        List<ArenaRow> business = appendixArenasIn("Näringslivsutveckling");

        assertThat(business).hasSize(11);
        assertThat(business).filteredOn(ArenaRow::ledByHome)
                .as("arenas led by the region in Näringslivsutveckling").hasSize(3);
    }

    @Test
    void skillsSupplyHasThreeArenas() {
        assertThat(appendixArenasIn("Kompetensförsörjning")).hasSize(3);
    }

    @Test
    void broadbandHasThreeArenas() {
        assertThat(appendixArenasIn("Bredband")).hasSize(3);
    }

    @Test
    void bothBothnianCorridorArenasEndWithTheProjectAtTheEndOf2022() {
        List<ArenaRow> corridor = sustainableGrowth().stream()
                .filter(a -> a.name().startsWith("Bottniska korridoren")).toList();

        assertThat(corridor).extracting(ArenaRow::name)
                .containsExactlyInAnyOrder("Bottniska korridoren arbetsgrupper", "Bottniska korridoren styrgrupp");
        assertThat(corridor).allSatisfy(a ->
                assertThat(a.endDate()).as("end date of %s", a.name()).isEqualTo(LocalDate.of(2022, 12, 31)));
    }

    @Test
    void unescoCreativeCitiesNetworkRunsFrom2020Through2024() {
        ArenaRow unesco = arena("UNESCO Creative Cities Network");

        assertThat(unesco.startDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(unesco.endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void samiCouncilArenaEndsAtTheEndOf2022() {
        ArenaRow samiCouncil = arena("Trööndelagen Saemien Raerie/Samisk Råd Trøndelag");

        assertThat(samiCouncil.endDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    private List<ArenaRow> sustainableGrowth() {
        return queries.list(ArenaFilter.none()).stream().filter(a -> a.area().name().equals(AREA)).toList();
    }

    /** The register's arenas in the sub-area that the appendix lists there. */
    private List<ArenaRow> appendixArenasIn(String subArea) {
        Set<String> names = appendix().stream().filter(row -> row[0].equals(subArea)).map(row -> row[1])
                .collect(Collectors.toSet());
        return sustainableGrowth().stream()
                .filter(a -> a.subArea() != null && a.subArea().name().equals(subArea))
                .filter(a -> names.contains(a.name()))
                .toList();
    }

    private ArenaRow arena(String name) {
        List<ArenaRow> named = sustainableGrowth().stream().filter(a -> a.name().equals(name)).toList();
        assertThat(named).as("arenas named \"%s\"", name).hasSize(1);
        return named.get(0);
    }

    private static List<String> namesIn(List<ArenaRow> arenas, String subArea) {
        return arenas.stream().filter(a -> a.subArea() != null && a.subArea().name().equals(subArea))
                .map(ArenaRow::name).toList();
    }

    private static List<String[]> appendix() {
        return APPENDIX.lines().filter(line -> !line.isBlank())
                .map(line -> Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new))
                .toList();
    }

    /** The memo's "Typ av forum" ("Påverkan/verkställande") as the register's types. */
    private static List<ArenaType> types(String typeOfForum) {
        return Arrays.stream(typeOfForum.split("/")).map(t -> switch (t.strip().toLowerCase(Locale.ROOT)) {
            case "påverkan" -> ArenaType.INFLUENCE;
            case "verkställande" -> ArenaType.EXECUTIVE;
            case "erfarenhetsutbyte" -> ArenaType.EXPERIENCE_EXCHANGE;
            case "informationsutbyte" -> ArenaType.INFORMATION_EXCHANGE;
            case "samverkan" -> ArenaType.COLLABORATION;
            default -> throw new IllegalArgumentException("Unknown Typ av forum: " + t);
        }).toList();
    }
}
