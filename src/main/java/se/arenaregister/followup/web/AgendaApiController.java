package se.arenaregister.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.followup.internal.AgendaItem;
import se.arenaregister.followup.internal.AgendaQueries;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.web.Viewers;

/**
 * What is due in a period, the same items as the dashboard and the calendar feeds. {@code responsible}
 * names a person and is given to logged-in callers only.
 */
@RestController
@RequestMapping("/api/v1/agenda")
@Tag(name = "Agenda", description = "Reviews, report-backs, end dates, term ends and committee meetings by date")
class AgendaApiController {

    static final int MAX_YEARS = 5;

    record AgendaJson(AgendaItem.Kind kind, LocalDate date, String title, String detail, String responsible, String url,
                      boolean overdue) {
    }

    private final AgendaQueries agenda;
    private final Clock clock;

    AgendaApiController(AgendaQueries agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "What is due from one date to another",
            description = "Both dates ISO (YYYY-MM-DD), inclusive; from on or before to, at most five years apart. "
                    + "Items by date; overdue when the date has passed and the item is still open.")
    List<AgendaJson> between(@Parameter(description = "First date, ISO", required = true) @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @Parameter(description = "Last date, ISO", required = true) @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             Authentication user) {
        List<InvalidInputException.Rejection> rejections = new java.util.ArrayList<>();
        if (from == null) {
            rejections.add(new InvalidInputException.Rejection("from", "agenda.date.required"));
        }
        if (to == null) {
            rejections.add(new InvalidInputException.Rejection("to", "agenda.date.required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            rejections.add(new InvalidInputException.Rejection("to", "agenda.to.beforeFrom"));
        }
        if (from != null && to != null && to.isAfter(from.plusYears(MAX_YEARS))) {
            rejections.add(new InvalidInputException.Rejection("to", "agenda.range.tooLong", MAX_YEARS));
        }
        if (!rejections.isEmpty()) {
            throw new InvalidInputException(rejections);
        }
        boolean internal = Viewers.isInternal(user);
        return agenda.between(from, to, LocalDate.now(clock)).stream()
                .map(i -> new AgendaJson(i.kind(), i.date(), i.title(), i.detail(), internal ? i.responsible() : null, i.path(),
                        i.overdue()))
                .toList();
    }
}
