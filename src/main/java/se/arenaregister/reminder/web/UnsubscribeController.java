package se.arenaregister.reminder.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.internal.Preferences;
import se.arenaregister.reminder.internal.ReminderPreference;

/**
 * The unsubscribe link in every mail ({@code /reminders/unsubscribe/{token}?kind=REVIEW}), without login: the page asks,
 * a button opts the token's holder out of the kind (every kind without one), says what they unsubscribed from and
 * offers to undo it. A link a mail scanner follows changes nothing: only the button does. A wrong or incomplete token
 * gets a page that says so (404), never an error.
 */
@Controller
class UnsubscribeController {

    static final String VIEW = "reminder/unsubscribe";
    static final String UNKNOWN = "reminder/unsubscribe-unknown";

    private final Preferences preferences;

    UnsubscribeController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/reminders/unsubscribe/{token}")
    String ask(@PathVariable String token, @RequestParam(required = false) String kind, Model model, HttpServletResponse response) {
        return show(token, kind, "ask", model, response, (preference, k) -> preference);
    }

    @PostMapping("/reminders/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, @RequestParam(required = false) String kind, Model model, HttpServletResponse response) {
        return show(token, kind, "done", model, response, preferences::unsubscribe);
    }

    @PostMapping("/reminders/unsubscribe/{token}/undo")
    String undo(@PathVariable String token, @RequestParam(required = false) String kind, Model model, HttpServletResponse response) {
        return show(token, kind, "undone", model, response, preferences::resubscribe);
    }

    private String show(String token, String kindName, String state, Model model, HttpServletResponse response,
                        java.util.function.BiFunction<ReminderPreference, ReminderKind, ReminderPreference> change) {
        Optional<ReminderPreference> preference = preferences.byToken(token);
        Optional<ReminderKind> kind = kind(kindName);
        if (preference.isEmpty() || (kindName != null && !kindName.isBlank() && kind.isEmpty())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return UNKNOWN;
        }
        change.apply(preference.get(), kind.orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("kind", kind.orElse(null));
        model.addAttribute("state", state);
        return VIEW;
    }

    private static Optional<ReminderKind> kind(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReminderKind.valueOf(name.strip()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
