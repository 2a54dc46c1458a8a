package se.arenaregister.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traceability;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;

/** Records dated assessments of arenas. Assessments are never edited: a new judgement is a new assessment. */
@Service
@Transactional
public class Assessments {

    private final AssessmentRepository assessments;
    private final ArenaQueries arenas;
    private final PersonQueries people;
    private final FormValidator validator;
    private final Traceability trail;
    private final Clock clock;

    private final ArenaAccess access;

    Assessments(AssessmentRepository assessments, ArenaQueries arenas, PersonQueries people, FormValidator validator,
                Traceability trail, Clock clock, ArenaAccess access) {
        this.access = access;
        this.assessments = assessments;
        this.arenas = arenas;
        this.people = people;
        this.validator = validator;
        this.trail = trail;
        this.clock = clock;
    }

    public long record(AssessmentForm form) {
        access.requireEdit(form.arenaId());
        List<Rejection> rejections = new ArrayList<>();
        if (form.arenaId() != null && arenas.find(form.arenaId()).isEmpty()) {
            rejections.add(new Rejection("arenaId", "appointment.arena.unknown"));
        }
        if (form.assessedOn() != null && form.assessedOn().isAfter(LocalDate.now(clock))) {
            rejections.add(new Rejection("assessedOn", "assessment.date.future"));
        }
        PersonOrName.check(form.assessorPersonId(), form.assessor(), "assessorPersonId", "assessor", true, people,
                LocalDate.now(clock), rejections);
        validator.check(form, rejections);
        Assessment saved = assessments.save(new Assessment(null, form.arenaId(), form.assessedOn(), form.verdict(),
                form.motivation().strip(), PersonOrName.name(form.assessorPersonId(), form.assessor()), form.assessorPersonId(), null));
        trail.created(saved);
        // The arena's own history shows that it was assessed (and the register's changes read the verdict from there).
        trail.noted(EntityType.ARENA, saved.arenaId(), "assessment", saved.verdict().name());
        return saved.id();
    }
}
