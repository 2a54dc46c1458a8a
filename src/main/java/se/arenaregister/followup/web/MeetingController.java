package se.arenaregister.followup.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.document.Documents;
import se.arenaregister.document.OwnerKind;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.followup.MeetingForm;
import se.arenaregister.followup.Meetings;
import se.arenaregister.followup.ReportBackForm;
import se.arenaregister.governance.Governance;
import se.arenaregister.notes.NoteQueries;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormFlow;
import se.arenaregister.shared.web.Viewers;

/** The committee's meetings; a meeting's page shows what is due that day and records report-backs. */
@Controller
class MeetingController {

    static final String LIST_VIEW = "followup/meetings";
    static final String DETAIL_VIEW = "followup/meeting";
    static final String FORM_VIEW = "followup/meeting-form";

    private final Meetings meetings;
    private final FollowUpQueries queries;
    private final Governance governance;
    private final ArenaQueries arenas;
    private final PersonQueries people;
    private final Clock clock;
    private final Permissions permissions;
    private final ArenaAccess arenaAccess;
    private final NoteQueries notes;
    private final ObjectProvider<Documents> documents;

    MeetingController(Meetings meetings, FollowUpQueries queries, Governance governance, ArenaQueries arenas,
                      PersonQueries people, Clock clock, Permissions permissions, ArenaAccess arenaAccess,
                      NoteQueries notes, ObjectProvider<Documents> documents) {
        this.notes = notes;
        this.documents = documents;
        this.permissions = permissions;
        this.arenaAccess = arenaAccess;
        this.meetings = meetings;
        this.queries = queries;
        this.governance = governance;
        this.arenas = arenas;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String list(Model model) {
        model.addAttribute("meetings", queries.meetings());
        model.addAttribute("today", LocalDate.now(clock));
        return LIST_VIEW;
    }

    @GetMapping("/meetings/new")
    String createForm(Model model) {
        model.addAttribute("form", new MeetingForm(null, null, ""));
        model.addAttribute("committees", governance.committees());
        return FORM_VIEW;
    }

    @PostMapping("/meetings")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            long id = meetings.schedule(form);
            redirect.addFlashAttribute("message", "meeting.saved");
            return "redirect:/meetings/" + id;
        }, () -> {
            model.addAttribute("committees", governance.committees());
            return FORM_VIEW;
        });
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model, Authentication user) {
        model.addAttribute("form", new ReportBackForm(id, null, "", null, null, ""));
        return detail(model, id, Viewers.isInternal(user));
    }

    @PostMapping("/meetings/{id}/report-backs")
    String reportBack(@PathVariable long id, @Valid @ModelAttribute("form") ReportBackForm form, BindingResult result, Model model,
                      RedirectAttributes redirect) {
        return FormFlow.submit(result, model, () -> {
            // The meeting is the one in the address, whatever the form's hidden field says.
            meetings.reportBack(new ReportBackForm(id, form.personId(), form.reporter(), form.arenaId(), form.assignmentId(),
                    form.text(), form.noteId()));
            redirect.addFlashAttribute("message", "reportBack.saved");
            return "redirect:/meetings/" + id + "#reports-heading";
        }, () -> detail(model, id, true));
    }

    /** The meeting as the viewer may see it: the public sees officials by role, and gets no report-back form's people. */
    private String detail(Model model, long id, boolean internal) {
        var meeting = queries.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("meeting", meeting);
        documents.ifAvailable(d -> model.addAttribute("documentSection", d.section(OwnerKind.MEETING, id)));
        model.addAttribute("due", queries.dueAt(id, meeting.meetsOn(), today, internal));
        model.addAttribute("expected", queries.expectedAt(id, internal));
        model.addAttribute("reports", queries.reportsAt(id, internal));
        var arenaChoices = arenas.list(ArenaFilter.none());
        var personChoices = internal ? people.people(today, true).stream().filter(p -> !p.erased()).toList() : List.<PersonQueries.PersonRow>of();
        if (internal && !permissions.isCoordinator()) {
            // The form offers what the user may report: an area editor on their areas' arenas, a representative for
            // themselves (the service decides again; someone with both roles gets both lists whole).
            boolean areaEditor = permissions.isAreaEditor();
            boolean representative = permissions.isRepresentative();
            if (areaEditor && !representative) {
                arenaChoices = arenaChoices.stream().filter(arenaAccess::mayEdit).toList();
            } else if (representative && !areaEditor) {
                Long own = people.personOfAccount(permissions.username()).orElse(null);
                personChoices = personChoices.stream().filter(p -> own != null && own == p.id()).toList();
                model.addAttribute("reportBackUnlinked", own == null);
                if (own != null && model.getAttribute("form") instanceof ReportBackForm form && form.personId() == null
                        && form.text().isEmpty()) {
                    model.addAttribute("form", new ReportBackForm(id, own, "", null, null, ""));
                }
            }
        }
        model.addAttribute("arenas", arenaChoices);
        model.addAttribute("people", personChoices);
        // The notes a report may link to: those of the last year before the meeting (none for the public, who gets no form).
        model.addAttribute("notes", internal ? notes.choicesSince(meeting.meetsOn().minusYears(1)) : List.of());
        return DETAIL_VIEW;
    }
}
