package se.arenaregister.reminder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.governance.AgreementForm;
import se.arenaregister.governance.Agreements;
import se.arenaregister.notes.NoteForm;
import se.arenaregister.notes.Notes;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/**
 * The two kinds that come from modules above the reminders: an agreement's valid-until reaches the person responsible
 * (not once it is recorded as ended), and a note's "who should know" reaches the people named and the people of the
 * areas named, at once and once, against a real SMTP server.
 */
@IntegrationTest
class NoteAndAgreementRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    People people;
    @Autowired
    Agreements agreements;
    @Autowired
    Notes notes;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    ReminderPlanner planner;
    @Autowired
    Outbox outbox;
    @Autowired
    Recipients recipients;
    @Autowired
    Preferences preferences;
    @Autowired
    ReminderMails mails;
    @Autowired
    ReminderProperties properties;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void onlyThisTestsReminders() {
        today = LocalDate.now(clock);
        jdbc.sql("UPDATE reminder_outbox SET status = 'SKIPPED', last_error = 'set aside by a test' WHERE status = 'PENDING'").update();
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void anAgreementsEndReachesItsResponsibleUntilItIsRecordedAsEnded() throws Exception {
        String mail = address("avtal");
        long responsible = person("Avtal Ansvarig", mail, null);
        LocalDate until = today.plusDays(properties.leadDays(se.arenaregister.reminder.ReminderKind.AGREEMENT_END) - 1);
        agreements.create(new AgreementForm("Samverkansavtal " + mail, null, null, null, today.minusYears(3), until, null,
                responsible, "", null));
        agreements.create(new AgreementForm("Avslutat avtal " + mail, null, null, null, today.minusYears(3), until, today.minusDays(1),
                responsible, "", null));

        planner.compute(today);
        sender().sendDue();
        planner.compute(today);
        sender().sendDue();

        List<MimeMessage> got = to(mail);
        assertThat(got).as("one mail, for the agreement not ended, once").hasSize(1);
        assertThat(got.get(0).getSubject()).isEqualTo("Påminnelse: överenskommelsen Samverkansavtal " + mail + " löper ut " + until);
    }

    @Test
    @WithMockUser(username = "anteckningsskrivare", roles = "COORDINATOR")
    void aNoteReachesThePeopleNamedAndThePeopleOfTheAreasNamedOnce() throws Exception {
        // An area of this test's own: notes addressed to the shared test area would reach other tests' people.
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        long area = catalog.createArea(new AreaForm("Påminnelseområde " + suffix, null, null, 98, null)).id();
        long subArea = catalog.createArea(new AreaForm("Påminnelsesakområde " + suffix, area, null, 1, null)).id();
        String named = address("namngiven");
        String ofSubArea = address("sakomrade");
        String elsewhere = address("annanstans");
        long namedPerson = person("Namngiven Kollega", named, null);
        person("Kollega i sakområdet", ofSubArea, subArea);
        person("Kollega någon annanstans", elsewhere, Register.areaId(areas, "Kultur och bildning"));
        long arena = fixtures.arena("Arenan med anteckningen", false, null, null, null);

        NoteForm form = new NoteForm(today.minusDays(1), Set.of(), "Strateg", "Tågtrafiken norrut", null,
                "Trafikverket planerar om", Set.of(namedPerson), Set.of(area), null);
        long note = notes.create(arena, form);
        sender().sendDue();
        // Saved again with the same recipients: nobody is told twice.
        NoteForm stored = notes.formFor(note);
        notes.update(note, stored);
        sender().sendDue();

        assertThat(to(named)).hasSize(1);
        assertThat(to(named).get(0).getSubject())
                .isEqualTo("En anteckning nämner dig: " + arenaName(arena) + " (" + today.minusDays(1) + ")");
        assertThat(to(ofSubArea)).as("the named area's sub-area is the area's too").hasSize(1);
        assertThat(to(elsewhere)).isEmpty();
    }

    @Test
    void aNoteTheSystemSavesWithNobodySignedInMailsNoOne() {
        String named = address("systemet");
        long namedPerson = person("Demo Kollega", named, null);
        long arena = fixtures.arena("Arenan med demoanteckningen", false, null, null, null);
        long note = notes.create(arena, new NoteForm(today.minusYears(3), Set.of(), "Strateg", "Gammalt möte", null, null,
                Set.of(namedPerson), Set.of(), null));

        assertThat(jdbc.sql("SELECT count(*) FROM reminder_outbox WHERE kind = 'NOTE' AND subject_id = :note").param("note", note)
                .query(Long.class).single()).isZero();
    }

    private ReminderSender sender() {
        return new ReminderSender(Mailbox.client(smtp), outbox, recipients, preferences, mails, properties, new TransactionTemplate(transactions), clock);
    }

    private static List<MimeMessage> to(String address) {
        return Mailbox.to(smtp, address);
    }

    private String arenaName(long arena) {
        return jdbc.sql("SELECT name FROM arena_overview WHERE id = :id").param("id", arena).query(String.class).single();
    }

    private static String address(String who) {
        return Mailbox.address(who);
    }

    private long person(String name, String email, Long areaId) {
        return people.create(new PersonForm(name, PersonKind.OFFICIAL, null, "Strateg", areaId, email, null, Set.of(), true, null));
    }
}
