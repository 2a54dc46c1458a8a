package se.arenaregister.governance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.internal.CommitteeRepository;
import se.arenaregister.governance.internal.DecisionRepository;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "Committee decisions (beslut) with their reference (diarienummer)")
class DecisionApiController {

    record DecisionJson(long id, String reference, String committee, LocalDate decidedOn, String title, String paragraph) {
    }

    private final DecisionRepository decisions;
    private final CommitteeRepository committees;

    DecisionApiController(DecisionRepository decisions, CommitteeRepository committees) {
        this.decisions = decisions;
        this.committees = committees;
    }

    @GetMapping
    @Operation(summary = "All decisions, newest first")
    List<DecisionJson> list() {
        Map<Long, String> names = committees.findAll().stream().collect(Collectors.toMap(Committee::id, Committee::shortName));
        return decisions.findAllNewestFirst().stream()
                .map(d -> new DecisionJson(d.id(), d.reference(), names.get(d.committeeId()), d.decidedOn(), d.title(), d.paragraph()))
                .toList();
    }
}
