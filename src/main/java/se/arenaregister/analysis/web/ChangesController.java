package se.arenaregister.analysis.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.analysis.RegisterChanges;
import se.arenaregister.shared.InvalidInputException;

/** The register compared at two dates (default: the last year), from the audit log. */
@Controller
class ChangesController {

    static final String VIEW = "analysis/changes";

    private final RegisterChanges changes;
    private final Clock clock;

    ChangesController(RegisterChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping("/changes")
    String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model, HttpServletResponse response) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusYears(1) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("report", changes.between(start, end));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("rangeError", e.rejections().get(0).code());
        }
        return VIEW;
    }
}
