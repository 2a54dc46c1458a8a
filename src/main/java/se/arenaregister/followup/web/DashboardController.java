package se.arenaregister.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.followup.internal.Dashboards;
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
    /**
     * Each section lists at most this many rows, whatever the register's size, with the count of all of them and a link to
     * the whole list where the register has one.
     */
    static final int FIRST = 25;

    private final Dashboards dashboards;
    private final Clock clock;
    private final UserNames accounts;
    private final PersonQueries people;

    DashboardController(Dashboards dashboards, Clock clock, UserNames accounts, PersonQueries people) {
        this.dashboards = dashboards;
        this.clock = clock;
        this.accounts = accounts;
        this.people = people;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(defaultValue = "false") boolean mine, Model model, Authentication user) {
        LocalDate today = LocalDate.now(clock);
        List<String> names = mine ? myNames(user) : List.of();
        Long me = mine && user != null ? people.personOfAccount(user.getName()).orElse(null) : null;
        Dashboards.Sections sections = dashboards.of(new Dashboards.Request(today, mine, me, names, BEGINNING, COMING_DAYS,
                END_WITHIN_DAYS, FIRST));
        model.addAttribute("today", today);
        model.addAttribute("mine", mine);
        model.addAttribute("comingDays", COMING_DAYS);
        model.addAttribute("first", FIRST);
        model.addAttribute("overdue", sections.overdue().first());
        model.addAttribute("overdueTotal", sections.overdue().total());
        model.addAttribute("coming", sections.coming().first());
        model.addAttribute("comingTotal", sections.coming().total());
        model.addAttribute("neverAssessed", sections.neverAssessed());
        model.addAttribute("endDays", END_WITHIN_DAYS);
        model.addAttribute("endsToConfirm", sections.endsToConfirm());
        model.addAttribute("considered", sections.considered());
        model.addAttribute("silent", sections.silent());
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
}
