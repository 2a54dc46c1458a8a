package se.arenaregister.report.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.report.EditionSending;
import se.arenaregister.report.EditionSending.EditionContent;
import se.arenaregister.report.MemoEditions;

/** Memo editions as JSON: the public reads the sent ones, the signed-in the drafts too. */
@RestController
@RequestMapping("/api/v1/memos")
@Tag(name = "PM-utgåvor", description = "Årets PM till nämnden: disposition, texter, infogade siffror och beslutsförslag")
class MemoApiController {

    /** An edition in the list: its header and where its documents are. */
    record EditionSummary(long id, int year, String label, String title, String reference, String datedOn, String status,
                          String docx, String pdf) {
    }

    private final MemoEditions editions;
    private final EditionSending sending;

    MemoApiController(MemoEditions editions, EditionSending sending) {
        this.editions = editions;
        this.sending = sending;
    }

    @GetMapping
    @Operation(summary = "Utgåvorna, nyaste året först (allmänheten ser de skickade)")
    List<EditionSummary> list() {
        return editions.editions().stream().map(e -> new EditionSummary(e.id(), e.year(), e.label(), e.title(), e.reference(),
                e.datedOn().toString(), e.status().name(), "/memos/" + e.id() + "/memo.docx", "/memos/" + e.id() + "/memo.pdf")).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En utgåva: disposition, texter (med siffrornas token och som dokumentet visar dem), beslutsförslag och siffror;"
            + " för en skickad utgåva som den skickades")
    EditionContent edition(@PathVariable long id) {
        return sending.content(id);
    }
}
