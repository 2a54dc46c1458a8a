package se.arenaregister.person.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.person.internal.Workload;
import se.arenaregister.person.internal.WorkloadQueries;

/**
 * Time cost on a date: who spends how much of a working year in arenas, and where the hours go. An
 * internal page: it names officials.
 */
@Controller
class WorkloadController {

    static final String VIEW = "person/workload";

    private final WorkloadQueries queries;
    private final Clock clock;
    private final BigDecimal fullTimeHours;
    private final BigDecimal flagShare;

    WorkloadController(WorkloadQueries queries, Clock clock,
                       @Value("${arenaregister.workload.full-time-hours:1700}") BigDecimal fullTimeHours,
                       @Value("${arenaregister.workload.flag-share:0.25}") BigDecimal flagShare) {
        this.queries = queries;
        this.clock = clock;
        this.fullTimeHours = fullTimeHours;
        this.flagShare = flagShare;
    }

    @GetMapping("/workload")
    String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("date", on);
        model.addAttribute("workload", Workload.of(queries.participations(on), fullTimeHours, flagShare));
        return VIEW;
    }
}
