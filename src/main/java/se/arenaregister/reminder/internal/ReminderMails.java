package se.arenaregister.reminder.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.shared.web.PublicBaseUrl;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reminder's mail in the recipient's language (Swedish unless they chose English), from the message bundles:
 * subject, greeting, what is due and when, a link to "Min sida" and the unsubscribe link (for this kind, which needs
 * no login). Plain text: it reads the same in every mail client and screen reader. Only the recipient's own name and
 * what they are responsible for appear in it.
 */
@Component
public class ReminderMails {

    /** One item of a digest, as stored in the outbox. */
    public record Item(ReminderKind kind, String dueOn, String what) {
    }

    /** A composed mail. {@code unsubscribeUrl} also goes into the List-Unsubscribe header. */
    public record Mail(String subject, String text, String unsubscribeUrl) {
    }

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final TypeReference<List<Item>> ITEMS = new TypeReference<>() {
    };

    private final MessageSource messages;
    private final PublicBaseUrl base;
    private final JsonMapper json;

    ReminderMails(MessageSource messages, PublicBaseUrl base, JsonMapper json) {
        this.messages = messages;
        this.base = base;
        this.json = json;
    }

    static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : SWEDISH;
    }

    public String itemsJson(List<Item> items) {
        return json.writeValueAsString(items);
    }

    public Mail compose(Outbox.Taken row, String name, String language, String token) {
        Locale locale = locale(language);
        String unsubscribe = base.get() + "/reminders/unsubscribe/" + token + "?kind=" + row.kind().name();
        StringBuilder text = new StringBuilder();
        text.append(message("reminder.mail.greeting", locale, name)).append("\n\n");
        String subject;
        if (row.kind() == ReminderKind.DIGEST) {
            List<Item> items = row.itemsJson() == null ? List.of() : json.readValue(row.itemsJson(), ITEMS);
            subject = message("reminder.mail.subject.DIGEST", locale, row.dueOn().toString(), items.size());
            text.append(message("reminder.mail.digest.intro", locale)).append("\n\n");
            for (Item item : items) {
                text.append("- ").append(item.dueOn()).append("  ").append(message("reminder.kind." + item.kind().name(), locale))
                        .append(": ").append(item.what()).append('\n');
            }
            text.append('\n');
        } else {
            subject = message("reminder.mail.subject." + row.kind().name(), locale, row.what(), row.dueOn().toString());
            text.append(message("reminder.mail.line." + row.kind().name(), locale, row.what(), row.dueOn().toString())).append("\n\n");
        }
        text.append(message("reminder.mail.me", locale)).append(' ').append(base.get()).append("/me\n\n");
        text.append(message("reminder.mail.why", locale)).append('\n');
        text.append(message("reminder.mail.unsubscribe", locale, message("reminder.kind." + row.kind().name(), locale)))
                .append(' ').append(unsubscribe).append('\n');
        text.append(message("reminder.mail.preferences", locale)).append(' ').append(base.get()).append("/me/reminders\n");
        return new Mail(subject, text.toString(), unsubscribe);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
