package se.arenaregister.reminder.internal;

import java.util.EnumSet;
import java.util.Set;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;
import se.arenaregister.reminder.ReminderKind;

/**
 * A recipient's reminder choices, one per person: the language of their mail and the kinds they opted out of. The
 * unsubscribe token is a secret: never logged (its making is, as a secret set).
 */
@Traced(value = EntityType.REMINDER_PREFERENCE, tables = "reminder_preference")
public record ReminderPreference(long id, String language, Set<ReminderKind> optedOut,
                                 @Traced.Omitted String unsubscribeToken, long version) {

    public ReminderPreference {
        optedOut = optedOut.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optedOut));
    }

    public boolean wants(ReminderKind kind) {
        return !optedOut.contains(kind);
    }

    public boolean english() {
        return "en".equals(language);
    }
}
