package se.arenaregister.followup.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.followup.internal.CalendarTokens;
import se.arenaregister.notes.NoteQueries;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.PersonQueries.AppointmentRow;
import se.arenaregister.security.Permissions;
import se.arenaregister.security.UserNames;
import se.arenaregister.shared.web.PublicBaseUrl;

/**
 * "Min sida" ({@code /me}), for the signed-in user: the person their account is linked to, that person's appointments
 * (arena, role, period, decision), what they report back at the next committee meetings, the reviews and assignments
 * they are responsible for, the notes from the arenas addressed to them (by name or through one of their areas, see
 * {@link NoteQueries#addressedTo}), their estimated hours per year, and their calendar feed. An account linked to no person
 * is told so, and who links accounts. The same statements whatever the number of rows.
 */
@Controller
class MeController {

    static final String VIEW = "followup/me";
    /** How many of the coming committee meetings the page looks ahead to. */
    static final int NEXT_MEETINGS = 3;
    /** How many of the notes addressed to the user the page lists, newest meeting first. */
    static final int NOTES = 20;

    private final PersonQueries people;
    private final FollowUpQueries followUp;
    private final UserNames accounts;
    private final CalendarTokens tokens;
    private final PublicBaseUrl base;
    private final Clock clock;
    private final BigDecimal fullTimeHours;
    private final NoteQueries notes;
    private final Permissions permissions;

    MeController(PersonQueries people, FollowUpQueries followUp, UserNames accounts, CalendarTokens tokens, PublicBaseUrl base,
                 Clock clock, @Value("${arenaregister.workload.full-time-hours:1700}") BigDecimal fullTimeHours, NoteQueries notes,
                 Permissions permissions) {
        this.notes = notes;
        this.permissions = permissions;
        this.people = people;
        this.followUp = followUp;
        this.accounts = accounts;
        this.tokens = tokens;
        this.base = base;
        this.clock = clock;
        this.fullTimeHours = fullTimeHours;
    }

    @GetMapping("/me")
    String me(Authentication user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("account", accounts.account(user.getName()).orElse(null));
        model.addAttribute("calendarFeedUrl", tokens.tokenOf(user.getName()).map(t -> base.get() + "/calendar/" + t + ".ics").orElse(null));
        Optional<PersonQueries.PersonRow> person = people.personOfAccount(user.getName()).flatMap(id -> people.person(id, today));
        model.addAttribute("person", person.orElse(null));
        if (person.isEmpty()) {
            return VIEW;
        }
        long id = person.get().id();
        List<AppointmentRow> appointments = people.appointmentsOfPerson(id);
        model.addAttribute("appointments", appointments.stream()
                .filter(a -> !a.archivedArena() && (a.endDate() == null || !a.endDate().isBefore(today))).toList());
        model.addAttribute("earlierAppointments", appointments.stream()
                .filter(a -> a.archivedArena() || (a.endDate() != null && a.endDate().isBefore(today))).count());
        FollowUpQueries.Mine mine = followUp.mine(id, today, NEXT_MEETINGS);
        model.addAttribute("mine", mine);
        model.addAttribute("owedByMeeting", byMeeting(mine.owed()));
        model.addAttribute("nextMeetings", NEXT_MEETINGS);
        model.addAttribute("notesToMe", notes.addressedTo(id, permissions.grantedAreas(), today, NOTES));
        BigDecimal hours = person.get().hoursPerYear() == null ? BigDecimal.ZERO : person.get().hoursPerYear();
        model.addAttribute("hours", hours);
        model.addAttribute("shareOfFullTime", fullTimeHours.signum() == 0 ? BigDecimal.ZERO
                : hours.multiply(BigDecimal.valueOf(100)).divide(fullTimeHours, 0, RoundingMode.HALF_UP));
        model.addAttribute("fullTimeHours", fullTimeHours);
        return VIEW;
    }

    /** The reports owed at one meeting. */
    record MeetingOwed(long meetingId, LocalDate meetsOn, String committee, List<FollowUpQueries.OwedReport> reports) {
    }

    /** The owed reports (in meeting order) grouped by their meeting. */
    static List<MeetingOwed> byMeeting(List<FollowUpQueries.OwedReport> owed) {
        Map<Long, List<FollowUpQueries.OwedReport>> grouped = new LinkedHashMap<>();
        owed.forEach(report -> grouped.computeIfAbsent(report.meetingId(), k -> new ArrayList<>()).add(report));
        return grouped.values().stream()
                .map(reports -> new MeetingOwed(reports.get(0).meetingId(), reports.get(0).meetsOn(), reports.get(0).committee(), reports))
                .toList();
    }
}
