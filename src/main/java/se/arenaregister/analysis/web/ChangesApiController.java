package se.arenaregister.analysis.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.analysis.RegisterChanges;

/** The register's changes between two dates in API v1; a period ending before it begins is a 400 naming {@code from}. */
@RestController
@Tag(name = "Changes", description = "Arenas added, ended, reclassified or re-assessed between two dates")
class ChangesApiController {

    record ChangeJson(long arena_id, String arena, String url, LocalDate date, String what, String before, String after) {
    }

    record ChangesJson(LocalDate from, LocalDate to, List<ChangeJson> added, List<ChangeJson> ended,
                       List<ChangeJson> reclassified, List<ChangeJson> verdicts) {
    }

    private final RegisterChanges changes;
    private final Clock clock;

    ChangesApiController(RegisterChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/api/v1/changes")
    @Operation(summary = "Arenas added, ended or archived, with changed type or level, or a new verdict, between two dates "
            + "(both included; default the last year)")
    ChangesJson changes(@Parameter(description = "ISO date, default one year before to") @RequestParam(required = false)
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @Parameter(description = "ISO date, default today") @RequestParam(required = false)
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        RegisterChanges.Report report = changes.between(from == null ? end.minusYears(1) : from, end);
        return new ChangesJson(report.from(), report.to(), json(report.added()), json(report.ended()), json(report.reclassified()),
                json(report.verdicts()));
    }

    private static List<ChangeJson> json(List<RegisterChanges.Change> changes) {
        return changes.stream().map(c -> new ChangeJson(c.arenaId(), c.arenaName(), "/arenas/" + c.arenaId(), c.on(), c.what(),
                c.before(), c.after())).toList();
    }
}
