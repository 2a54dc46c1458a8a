package se.arenaregister.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaAccess;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.audit.Traceability;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * Schedules reviews and records their outcome. Completing a recurring review creates its next
 * occurrence. An outcome can be recorded once the review is due, that is from {@link #LEAD_DAYS}
 * days before its due date (the same window in which the dashboard lists it as coming).
 */
@Service
@Transactional
public class Reviews {

    public static final int LEAD_DAYS = 90;

    private final ReviewRepository reviews;
    private final ArenaQueries arenas;
    private final Catalog catalog;
    private final PersonQueries people;
    private final FormValidator validator;
    private final Traceability trail;
    private final Clock clock;

    private final ArenaAccess arenaAccess;
    private final AreaAccess areaAccess;

    Reviews(ReviewRepository reviews, ArenaQueries arenas, Catalog catalog, PersonQueries people, FormValidator validator,
            Traceability trail, Clock clock, ArenaAccess arenaAccess, AreaAccess areaAccess) {
        this.arenaAccess = arenaAccess;
        this.areaAccess = areaAccess;
        this.reviews = reviews;
        this.arenas = arenas;
        this.catalog = catalog;
        this.people = people;
        this.validator = validator;
        this.trail = trail;
        this.clock = clock;
    }

    public long schedule(ReviewForm form) {
        requireEdit(form.arenaId(), form.areaId());
        List<Rejection> rejections = new ArrayList<>();
        if ((form.arenaId() == null) == (form.areaId() == null)) {
            rejections.add(new Rejection("arenaId", "review.target.exactlyOne"));
        }
        if (form.arenaId() != null && arenas.find(form.arenaId()).isEmpty()) {
            rejections.add(new Rejection("arenaId", "appointment.arena.unknown"));
        }
        if (form.areaId() != null && catalog.findArea(form.areaId()).isEmpty()) {
            rejections.add(new Rejection("areaId", "arena.area.unknown"));
        }
        if (form.recurring() && (form.rule() == null || form.rule() == Recurrence.NONE)) {
            rejections.add(new Rejection("rule", "review.recurrence.ruleRequired"));
        }
        if (form.recursUntil() != null && !form.recurring()) {
            rejections.add(new Rejection("recursUntil", "review.recurrence.untilWithoutRule"));
        }
        if (form.recursUntil() != null && form.dueOn() != null && form.recursUntil().isBefore(form.dueOn())) {
            rejections.add(new Rejection("recursUntil", "review.recurrence.untilBeforeDue"));
        }
        PersonOrName.check(form.responsiblePersonId(), form.responsible(), "responsiblePersonId", "responsible", false, people,
                LocalDate.now(clock), rejections);
        validator.check(form, rejections);
        Review saved = reviews.save(new Review(null, form.arenaId(), form.areaId(), form.dueOn(), form.recurrence(), form.recursUntil(),
                form.reason().strip(), PersonOrName.name(form.responsiblePersonId(), form.responsible()), form.responsiblePersonId(),
                null, null, null, null));
        trail.created(saved);
        return saved.id();
    }

    /** Records the outcome; returns the id of the next occurrence when the review recurs. */
    public Long complete(long id, ReviewOutcomeForm form) {
        Review review = reviews.findById(id).orElseThrow(() -> new NotFoundException("review", id));
        requireEdit(review.arenaId(), review.areaId());
        List<Rejection> rejections = new ArrayList<>();
        if (review.completed()) {
            rejections.add(new Rejection("outcome", "review.alreadyCompleted"));
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(review.dueOn().minusDays(LEAD_DAYS))) {
            rejections.add(new Rejection("outcome", "review.notYetDue", review.dueOn().minusDays(LEAD_DAYS).toString()));
        }
        if (form.completedOn() != null && form.completedOn().isAfter(today)) {
            rejections.add(new Rejection("completedOn", "review.completedOn.future"));
        }
        validator.check(form, rejections);
        Review done = reviews.save(review.completedWith(form.outcome().strip(), form.completedOn()));
        trail.updated(review, done);
        Review next = done.nextOccurrence();
        if (next == null) {
            return null;
        }
        Review created = reviews.save(next);
        trail.created(created);
        return created.id();
    }

    /**
     * Refuses (403) unless the user may review this arena or area: a review of an arena is for whoever may edit the
     * arena, one of an area for whoever may edit the area. An unknown arena or area is the form's to name.
     */
    @Transactional(readOnly = true)
    public void requireEdit(Long arenaId, Long areaId) {
        if (arenaId != null) {
            arenaAccess.requireEdit(arenaId);
        } else if (areaId != null && catalog.findArea(areaId).isPresent()) {
            areaAccess.requireEdit(areaId);
        }
    }

    /** Refuses (403) unless the user may complete this review; a review that does not exist is not found. */
    @Transactional(readOnly = true)
    public void requireEdit(long id) {
        Review review = reviews.findById(id).orElseThrow(() -> new NotFoundException("review", id));
        requireEdit(review.arenaId(), review.areaId());
    }
}
