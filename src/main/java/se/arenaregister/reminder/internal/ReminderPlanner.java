package se.arenaregister.reminder.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.reminder.DueReminder;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.ReminderSource;

/**
 * Fills the outbox: each day, every source's reminders due within its kind's lead days; each week, one digest per
 * recipient of what every source has coming in the digest's window. Only recipients with an address who have not
 * opted out of the kind are claimed; what was claimed before stays as it is. One statement per source, two to find
 * the recipients and one to claim, whatever the number of rows.
 */
@Component
@Transactional
public class ReminderPlanner {

    private static final String NO_ITEMS = "[]";

    private final List<ReminderSource> sources;
    private final Recipients recipients;
    private final Outbox outbox;
    private final ReminderMails mails;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderPlanner(List<ReminderSource> sources, Recipients recipients, Outbox outbox, ReminderMails mails,
                    ReminderProperties properties, Clock clock) {
        this.sources = sources;
        this.recipients = recipients;
        this.outbox = outbox;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** Claims the reminders due from {@code today} within each kind's lead days; how many were new. */
    public int compute(LocalDate today) {
        List<DueReminder> due = new ArrayList<>();
        for (ReminderSource source : sources) {
            due.addAll(source.dueBetween(today, today.plusDays(properties.leadDays(source.kind()))));
        }
        return claim(due);
    }

    /** Claims reminders a module raises at once (a note naming who should know); how many were new. */
    public int claim(Collection<DueReminder> reminders) {
        Map<Long, Recipients.Recipient> to = recipients.of(personIds(reminders));
        List<Outbox.Claim> claims = reminders.stream()
                .filter(r -> to.containsKey(r.personId()) && to.get(r.personId()).wants(r.kind()))
                .map(r -> new Outbox.Claim(r, NO_ITEMS))
                .toList();
        return outbox.claim(claims, clock.instant());
    }

    /** Claims this week's digest for each recipient with something coming; how many were new. */
    public int digest(LocalDate today) {
        List<DueReminder> coming = new ArrayList<>();
        for (ReminderSource source : sources) {
            coming.addAll(source.dueBetween(today, today.plusDays(properties.digestDays())));
        }
        Map<Long, Recipients.Recipient> to = recipients.of(personIds(coming));
        Map<Long, List<ReminderMails.Item>> byPerson = new LinkedHashMap<>();
        coming.stream()
                .filter(r -> to.containsKey(r.personId()) && to.get(r.personId()).wants(ReminderKind.DIGEST)
                        && to.get(r.personId()).wants(r.kind()))
                .sorted(Comparator.comparing(DueReminder::dueOn).thenComparing(DueReminder::kind).thenComparing(DueReminder::what))
                .forEach(r -> byPerson.computeIfAbsent(r.personId(), p -> new ArrayList<>())
                        .add(new ReminderMails.Item(r.kind(), r.dueOn().toString(), r.what())));
        List<Outbox.Claim> claims = new ArrayList<>();
        byPerson.forEach((person, items) -> claims.add(new Outbox.Claim(
                new DueReminder(ReminderKind.DIGEST, person, person, today, String.valueOf(items.size())), mails.itemsJson(items))));
        return outbox.claim(claims, clock.instant());
    }

    private static Set<Long> personIds(Collection<DueReminder> reminders) {
        Set<Long> ids = new HashSet<>();
        reminders.forEach(r -> ids.add(r.personId()));
        return ids;
    }
}
