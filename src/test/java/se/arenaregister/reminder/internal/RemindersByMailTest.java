package se.arenaregister.reminder.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.followup.ReviewForm;
import se.arenaregister.followup.Reviews;
import se.arenaregister.person.AccountLinkForm;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/**
 * Reminders against a real SMTP server (GreenMail on a free port): the right people get the right mail in their
 * language, nothing twice (computed and sent twice, and two senders at once over the same database), nothing when
 * opted out, the unsubscribe link without login, a failed send retried with back-off, and no mail at all while
 * {@code spring.mail.host} is unset (the test application has none).
 */
@IntegrationTest
class RemindersByMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    People people;
    @Autowired
    Reviews reviews;
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
    ReminderSender configuredSender;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;

    LocalDate today;

    @BeforeEach
    void onlyThisTestsReminders() {
        today = LocalDate.now(clock);
        // Rows another test left pending would go to this test's server: they are set aside.
        jdbc.sql("UPDATE reminder_outbox SET status = 'SKIPPED', last_error = 'set aside by a test' WHERE status = 'PENDING'").update();
    }

    @Test
    void theResponsibleGetsTheReminderInTheirLanguageWithLinksToMinSidaAndUnsubscribe() throws Exception {
        String swede = address("svensk");
        String english = address("english");
        long sv = person("Svensk Ansvarig", swede);
        long en = person("English Responsible", english);
        preferences.update(en, "en", Set.of(), preferences.of(en).version());
        long arenaSv = fixtures.arena("Partnerskapet Mittstråket", false, null, null, null);
        long arenaEn = fixtures.arena("Mid Nordic partnership", false, null, null, null);
        LocalDate due = today.plusDays(10);
        review(arenaSv, sv, due);
        review(arenaEn, en, due);
        review(arenaEn, sv, today.plusDays(properties.leadDays(ReminderKind.REVIEW) + 5));

        planner.compute(today);
        assertThat(sender(smtpSender()).sendDue()).isGreaterThanOrEqualTo(2);

        List<MimeMessage> toSwede = to(swede);
        assertThat(toSwede).as("one reminder: the second review is not within the lead days yet").hasSize(1);
        assertThat(toSwede.get(0).getSubject()).isEqualTo("Påminnelse: översyn av " + arenaName(arenaSv) + " " + due);
        String body = text(toSwede.get(0));
        assertThat(body).contains("Hej Svensk Ansvarig").containsPattern("Min sida: http://\\S+/me\\s").contains("/reminders/unsubscribe/"
                + preferences.of(sv).unsubscribeToken() + "?kind=REVIEW");
        assertThat(toSwede.get(0).getFrom()[0].toString()).isEqualTo(properties.from());

        List<MimeMessage> toEnglish = to(english);
        assertThat(toEnglish).hasSize(1);
        assertThat(toEnglish.get(0).getSubject()).isEqualTo("Reminder: review of " + arenaName(arenaEn) + " " + due);
        assertThat(text(toEnglish.get(0))).contains("Hello English Responsible");
    }

    @Test
    void computedAndSentTwiceEachReminderGoesOnce() throws Exception {
        String mail = address("twice");
        long person = person("Tvåfaldig Påminnelsemottagare", mail);
        review(fixtures.arena("Dubbelarenan", false, null, null, null), person, today.plusDays(3));

        ReminderSender sender = sender(smtpSender());
        assertThat(planner.compute(today)).isGreaterThanOrEqualTo(1);
        sender.sendDue();
        assertThat(planner.compute(today)).as("claimed again").isZero();
        sender.sendDue();
        planner.digest(today);
        planner.digest(today);
        sender.sendDue();

        List<MimeMessage> got = to(mail);
        assertThat(got).extracting(MimeMessage::getSubject).hasSize(2)
                .anyMatch(s -> s.startsWith("Påminnelse: översyn av Dubbelarenan"))
                .anyMatch(s -> s.equals("Veckobrev " + today + ": en sak på gång"));
        MimeMessage digest = got.stream().filter(m -> subject(m).startsWith("Veckobrev")).findFirst().orElseThrow();
        assertThat(text(digest)).contains(today.plusDays(3) + "  Översyn: Dubbelarenan").contains("?kind=DIGEST");
    }

    @Test
    void twoSendersAtOnceOverTheSameDatabaseSendEachReminderOnce() throws Exception {
        String mail = address("concurrent");
        long person = person("Samtidig Mottagare", mail);
        long arena = fixtures.arena("Samtidiga arenan", false, null, null, null);
        int reminders = 12;
        for (int i = 0; i < reminders; i++) {
            review(arena, person, today.plusDays(1 + i % 10));
        }
        assertThat(planner.compute(today)).isGreaterThanOrEqualTo(reminders);

        List<ReminderSender> senders = List.of(sender(smtpSender()), sender(smtpSender()));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sent = new ArrayList<>();
        for (ReminderSender node : senders) {
            sent.add(nodes.submit(() -> {
                start.await();
                return node.sendDue();
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> each : sent) {
            total += each.get(60, TimeUnit.SECONDS);
        }
        nodes.shutdown();

        assertThat(total).isEqualTo(reminders);
        assertThat(to(mail)).hasSize(reminders);
        assertThat(jdbc.sql("SELECT count(*) FROM reminder_outbox WHERE person_id = :p AND status = 'SENT' AND attempts = 1")
                .param("p", person).query(Long.class).single()).isEqualTo(reminders);
    }

    @Test
    void nothingIsSentOfAKindTheRecipientOptedOutOf() throws Exception {
        String mail = address("optout");
        long person = person("Avböjer Översyner", mail);
        long arena = fixtures.arena("Avböjda arenan", false, null, null, null);
        review(arena, person, today.plusDays(5));
        preferences.update(person, "sv", EnumSet.of(ReminderKind.REVIEW), preferences.of(person).version());

        planner.compute(today);
        planner.digest(today);
        sender(smtpSender()).sendDue();
        assertThat(to(mail)).as("the digest only").extracting(MimeMessage::getSubject).noneMatch(s -> s.contains("översyn"));
        assertThat(jdbc.sql("SELECT count(*) FROM reminder_outbox WHERE person_id = :p AND kind = 'REVIEW'").param("p", person)
                .query(Long.class).single()).isZero();

        // Opted out after the reminder was claimed: it is not sent either.
        preferences.update(person, "sv", Set.of(), preferences.of(person).version());
        review(arena, person, today.plusDays(6));
        planner.compute(today);
        preferences.update(person, "sv", EnumSet.of(ReminderKind.REVIEW), preferences.of(person).version());
        sender(smtpSender()).sendDue();
        assertThat(to(mail)).extracting(MimeMessage::getSubject).noneMatch(s -> s.contains("översyn"));
        assertThat(jdbc.sql("SELECT status FROM reminder_outbox WHERE person_id = :p AND kind = 'REVIEW'").param("p", person)
                .query(String.class).list()).as("claimed while wanted, opted out before sending").hasSize(2).containsOnly("SKIPPED");
    }

    @Test
    void theUnsubscribeLinkWorksWithoutLoginAndCanBeUndone() throws Exception {
        long person = person("Avslutar Länk", address("link"));
        String token = preferences.of(person).unsubscribeToken();
        String link = "/reminders/unsubscribe/" + token;

        mvc.perform(get(link).param("kind", "REVIEW")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("sluta få påminnelser av slaget ”Översyn”")));
        assertThat(preferences.of(person).optedOut()).as("a GET changes nothing").isEmpty();

        mvc.perform(post(link).param("kind", "REVIEW").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Du får inte längre påminnelser av slaget")));
        assertThat(preferences.of(person).optedOut()).containsExactly(ReminderKind.REVIEW);

        mvc.perform(post(link + "/undo").param("kind", "REVIEW").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("igen")));
        assertThat(preferences.of(person).optedOut()).isEmpty();

        mvc.perform(post(link).with(csrf())).andExpect(status().isOk());
        assertThat(preferences.of(person).optedOut()).as("without a kind: everything").containsExactlyInAnyOrder(ReminderKind.values());
    }

    @Test
    void aWrongTokenOrKindGetsAClearPageNotAnError() throws Exception {
        String wrong = "/reminders/unsubscribe/" + Preferences.newToken();
        mvc.perform(get(wrong)).andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Länken fungerar inte")));
        mvc.perform(post(wrong).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/reminders/unsubscribe/kort")).andExpect(status().isNotFound());
        long person = person("Fel Slag", address("kind"));
        mvc.perform(get("/reminders/unsubscribe/" + preferences.of(person).unsubscribeToken()).param("kind", "'; drop table x; --"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFailedSendStaysPendingWithItsErrorAndIsRetriedWithBackOffThenMarkedFailed() throws Exception {
        String mail = address("retry");
        long person = person("Försöker Igen", mail);
        review(fixtures.arena("Omförsöksarenan", false, null, null, null), person, today.plusDays(4));
        planner.compute(today);
        long id = jdbc.sql("SELECT id FROM reminder_outbox WHERE person_id = :p").param("p", person).query(Long.class).single();

        JavaMailSenderImpl closed = new JavaMailSenderImpl();
        closed.setHost("127.0.0.1");
        closed.setPort(closedPort());
        assertThat(sender(closed).sendDue()).isZero();
        OutboxEntry failedOnce = outbox.entry(id).orElseThrow();
        assertThat(failedOnce.status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).isNotBlank();
        assertThat(failedOnce.nextAttemptAt()).isAfter(clock.instant().plus(properties.firstRetry()).minusSeconds(5));

        assertThat(sender(smtpSender()).sendDue()).as("not before its next attempt").isZero();
        assertThat(to(mail)).isEmpty();

        Clock later = Clock.offset(clock, properties.backOff(1).plusMinutes(1));
        assertThat(sender(smtpSender(), later).sendDue()).isEqualTo(1);
        assertThat(to(mail)).hasSize(1);
        OutboxEntry sent = outbox.entry(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxEntry.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.sentTo()).isEqualTo(mail);

        // Always failing: after max-attempts tries the row is failed, and an administrator's new try makes it pending.
        review(fixtures.arena("Misslyckade arenan", false, null, null, null), person, today.plusDays(2));
        planner.compute(today);
        long failing = jdbc.sql("SELECT id FROM reminder_outbox WHERE person_id = :p AND status = 'PENDING'").param("p", person)
                .query(Long.class).single();
        Duration waited = Duration.ZERO;
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            sender(closed, Clock.offset(clock, waited)).sendDue();
            waited = waited.plus(properties.backOff(attempt)).plusMinutes(1);
        }
        OutboxEntry failed = outbox.entry(failing).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxEntry.Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
        mvc.perform(get("/admin/reminders").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("reminder-" + failing)));
        mvc.perform(post("/admin/reminders/" + failing + "/retry").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(outbox.entry(failing).orElseThrow().status()).isEqualTo(OutboxEntry.Status.PENDING);
        assertThat(sender(smtpSender()).sendDue()).isEqualTo(1);
    }

    @Test
    void withoutSpringMailHostNothingIsSentAndAdministratorsAreTold() throws Exception {
        long person = person("Ingen Server", address("off"));
        review(fixtures.arena("Okonfigurerade arenan", false, null, null, null), person, today.plusDays(4));
        planner.compute(today);

        assertThat(configuredSender.configured()).isFalse();
        assertThat(configuredSender.sendDue()).isZero();
        assertThat(jdbc.sql("SELECT status FROM reminder_outbox WHERE person_id = :p").param("p", person).query(String.class).list())
                .containsExactly("PENDING");
        mvc.perform(get("/admin/reminders").with(user("admin").roles("ADMIN"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skickas inte: e-post är inte konfigurerad")));
    }

    @Test
    void aPersonWithoutAnAddressGetsNothingAndIsNotClaimed() {
        long person = person("Utan Adress", null);
        review(fixtures.arena("Adresslösa arenan", false, null, null, null), person, today.plusDays(4));
        planner.compute(today);
        assertThat(jdbc.sql("SELECT count(*) FROM reminder_outbox WHERE person_id = :p").param("p", person).query(Long.class).single())
                .isZero();
    }

    @Test
    void aPersonWithoutAnAddressOfTheirOwnIsMailedAtTheirAccountsAddress() throws Exception {
        String username = "konto-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long account = users.create(new NewUserForm(username, "Kontoperson", AccountRole.READER, "ett långt lösenord", "ett långt lösenord")).id();
        String mail = address("account");
        jdbc.sql("UPDATE app_user SET email = :email WHERE id = :id").param("email", mail).param("id", account).update();
        long person = person("Kontoperson", null);
        people.linkAccount(person, new AccountLinkForm(username, people.formFor(person).version()));
        review(fixtures.arena("Kontoarenan", false, null, null, null), person, today.plusDays(2));

        planner.compute(today);
        sender(smtpSender()).sendDue();
        assertThat(to(mail)).extracting(MimeMessage::getSubject).singleElement().asString().startsWith("Påminnelse: översyn av Kontoarenan");
    }

    private ReminderSender sender(JavaMailSenderImpl mail) {
        return sender(mail, clock);
    }

    private ReminderSender sender(JavaMailSenderImpl mail, Clock at) {
        return new ReminderSender(mail, outbox, recipients, preferences, mails, properties, new TransactionTemplate(transactions), at);
    }

    private static JavaMailSenderImpl smtpSender() {
        return Mailbox.client(smtp);
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<MimeMessage> to(String address) {
        return Mailbox.to(smtp, address);
    }

    /** The decoded plain text of a mail. */
    private static String text(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(String who) {
        return Mailbox.address(who);
    }

    private long person(String name, String email) {
        return people.create(new PersonForm(name, PersonKind.OFFICIAL, null, "Strateg", null, email, null, Set.of(), true, null));
    }

    private void review(long arena, long person, LocalDate due) {
        reviews.schedule(new ReviewForm(arena, null, due, false, null, null, "Översyn enligt beslut", person, null));
    }

    private String arenaName(long arena) {
        return jdbc.sql("SELECT name FROM arena_overview WHERE id = :id").param("id", arena).query(String.class).single();
    }
}
