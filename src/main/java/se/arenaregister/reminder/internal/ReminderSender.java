package se.arenaregister.reminder.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox, one row per transaction: the row is taken with {@code FOR UPDATE SKIP LOCKED},
 * mailed, and marked sent (or failed, with the error and the time of the next try) before the lock is let go, so two
 * senders (threads or nodes) never mail the same reminder and a restart finds every row as the last commit left it.
 * Without a mail server ({@code spring.mail.host} unset) it sends nothing and the rows stay pending.
 */
public class ReminderSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSender.class);

    private final JavaMailSender mail;
    private final Outbox outbox;
    private final Recipients recipients;
    private final Preferences preferences;
    private final ReminderMails mails;
    private final ReminderProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ReminderSender(JavaMailSender mail, Outbox outbox, Recipients recipients, Preferences preferences, ReminderMails mails,
                          ReminderProperties properties, TransactionTemplate transactions, Clock clock) {
        this.mail = mail;
        this.outbox = outbox;
        this.recipients = recipients;
        this.preferences = preferences;
        this.mails = mails;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** True when a mail server is configured. */
    public boolean configured() {
        return mail != null;
    }

    /** Sends the due rows, at most the batch size; how many were sent. */
    public int sendDue() {
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < properties.batchSize(); i++) {
            Optional<Boolean> outcome = Optional.ofNullable(transactions.execute(status -> sendNext()));
            if (outcome.isEmpty()) {
                break;
            }
            if (outcome.get()) {
                sent++;
            }
        }
        return sent;
    }

    /** Null when nothing was due; otherwise whether the row taken was sent. */
    private Boolean sendNext() {
        Instant now = clock.instant();
        Optional<Outbox.Taken> next = outbox.takeNext(now);
        if (next.isEmpty()) {
            return null;
        }
        Outbox.Taken row = next.get();
        Map<Long, Recipients.Recipient> found = recipients.of(Set.of(row.personId()));
        Recipients.Recipient to = found.get(row.personId());
        if (to == null) {
            outbox.skipped(row.id(), "no e-mail address");
            return false;
        }
        if (!to.wants(row.kind())) {
            outbox.skipped(row.id(), "opted out");
            return false;
        }
        ReminderPreference preference = preferences.of(row.personId());
        ReminderMails.Mail composed = mails.compose(row, to.name(), preference.language(), preference.unsubscribeToken());
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(to.address());
            helper.setSubject(composed.subject());
            helper.setText(composed.text(), false);
            message.setHeader("List-Unsubscribe", "<" + composed.unsubscribeUrl() + ">");
            mail.send(message);
        } catch (MailException | MessagingException e) {
            int attempts = row.attempts() + 1;
            Instant retry = attempts >= properties.maxAttempts() ? null : now.plus(properties.backOff(attempts));
            LOG.warn("Reminder {} to person {} not sent (attempt {}): {}", row.id(), row.personId(), attempts, e.getMessage());
            outbox.failed(row.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), retry);
            return false;
        }
        outbox.sent(row.id(), to.address(), now);
        return true;
    }
}
