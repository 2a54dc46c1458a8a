package se.arenaregister.arena.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaFollowUp;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaSeats;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.internal.ArenaGroups;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.Conflicts;
import se.arenaregister.shared.web.FormErrors;
import se.arenaregister.shared.web.Viewers;

/** The register's pages: the grouped list with filters, an arena's page, and its form. */
@Controller
class ArenaController {

    static final String LIST_VIEW = "arena/list";
    static final String DETAIL_VIEW = "arena/detail";
    static final String FORM_VIEW = "arena/form";

    private final ArenaQueries queries;
    private final ArenaService service;
    private final ArenaFormOptions options;
    private final AuditLog auditLog;

    private final ObjectProvider<ArenaSeats> seats;
    private final ObjectProvider<ArenaFollowUp> followUp;
    private final Clock clock;

    ArenaController(ArenaQueries queries, ArenaService service, ArenaFormOptions options, AuditLog auditLog,
                    ObjectProvider<ArenaSeats> seats, ObjectProvider<ArenaFollowUp> followUp, Clock clock) {
        this.followUp = followUp;
        this.queries = queries;
        this.service = service;
        this.options = options;
        this.auditLog = auditLog;
        this.seats = seats;
        this.clock = clock;
    }

    @InitBinder("form")
    void noId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** Logged-in users start at the dashboard of what is due; everyone else at the register. */
    @GetMapping("/")
    String home(Authentication user) {
        return Viewers.isInternal(user) ? "redirect:/dashboard" : "redirect:/arenas";
    }

    @GetMapping("/arenas")
    String list(@Valid @ModelAttribute("filter") ArenaFilter filter, BindingResult filterErrors, Model model) {
        if (filter != null && filter.hasUnknownVerdict()) {
            filterErrors.reject("typeMismatch.verdict");
        }
        ArenaFilter effective = filterErrors.hasErrors() || filter == null ? ArenaFilter.none() : filter;
        model.addAttribute("activeFilter", effective);
        model.addAttribute("filterRejected", filterErrors.hasErrors());
        model.addAttribute("groups", ArenaGroups.of(queries.list(effective)));
        model.addAttribute("filterParams", effective.asQueryParameters());
        model.addAttribute("options", options.load());
        model.addAttribute("verdicts", ArenaFilter.VERDICTS);
        return LIST_VIEW;
    }

    @GetMapping("/arenas/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                Model model, Authentication user) {
        model.addAttribute("arena", queries.find(id).orElseThrow(() -> new NotFoundException("arena", id)));
        boolean internal = Viewers.isInternal(user);
        if (internal) {
            model.addAttribute("history", auditLog.historyOf("arena", id));
        }
        seats.ifAvailable(s -> model.addAttribute("composition", s.on(id, date == null ? LocalDate.now(clock) : date, internal)));
        followUp.ifAvailable(f -> model.addAttribute("followUp", f.of(id, LocalDate.now(clock))));
        return DETAIL_VIEW;
    }

    @GetMapping("/arenas/new")
    String createForm(Model model) {
        model.addAttribute("form", ArenaForm.empty());
        return form(model, null);
    }

    @PostMapping("/arenas")
    String create(@Valid @ModelAttribute("form") ArenaForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = service.create(form);
            redirect.addFlashAttribute("message", "arena.created");
            return "redirect:/arenas/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/arenas/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", service.formFor(id));
        return form(model, id);
    }

    @PostMapping("/arenas/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ArenaForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            service.update(id, form);
            redirect.addFlashAttribute("message", "arena.saved");
            return "redirect:/arenas/" + id;
        } catch (InvalidInputException e) {
            FormErrors.addTo(result, e);
            return form(model, id);
        } catch (EditConflictException e) {
            model.addAttribute("form", form.withVersion(e.currentVersion()));
            model.addAttribute("conflict", Conflicts.differences(service.snapshotOf(form), e.currentValues()));
            model.addAttribute("conflictBy", e.changedBy());
            return form(model, id);
        }
    }

    @PostMapping("/arenas/{id}/archive")
    String archive(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            service.archive(id, version);
            redirect.addFlashAttribute("message", "arena.archived");
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "arena.conflict.archive");
        }
        return "redirect:/arenas/" + id;
    }

    @PostMapping("/arenas/{id}/restore")
    String restore(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            service.restore(id, version);
            redirect.addFlashAttribute("message", "arena.restored");
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "arena.conflict.archive");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "arena.restore.duplicate");
        }
        return "redirect:/arenas/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("arenaId", id);
        if (id != null) {
            model.addAttribute("storedName", queries.find(id).map(se.arenaregister.arena.ArenaRow::name).orElse(""));
        }
        model.addAttribute("options", options.load());
        return FORM_VIEW;
    }
}
