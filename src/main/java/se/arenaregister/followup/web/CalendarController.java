package se.arenaregister.followup.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.followup.internal.AgendaItem;
import se.arenaregister.followup.internal.CalendarFeed;
import se.arenaregister.followup.internal.AgendaQueries;
import se.arenaregister.followup.internal.CalendarTokens;
import se.arenaregister.shared.HomeOrganisation;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.PublicBaseUrl;

/**
 * Calendar feeds to subscribe to: the committee's meetings (public), and everything due (reviews,
 * report-backs, end dates, term ends, meetings) behind a personal, unguessable address, since
 * calendar applications cannot log in. Both cover a year back to two years ahead. Their addresses and the links in
 * them start with the configured {@link PublicBaseUrl}, never with the request's {@code Host}.
 */
@Controller
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final AgendaQueries agenda;
    private final CalendarTokens tokens;
    private final CalendarFeed calendar;
    private final MessageSource messages;
    private final HomeOrganisation home;
    private final Clock clock;
    private final PublicBaseUrl base;

    CalendarController(AgendaQueries agenda, CalendarTokens tokens, CalendarFeed calendar, MessageSource messages,
                       HomeOrganisation home, Clock clock, PublicBaseUrl base) {
        this.agenda = agenda;
        this.tokens = tokens;
        this.calendar = calendar;
        this.messages = messages;
        this.home = home;
        this.clock = clock;
        this.base = base;
    }

    @GetMapping("/calendar/meetings.ics")
    ResponseEntity<String> meetings() {
        List<AgendaItem> meetings = items().stream().filter(i -> i.kind() == AgendaItem.Kind.MEETING).toList();
        return feed("meetings.ics", calendar.write(name("calendar.name.meetings"), meetings, base.get()));
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> personal(@PathVariable String token) {
        // The token is a secret: it is neither logged nor put in the exception.
        tokens.owner(token).orElseThrow(() -> new NotFoundException("calendar", "token"));
        return feed("arenaregistret.ics", calendar.write(name("calendar.name.personal"), items(), base.get()));
    }

    @GetMapping("/calendar")
    String page(Authentication user, Model model) {
        String url = base.get();
        model.addAttribute("meetingsFeedUrl", url + "/calendar/meetings.ics");
        model.addAttribute("personalFeedUrl", tokens.tokenOf(user.getName()).map(t -> url + "/calendar/" + t + ".ics").orElse(null));
        return "followup/calendar";
    }

    @PostMapping("/calendar/token")
    String renewToken(Authentication user, RedirectAttributes redirect) {
        tokens.renew(user.getName());
        redirect.addFlashAttribute("message", "calendar.token.renewed");
        return "redirect:/calendar";
    }

    private List<AgendaItem> items() {
        LocalDate today = LocalDate.now(clock);
        return agenda.between(today.minusYears(1), today.plusYears(2), today);
    }

    private String name(String code) {
        return messages.getMessage(code, new Object[] {home.shortName()}, CalendarFeed.LOCALE);
    }

    private static ResponseEntity<String> feed(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .body(body);
    }
}
