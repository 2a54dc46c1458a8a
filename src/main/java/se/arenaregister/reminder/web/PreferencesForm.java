package se.arenaregister.reminder.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.internal.ReminderPreference;

/** The signed-in person's reminder choices: the mail's language and the kinds they want (an unticked kind is opted out). */
record PreferencesForm(
        @NotNull(message = "{reminder.preferences.language.invalid}")
        @Pattern(regexp = "sv|en", message = "{reminder.preferences.language.invalid}") String language,
        Set<ReminderKind> kinds,
        Long version) {

    static PreferencesForm of(ReminderPreference preference) {
        Set<ReminderKind> wanted = EnumSet.allOf(ReminderKind.class);
        wanted.removeAll(preference.optedOut());
        return new PreferencesForm(preference.language(), wanted, preference.version());
    }

    /** Nothing chosen yet: Swedish, every kind; the row made on saving starts at version 0. */
    static PreferencesForm defaults() {
        return new PreferencesForm("sv", EnumSet.allOf(ReminderKind.class), 0L);
    }

    Set<ReminderKind> optedOut() {
        Set<ReminderKind> out = EnumSet.allOf(ReminderKind.class);
        if (kinds != null) {
            out.removeAll(kinds);
        }
        return out;
    }

    PreferencesForm withVersion(long newer) {
        return new PreferencesForm(language, kinds, newer);
    }
}
