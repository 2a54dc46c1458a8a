package se.arenaregister.person.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.NotFoundException;

/**
 * GDPR, for administrators: export everything held about one person, and erase a person after a
 * confirmation (erasure is a POST; the GET only shows what will happen). Both are audited.
 */
@Controller
class PersonDataController {

    static final String ERASE_VIEW = "person/erase";

    private final PersonQueries queries;
    private final People people;
    private final AuditLog auditLog;
    private final Clock clock;

    PersonDataController(PersonQueries queries, People people, AuditLog auditLog, Clock clock) {
        this.queries = queries;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping(value = "/people/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> export(@PathVariable long id) {
        var person = queries.person(id, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("person", id));
        people.recordExport(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("person", person);
        data.put("appointments", queries.appointmentsOfPerson(id));
        data.put("history", auditLog.historyOf("person", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("person-" + id + ".json").build().toString())
                .body(data);
    }

    @GetMapping("/people/{id}/erase")
    String confirmErase(@PathVariable long id, Model model) {
        var person = queries.person(id, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("person", id));
        model.addAttribute("person", person);
        model.addAttribute("appointments", queries.appointmentsOfPerson(id).size());
        return ERASE_VIEW;
    }

    @PostMapping("/people/{id}/erase")
    String erase(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "false") boolean confirmed,
                 RedirectAttributes redirect) {
        if (!confirmed) {
            redirect.addFlashAttribute("error", "person.erase.notConfirmed");
            return "redirect:/people/" + id + "/erase";
        }
        try {
            people.erase(id, version);
            redirect.addFlashAttribute("message", "person.erased.done");
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "person.erase.conflict");
            return "redirect:/people/" + id + "/erase";
        }
        return "redirect:/people/" + id;
    }
}
