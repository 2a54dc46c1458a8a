package se.arenaregister.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.exchange.internal.ImportPreview;
import se.arenaregister.exchange.internal.Imports;
import se.arenaregister.exchange.internal.Message;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.Role;
import se.arenaregister.shared.HomeOrganisation;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/**
 * Every problem and notice an import can give a row (every {@code import.row.*} and {@code import.notice.*} key, and
 * the form's own rules) is produced by a file made for it, and read as the preview shows it, in Swedish and in
 * English: no message may show a code ("LEVELS", "INFLUENCE") or an unresolved key, and the column is named as the
 * file names it or by its label. Every other {@code import.*} and {@code exchange.*} text is checked the same way.
 */
@IntegrationTest
class ImportMessagesTest {

    /** Upper-case words that are not codes: file formats, the memo, the EU, the home organisation, megabytes. */
    static final Set<String> ALLOWED = Set.of("CSV", "XLSX", "XLS", "UTF", "PM", "EU", "RJH", "MB");
    static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
    /** A message key left unresolved. */
    static final Pattern KEY = Pattern.compile("\\b(import|exchange|arena|role|level|scope|status)\\.[a-zA-Z]");
    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

    @Autowired
    Imports imports;
    @Autowired
    MessageSource messages;
    @Autowired
    HomeOrganisation home;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    People people;
    @Autowired
    Appointments appointments;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    se.arenaregister.arena.ArenaService arenas;

    private final Set<String> produced = new TreeSet<>();
    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String name, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(name, "n/a",
                AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new))));
    }

    static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Previews the file and checks what the preview shows, in both languages. */
    void preview(String filename, byte[] content, Long placement) {
        ImportPreview preview = imports.preview(filename, content, placement, "meddelandetest");
        List<Message> all = new ArrayList<>(preview.problems());
        all.addAll(preview.notices());
        all.forEach(m -> produced.add(m.code()));
        for (Locale locale : LANGUAGES) {
            ImportView view = ImportView.of(preview, messages, locale, home.shortName());
            List<ImportView.ProblemView> shown = new ArrayList<>(view.problems());
            shown.addAll(view.notices());
            for (ImportView.ProblemView p : shown) {
                check(filename + " " + locale + " row " + p.row() + " column", p.column());
                check(filename + " " + locale + " row " + p.row() + " message", p.message());
            }
        }
    }

    void check(String where, String text) {
        if (text == null) {
            return;
        }
        var codes = CODE.matcher(text).results().map(r -> r.group()).filter(w -> !ALLOWED.contains(w)).toList();
        if (!codes.isEmpty() || KEY.matcher(text).find() || text.matches(".*\\{\\d}.*")) {
            failures.add(where + ": " + text);
        }
    }

    @Test
    void everyProblemAndNoticeReadsAsTextInSwedishAndEnglish() throws Exception {
        String u = PeopleFixtures.unique("m").substring(2);
        Register.testSubArea(catalog, areas);
        long area = Register.areaId(areas, Register.TEST_AREA);
        // A sub-area name in two areas, organisations and people with one name between two of them.
        String shared = "Delat " + u;
        catalog.createArea(new AreaForm(shared, area, null, 50, null));
        long other = catalog.createArea(new AreaForm("Meddelandeområde " + u, null, null, 97, null)).id();
        catalog.createArea(new AreaForm(shared, other, null, 1, null));
        String twoOrganisations = "Tvåorg " + u;
        catalog.createOrganisation(new OrganisationForm(twoOrganisations, null, OrganisationKind.OTHER, "", "", null, null));
        catalog.createOrganisation(new OrganisationForm("Andra org " + u, twoOrganisations, OrganisationKind.OTHER, "", "", null, null));
        String twoPeople = "Tvåperson " + u;
        for (int i = 0; i < 2; i++) {
            people.create(new PersonForm(twoPeople, PersonKind.ELECTED, null, null, null, null, null, Set.of(), true, null));
        }
        long seated = fixtures.arena("Meddelandeforum", false, null, null, null);
        long member = fixtures.elected("Utsedd", "S");
        appointments.appoint(new AppointmentForm(member, seated, Role.MEMBER, LocalDate.now(clock).minusDays(1), null, null, null, null, null));
        String seatedName = arenas.formFor(seated).name();

        signIn("meddelandetest", "COORDINATOR");
        String header = "Namn på arena/nätverk/forum;Typ av forum;Område;Sakområde;Nivå;Geografisk nivå;Status;RJH leder;"
                + "Sammankallande;Sakfrågor;Representanter;Syfte med arenan;Färg";
        preview("fel.csv", csv(header,
                "Ett " + u + ";Lobbying;Testområde;Testsakområde;Q;Galaktisk;Vilande;kanske;Ingen sådan organisation;Okänd sakfråga;"
                        + "\"Ingen Alls (Ledamot); Utsedd (Kejsare); " + twoPeople + "\";" + "x".repeat(4001) + ";blå",
                ";Påverkan;Inget område;;;;;;" + twoOrganisations + ";;;;",
                "Tre " + u + ";;Testområde;Inget sakområde;;;;;;;;;",
                "Fyra " + u + ";Påverkan;;" + shared + ";;;;;;;;;",
                "Fem " + u + ";Påverkan;Testområde;Testsakområde;T;;;;;;;;",
                "Fem " + u + ";Påverkan;Testområde;Testsakområde;T;;;;;;;;",
                "x".repeat(301) + ";Påverkan;Testområde;Testsakområde;T;;;;;;;;",
                "=Sex " + u + ";;Testområde;Testsakområde;T;;;;;;Tjänsteperson;;"), null);
        preview("utan-område.csv", csv("Namn;Typ av forum", "Sju " + u + ";Påverkan"), null);
        preview("latin1.csv", String.join("\r\n", "Namn;Typ av forum;Område;Sakområde", "Åtta " + u + ";Påverkan;Testområde;Testsakområde")
                .getBytes(StandardCharsets.ISO_8859_1), null);
        preview("uppdrag.csv", csv("Namn;Område;Sakområde;Representanter", seatedName + ";Testområde;Testsakområde;"), null);
        preview("bilaga.xlsx", workbook(shared), null);
        signIn("redaktör", "AREA_EDITOR");
        preview("redaktör.csv", csv("Namn;Typ av forum;Område;Sakområde", "Nio " + u + ";Påverkan;Testområde;Testsakområde"), null);
        SecurityContextHolder.clearContext();

        Set<String> keys = new TreeSet<>();
        for (String key : bundle("messages.properties").stringPropertyNames()) {
            if (key.startsWith("import.row.") || key.startsWith("import.notice.")) {
                keys.add(key);
            }
        }
        assertThat(produced).as("every row problem and notice is produced by a file").containsAll(keys);
        assertThat(produced).as("and the form's own rules").contains("import.row.required", "Size");
        assertThat(failures).as("messages that show a code or an unresolved key").isEmpty();
    }

    /**
     * A sheet named after the shared sub-area (so its row cannot be placed), and a sheet in the memo's layout: a title, a
     * heading naming a sub-area, the header row, an arena.
     */
    static byte[] workbook(String shared) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(shared);
            sheet.createRow(0).createCell(0).setCellValue("Namn");
            sheet.createRow(1).createCell(0).setCellValue("Tio " + shared);
            var memo = book.createSheet("Bilaga");
            memo.createRow(0).createCell(0).setCellValue("Bilaga 1: Lista över arenor");
            memo.createRow(1).createCell(0).setCellValue(Register.TEST_SUB_AREA);
            var header = memo.createRow(2);
            header.createCell(0).setCellValue("Namn på arena/nätverk/forum");
            header.createCell(1).setCellValue("Typ av forum");
            var row = memo.createRow(3);
            row.createCell(0).setCellValue("Elva " + shared);
            row.createCell(1).setCellValue("Påverkan");
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void everyImportAndExchangeTextReadsAsTextInBothLanguages() throws Exception {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = bundle(bundle);
            for (String key : texts.stringPropertyNames()) {
                if (key.startsWith("import.") || key.startsWith("exchange.")) {
                    Locale locale = bundle.contains("_en") ? Locale.ENGLISH : Locale.forLanguageTag("sv");
                    String text = messages.getMessage(key, new Object[] {"x", 2, "y", "z"}, locale);
                    check(bundle + " " + key, text);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    static Properties bundle(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
