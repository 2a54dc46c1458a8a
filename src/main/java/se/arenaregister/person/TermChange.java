package se.arenaregister.person;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.governance.Governance;
import se.arenaregister.governance.Term;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/**
 * After an election: every appointment that ends with a term is renewed for the next term, ended, or
 * reassigned to another person, in one transaction: either all of the user's choices hold or none.
 */
@Service
@Transactional
public class TermChange {

    public enum Action { RENEW, END, REASSIGN }

    /** The user's choice for one appointment; {@code personId} only for REASSIGN. */
    public record Choice(long appointmentId, Action action, Long personId) {
    }

    /** Serializable: it travels as a flash attribute in the session, which is kept in PostgreSQL. */
    public record Result(int renewed, int ended, int reassigned) implements java.io.Serializable {
    }

    private final Governance governance;
    private final Permissions permissions;
    private final AppointmentRepository appointments;
    private final Appointments service;

    TermChange(Governance governance, AppointmentRepository appointments, Appointments service, Permissions permissions) {
        this.permissions = permissions;
        this.governance = governance;
        this.appointments = appointments;
        this.service = service;
    }

    /** The appointments that end with the term, in arena and role order. */
    @Transactional(readOnly = true)
    public List<Long> endingWith(long termId) {
        Term term = term(termId);
        return appointments.endingWithTerm(term.id(), term.endDate()).stream().map(Appointment::id).toList();
    }

    public Result apply(long termId, List<Choice> choices) {
        permissions.requireCoordinator();
        Term term = term(termId);
        Term next = governance.termAfter(term)
                .orElseThrow(() -> InvalidInputException.of("termId", "term.noNext", term.name()));
        List<Long> eligible = endingWith(termId);
        int renewed = 0;
        int ended = 0;
        int reassigned = 0;
        List<Rejection> rejections = new ArrayList<>();
        for (Choice choice : choices) {
            if (!eligible.contains(choice.appointmentId())) {
                rejections.add(new Rejection("choices[" + choice.appointmentId() + "]", "term.change.notEnding"));
                continue;
            }
            Appointment old = service.load(choice.appointmentId());
            if (old.endDate() == null || old.endDate().isAfter(term.endDate())) {
                service.end(old.id(), term.endDate());
            }
            switch (choice.action()) {
                case END -> ended++;
                case RENEW -> {
                    appointNext(old, old.personId(), next, choice, rejections);
                    renewed++;
                }
                case REASSIGN -> {
                    if (choice.personId() == null) {
                        rejections.add(new Rejection("choices[" + choice.appointmentId() + "]", "term.change.personRequired"));
                    } else {
                        appointNext(old, choice.personId(), next, choice, rejections);
                        reassigned++;
                    }
                }
            }
        }
        if (!rejections.isEmpty()) {
            throw new InvalidInputException(rejections);
        }
        return new Result(renewed, ended, reassigned);
    }

    private void appointNext(Appointment old, long personId, Term next, Choice choice, List<Rejection> rejections) {
        try {
            service.appoint(new AppointmentForm(personId, old.arenaId(), old.role(), next.startDate(), next.endDate(), null, next.id(),
                    old.note(), null));
        } catch (InvalidInputException e) {
            e.rejections().forEach(r -> rejections.add(new Rejection("choices[" + choice.appointmentId() + "]", r.code(), r.args())));
        }
    }

    private Term term(long id) {
        return governance.findTerm(id).orElseThrow(() -> new NotFoundException("term", id));
    }
}
