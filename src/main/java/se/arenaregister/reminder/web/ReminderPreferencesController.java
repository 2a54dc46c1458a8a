package se.arenaregister.reminder.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.internal.Preferences;
import se.arenaregister.reminder.internal.ReminderProperties;
import se.arenaregister.reminder.internal.Recipients;
import se.arenaregister.shared.web.FormFlow;

/**
 * "Mina påminnelser" ({@code /me/reminders}), linked from "Min sida": the signed-in person's language for mail and the
 * kinds of reminder they want, with how many days ahead each is sent and the address it goes to. An account linked to
 * no person is told so.
 */
@Controller
class ReminderPreferencesController {

    static final String VIEW = "reminder/preferences";

    private final PersonQueries people;
    private final Preferences preferences;
    private final Recipients recipients;
    private final ReminderProperties properties;

    ReminderPreferencesController(PersonQueries people, Preferences preferences, Recipients recipients, ReminderProperties properties) {
        this.people = people;
        this.preferences = preferences;
        this.recipients = recipients;
        this.properties = properties;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("language", "kinds", "version");
    }

    @GetMapping("/me/reminders")
    String show(Authentication user, Model model) {
        Optional<Long> person = people.personOfAccount(user.getName());
        if (person.isPresent()) {
            model.addAttribute("form", preferences.find(person.get()).map(PreferencesForm::of).orElseGet(PreferencesForm::defaults));
        }
        return page(person, model);
    }

    @PostMapping("/me/reminders")
    String save(Authentication user, @Valid @ModelAttribute("form") PreferencesForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Optional<Long> person = people.personOfAccount(user.getName());
        if (person.isEmpty()) {
            return page(person, model);
        }
        return FormFlow.submit(result, model, () -> {
            preferences.update(person.get(), form.language(), form.optedOut(), form.version());
            redirect.addFlashAttribute("message", "reminder.preferences.saved");
            return "redirect:/me/reminders";
        }, form::withVersion, () -> page(person, model));
    }

    private String page(Optional<Long> person, Model model) {
        model.addAttribute("personId", person.orElse(null));
        model.addAttribute("kinds", List.of(ReminderKind.values()));
        model.addAttribute("leadDays", properties);
        model.addAttribute("address", person.map(id -> recipients.of(Set.of(id)).get(id)).map(Recipients.Recipient::address).orElse(null));
        return VIEW;
    }
}
