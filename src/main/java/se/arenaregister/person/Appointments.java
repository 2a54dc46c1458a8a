package se.arenaregister.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.governance.Governance;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/** Appoints people to arenas and ends appointments, with the rules the committee's practice implies. */
@Service
@Transactional
public class Appointments {

    static final String ENTITY = "appointment";
    /** Seats that count as political seats where an arena requires an elected person. */
    static final Set<Role> SEATS = EnumSet.of(Role.MEMBER, Role.SUBSTITUTE, Role.CHAIR, Role.VICE_CHAIR);

    private final AppointmentRepository appointments;
    private final PersonRepository people;
    private final ArenaQueries arenas;
    private final Governance governance;
    private final FormValidator validator;
    private final Traceability trail;
    /**
     * The arena, decision and term by name in the log; the person by number, not name: erasing a person then
     * leaves no name in appointment history.
     */
    private final Labels labels;
    private final JdbcClient jdbc;

    private final ArenaAccess access;

    Appointments(AppointmentRepository appointments, PersonRepository people, ArenaQueries arenas, Governance governance,
                 FormValidator validator, Traceability trail, JdbcClient jdbc, ArenaAccess access) {
        this.access = access;
        this.appointments = appointments;
        this.people = people;
        this.arenas = arenas;
        this.governance = governance;
        this.validator = validator;
        this.trail = trail;
        this.labels = Labels.<Long>of("arenaId", id -> arenas.find(id).map(ArenaRow::name).orElse(String.valueOf(id)))
                .<Long>and("decisionId", id -> governance.findDecision(id).map(d -> d.reference()).orElse(null))
                .<Long>and("termId", id -> governance.findTerm(id).map(t -> t.name()).orElse(null));
        this.jdbc = jdbc;
    }

    public long appoint(AppointmentForm form) {
        access.requireEdit(form.arenaId());
        validate(form, null);
        Appointment saved = save(new Appointment(null, form.personId(), form.arenaId(), form.role(), form.startDate(), form.endDate(),
                form.decisionId(), form.termId(), null, blank(form.note()), null));
        trail.created(saved, labels);
        return saved.id();
    }

    public void update(long id, AppointmentForm form) {
        Appointment current = load(id);
        access.requireEdit(current.arenaId());
        access.requireEdit(form.arenaId());
        trail.requireVersion(current, form.version(), labels);
        validate(form, id);
        Appointment saved = save(new Appointment(id, form.personId(), form.arenaId(), form.role(), form.startDate(), form.endDate(),
                form.decisionId(), form.termId(), current.onBehalfOf(), blank(form.note()), current.version()));
        trail.updated(current, saved, labels);
    }

    /** Ends the appointment on the given day (it still counts that day). */
    public void end(long id, LocalDate on) {
        Appointment current = load(id);
        access.requireEdit(current.arenaId());
        if (on.isBefore(current.startDate())) {
            throw InvalidInputException.of("endDate", "appointment.endDate.beforeStart");
        }
        Appointment saved = save(current.endingOn(on));
        trail.updated(current, saved, labels);
    }

    @Transactional(readOnly = true)
    public AppointmentForm formFor(long id) {
        Appointment appointment = load(id);
        access.requireEdit(appointment.arenaId());
        return AppointmentForm.of(appointment);
    }

    Appointment load(long id) {
        return appointments.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private void validate(AppointmentForm form, Long id) {
        List<Rejection> rejections = new ArrayList<>();
        Person person = form.personId() == null ? null : people.findById(form.personId()).orElse(null);
        if (form.personId() != null && (person == null || person.erased())) {
            rejections.add(new Rejection("personId", "appointment.person.unknown"));
        }
        ArenaRow arena = form.arenaId() == null ? null : arenas.find(form.arenaId()).orElse(null);
        if (form.arenaId() != null && (arena == null || arena.archived())) {
            rejections.add(new Rejection("arenaId", "appointment.arena.unknown"));
        }
        if (arena != null && person != null && arena.requiresElected() && form.role() != null && SEATS.contains(form.role())
                && !person.isElected()) {
            rejections.add(new Rejection("personId", "appointment.person.notElected"));
        }
        if (form.decisionId() != null && governance.findDecision(form.decisionId()).isEmpty()) {
            rejections.add(new Rejection("decisionId", "appointment.decision.unknown"));
        }
        if (form.termId() != null && governance.findTerm(form.termId()).isEmpty()) {
            rejections.add(new Rejection("termId", "appointment.term.unknown"));
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            rejections.add(new Rejection("endDate", "appointment.endDate.beforeStart"));
        } else if (form.personId() != null && form.arenaId() != null && form.role() != null && form.startDate() != null
                && overlaps(form, id)) {
            rejections.add(new Rejection("startDate", "appointment.overlap"));
        }
        validator.check(form, rejections);
    }

    private boolean overlaps(AppointmentForm form, Long id) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM appointment
                          WHERE person_id = :person AND arena_id = :arena AND role = :role AND id IS DISTINCT FROM :id
                            AND daterange(start_date, end_date, '[]') && daterange(:start, :end, '[]'))""")
                .param("person", form.personId()).param("arena", form.arenaId()).param("role", form.role().name())
                .param("id", id).param("start", form.startDate()).param("end", form.endDate())
                .query(Boolean.class).single();
    }

    /** The exclusion constraint is the last word when two users appoint at once. */
    private Appointment save(Appointment appointment) {
        try {
            return appointments.save(appointment);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("appointment_no_overlap")) {
                throw InvalidInputException.of("startDate", "appointment.overlap");
            }
            throw e;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
