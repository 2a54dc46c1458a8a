package se.arenaregister.person.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.governance.Governance;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.Role;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.FormErrors;
import se.arenaregister.shared.web.FormFlow;

/** Appoint a person to an arena, change or end an appointment. */
@Controller
class AppointmentController {

    static final String FORM_VIEW = "person/appointment-form";

    private final Appointments appointments;
    private final ArenaAccess access;
    private final PersonQueries people;
    private final ArenaQueries arenas;
    private final Governance governance;
    private final Clock clock;

    AppointmentController(Appointments appointments, PersonQueries people, ArenaQueries arenas, Governance governance, Clock clock,
                          ArenaAccess access) {
        this.access = access;
        this.appointments = appointments;
        this.people = people;
        this.arenas = arenas;
        this.governance = governance;
        this.clock = clock;
    }

    @GetMapping("/arenas/{arenaId}/appointments/new")
    String createForm(@PathVariable long arenaId, Model model, Authentication user) {
        model.addAttribute("form", AppointmentForm.forArena(arenaId, LocalDate.now(clock)));
        return form(model, arenaId, null, user);
    }

    @PostMapping("/appointments")
    String create(@Valid @ModelAttribute("form") AppointmentForm form, BindingResult result, Model model, RedirectAttributes redirect,
                  Authentication user) {
        return FormFlow.submit(result, model, () -> {
            appointments.appoint(form);
            redirect.addFlashAttribute("message", "appointment.saved");
            return "redirect:/arenas/" + form.arenaId() + "#composition-heading";
        }, () -> form(model, form.arenaId(), null, user));
    }

    @GetMapping("/appointments/{id}/edit")
    String editForm(@PathVariable long id, Model model, Authentication user) {
        AppointmentForm form = appointments.formFor(id);
        model.addAttribute("form", form);
        return form(model, form.arenaId(), id, user);
    }

    @PostMapping("/appointments/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AppointmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, Authentication user) {
        if (!result.hasErrors()) {
            try {
                appointments.update(id, form);
                redirect.addFlashAttribute("message", "appointment.saved");
                return "redirect:/arenas/" + form.arenaId() + "#composition-heading";
            } catch (InvalidInputException e) {
                FormErrors.addTo(result, e);
            } catch (EditConflictException e) {
                model.addAttribute("conflict", java.util.Map.of());
                model.addAttribute("conflictBy", e.changedBy());
            }
        }
        return form(model, form.arenaId(), id, user);
    }

    @PostMapping("/appointments/{id}/end")
    String end(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
               RedirectAttributes redirect) {
        var appointment = people.appointment(id).orElseThrow(() -> new NotFoundException("appointment", id));
        try {
            appointments.end(id, endDate);
            redirect.addFlashAttribute("message", "appointment.ended");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", "appointment.endDate.beforeStart");
        }
        return "redirect:/arenas/" + appointment.arenaId() + "#composition-heading";
    }

    private String form(Model model, Long arenaId, Long appointmentId, Authentication user) {
        if (arenaId == null) {
            // The arena is a hidden field of every appointment form: without it the request did not come from one.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        access.requireEdit(arenaId);
        model.addAttribute("arena", arenas.find(arenaId).orElseThrow(() -> new NotFoundException("arena", arenaId)));
        model.addAttribute("appointmentId", appointmentId);
        model.addAttribute("people", people.people(LocalDate.now(clock), true).stream().filter(p -> !p.erased()).toList());
        model.addAttribute("roles", Role.values());
        model.addAttribute("decisions", governance.decisions());
        model.addAttribute("terms", governance.terms());
        return FORM_VIEW;
    }
}
