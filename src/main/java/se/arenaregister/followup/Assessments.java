package se.arenaregister.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.audit.Audited;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;

/** Records dated assessments of arenas. Assessments are never edited: a new judgement is a new assessment. */
@Service
@Transactional
public class Assessments {

    private final AssessmentRepository assessments;
    private final ArenaQueries arenas;
    private final FormValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, ArenaQueries arenas, FormValidator validator, ApplicationEventPublisher events,
                Clock clock) {
        this.assessments = assessments;
        this.arenas = arenas;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    public long record(AssessmentForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.arenaId() != null && arenas.find(form.arenaId()).isEmpty()) {
            rejections.add(new Rejection("arenaId", "appointment.arena.unknown"));
        }
        if (form.assessedOn() != null && form.assessedOn().isAfter(LocalDate.now(clock))) {
            rejections.add(new Rejection("assessedOn", "assessment.date.future"));
        }
        validator.check(form, rejections);
        Assessment saved = assessments.save(new Assessment(null, form.arenaId(), form.assessedOn(), form.verdict(),
                form.motivation().strip(), form.assessor().strip(), null));
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("assessedOn", saved.assessedOn().toString());
        snapshot.put("verdict", saved.verdict().name());
        snapshot.put("motivation", saved.motivation());
        snapshot.put("assessor", saved.assessor());
        events.publishEvent(Audited.created("assessment", saved.id(), snapshot));
        // The arena's own history shows that it was assessed.
        events.publishEvent(new Audited("arena", saved.arenaId(), Audited.Action.UPDATED, Map.of(),
                Map.of("assessment", saved.verdict().name())));
        return saved.id();
    }
}
