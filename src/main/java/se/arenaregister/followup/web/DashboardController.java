package se.arenaregister.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.followup.internal.AgendaItem;
import se.arenaregister.followup.internal.AgendaQueries;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.UserNames;

/**
 * The start page for logged-in users: what is overdue and what is coming in the next 90 days, arenas whose end date
 * has passed or is near (to confirm or extend), arenas under consideration until decided, which arenas were never assessed and which have had no report-back in 12 months. "Mine" keeps the items whose
 * responsible or assignee is the person the user's account is linked to; an item that names no person of the register
 * (a free text: a unit, a role, a name typed before people were linked) is the user's when the text holds the user's
 * name (as on the account) or user name.
 */
@Controller
class DashboardController {

    static final String VIEW = "followup/dashboard";
    static final int COMING_DAYS = 90;
    /** Far enough back to catch every forgotten promise. */
    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
    /** An arena's end date this near (or passed, and not yet confirmed) asks to be confirmed or extended. */
    static final int END_WITHIN_DAYS = 30;

    private final AgendaQueries agenda;
    private final Clock clock;
    private final UserNames accounts;
    private final PersonQueries people;
    private final ArenaQueries arenas;

    DashboardController(AgendaQueries agenda, Clock clock, UserNames accounts, PersonQueries people, ArenaQueries arenas) {
        this.arenas = arenas;
        this.agenda = agenda;
        this.clock = clock;
        this.accounts = accounts;
        this.people = people;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(defaultValue = "false") boolean mine, Model model, Authentication user) {
        LocalDate today = LocalDate.now(clock);
        List<AgendaItem> overdue = agenda.between(BEGINNING, today.minusDays(1), today).stream().filter(AgendaItem::overdue).toList();
        List<AgendaItem> coming = agenda.between(today, today.plusDays(COMING_DAYS), today);
        if (mine) {
            List<String> names = myNames(user);
            Long me = user == null ? null : people.personOfAccount(user.getName()).orElse(null);
            overdue = overdue.stream().filter(i -> isMine(i, me, names)).toList();
            coming = coming.stream().filter(i -> isMine(i, me, names)).toList();
        }
        model.addAttribute("today", today);
        model.addAttribute("mine", mine);
        model.addAttribute("comingDays", COMING_DAYS);
        model.addAttribute("overdue", overdue);
        model.addAttribute("coming", coming);
        model.addAttribute("neverAssessed", agenda.neverAssessed());
        model.addAttribute("endDays", END_WITHIN_DAYS);
        model.addAttribute("endsToConfirm", arenas.endsToConfirm(END_WITHIN_DAYS));
        model.addAttribute("considered", arenas.awaitingDecision());
        model.addAttribute("silent", agenda.withoutReportBackSince(today.minusMonths(12), today));
        return VIEW;
    }

    /** The user name and the name on the account: responsible fields hold names such as "Anna Andersson". */
    List<String> myNames(Authentication user) {
        if (user == null) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>(List.of(user.getName()));
        accounts.displayNameOf(user.getName()).filter(name -> !name.isBlank()).ifPresent(names::add);
        return names;
    }

    /** The item's person is {@code me}; or, when it names no person, its free text holds one of {@code names}. */
    static boolean isMine(AgendaItem item, Long me, List<String> names) {
        if (item.personId() != null) {
            return item.personId().equals(me);
        }
        if (item.responsible() == null) {
            return false;
        }
        String responsible = item.responsible().toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(name -> responsible.contains(name.strip().toLowerCase(Locale.ROOT)));
    }
}
