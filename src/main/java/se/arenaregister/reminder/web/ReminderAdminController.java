package se.arenaregister.reminder.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.reminder.internal.Outbox;
import se.arenaregister.reminder.internal.OutboxEntry;
import se.arenaregister.reminder.internal.ReminderProperties;
import se.arenaregister.reminder.internal.ReminderSender;

/**
 * The outbox for administrators ({@code /admin/reminders}): whether mail is configured, how many reminders are pending,
 * sent, failed (with the error) and not sent, the latest of each, and a new try for a failed one. Two statements.
 */
@Controller
class ReminderAdminController {

    static final String VIEW = "reminder/admin";
    static final int SHOWN = 50;

    private final Outbox outbox;
    private final ReminderSender sender;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderAdminController(Outbox outbox, ReminderSender sender, ReminderProperties properties, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/admin/reminders")
    String outbox(Model model) {
        model.addAttribute("configured", sender.configured());
        model.addAttribute("from", properties.from());
        model.addAttribute("counts", outbox.counts());
        Map<OutboxEntry.Status, List<OutboxEntry>> byStatus = new EnumMap<>(OutboxEntry.Status.class);
        for (OutboxEntry.Status status : OutboxEntry.Status.values()) {
            byStatus.put(status, new ArrayList<>());
        }
        outbox.latest(SHOWN).forEach(entry -> byStatus.get(entry.status()).add(entry));
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("statuses", OutboxEntry.Status.values());
        model.addAttribute("shown", SHOWN);
        return VIEW;
    }

    @PostMapping("/admin/reminders/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        outbox.retry(id, clock.instant());
        redirect.addFlashAttribute("message", "reminder.admin.retried");
        return "redirect:/admin/reminders";
    }
}
