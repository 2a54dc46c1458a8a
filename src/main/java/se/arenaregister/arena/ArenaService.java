package se.arenaregister.arena;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.Topic;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/** Every change to an arena goes through here: validated, versioned, audited, all or nothing. */
@Service
@Transactional
public class ArenaService {

    private final ArenaRepository arenas;
    private final Catalog catalog;
    private final FormValidator validator;
    private final Traceability trail;
    /** Names instead of ids in the log and the conflict view. */
    private final Labels labels;
    private final Clock clock;

    private final AreaAccess access;

    ArenaService(ArenaRepository arenas, Catalog catalog, FormValidator validator, Traceability trail, Clock clock,
                 AreaAccess access) {
        this.arenas = arenas;
        this.access = access;
        this.catalog = catalog;
        this.validator = validator;
        this.trail = trail;
        this.labels = Labels.<Long>of("areaId", this::areaName)
                .<Long>and("subAreaId", this::areaName)
                .<Set<Arena.SecondaryArea>>and("secondaryAreaIds",
                        s -> names(s.stream().map(Arena.SecondaryArea::areaId).toList(), catalog::areas, Area::name))
                .<Long>and("convenerId", id -> catalog.findOrganisation(id).map(Organisation::name).orElse(null))
                .<Set<Arena.Member>>and("memberIds",
                        s -> names(s.stream().map(Arena.Member::organisationId).toList(), catalog::organisations, Organisation::name))
                .<Set<Arena.TopicLink>>and("topicIds",
                        s -> names(s.stream().map(Arena.TopicLink::topicId).toList(), catalog::topics, Topic::name))
                .<Long>and("companyId", id -> catalog.findOrganisation(id).map(Organisation::name).orElse(null));
        this.clock = clock;
    }

    public long create(ArenaForm form) {
        validate(form, null);
        Instant now = clock.instant();
        Arena saved = save(toArena(null, form, null, now, now, false));
        trail.created(saved, labels);
        return saved.id();
    }

    public void update(long id, ArenaForm form) {
        Arena current = load(id);
        access.requireEdit(groupOf(current));
        trail.requireVersion(current, form.version(), labels);
        validate(form, id);
        Arena saved = save(toArena(id, form, current.version(), current.createdAt(), clock.instant(), current.archived()));
        trail.updated(current, saved, labels);
    }

    /** The end date has come: the organisation no longer takes part (the status is set to ENDED, the end date kept). */
    public void confirmEnded(long id, long version) {
        Arena current = load(id);
        access.requireEdit(groupOf(current));
        trail.requireVersion(current, version, labels);
        Arena saved = save(current.endingAs(ArenaStatus.ENDED, current.endDate(), clock.instant()));
        trail.updated(current, saved, labels);
    }

    /** The arena goes on: a new end date after today; the status stays what it was. */
    public void extendEnd(long id, EndDateForm form) {
        Arena current = load(id);
        access.requireEdit(groupOf(current));
        trail.requireVersion(current, form.version(), labels);
        List<Rejection> rejections = new ArrayList<>();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        if (form.endDate() != null && !form.endDate().isAfter(today)) {
            rejections.add(new Rejection("endDate", "arena.endDate.notAfterToday", today.toString()));
        }
        validator.check(form, rejections);
        Arena saved = save(current.endingAs(current.status() == ArenaStatus.ENDED ? ArenaStatus.ACTIVE : current.status(),
                form.endDate(), clock.instant()));
        trail.updated(current, saved, labels);
    }

    public void archive(long id, long version) {
        changeArchived(id, version, true);
    }

    public void restore(long id, long version) {
        Arena current = load(id);
        access.requireEdit(groupOf(current));
        if (arenas.nameTakenInGroup(groupOf(current), current.name(), id)) {
            throw InvalidInputException.of("name", "arena.name.duplicate");
        }
        changeArchived(id, version, false);
    }

    @Transactional(readOnly = true)
    public ArenaForm formFor(long id) {
        Arena arena = load(id);
        access.requireEdit(groupOf(arena));
        return ArenaForm.of(arena);
    }

    /** The form's values as the audit log and the conflict view show them. */
    @Transactional(readOnly = true)
    public Map<String, String> snapshotOf(ArenaForm form) {
        return trail.snapshotOf(toArena(null, form, null, null, null, false), labels);
    }

    private void changeArchived(long id, long version, boolean archived) {
        Arena current = load(id);
        access.requireEdit(groupOf(current));
        trail.requireVersion(current, version, labels);
        Arena saved = save(current.archivedAs(archived, clock.instant()));
        if (archived) {
            trail.archived(current, saved, labels);
        } else {
            trail.restored(current, saved, labels);
        }
    }

    private Arena load(long id) {
        return arenas.findById(id).orElseThrow(() -> new NotFoundException("arena", id));
    }

    private Arena save(Arena arena) {
        try {
            return arenas.save(arena);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "arena.name.duplicate");
        } catch (OptimisticLockingFailureException e) {
            throw trail.conflict(load(arena.id()), labels);
        }
    }

    private void validate(ArenaForm form, Long id) {
        List<Rejection> rejections = new ArrayList<>();
        Area area = form.areaId() == null ? null : catalog.findArea(form.areaId()).orElse(null);
        if (form.areaId() != null && (area == null || area.isSubArea())) {
            rejections.add(new Rejection("areaId", "arena.area.unknown"));
        }
        if (form.subAreaId() != null) {
            Area subArea = catalog.findArea(form.subAreaId()).orElse(null);
            if (subArea == null || !subArea.isSubArea()) {
                rejections.add(new Rejection("subAreaId", "arena.subArea.unknown"));
            } else if (area != null && !Objects.equals(subArea.parentId(), area.id())) {
                rejections.add(new Rejection("subAreaId", "arena.subArea.otherArea", area.name()));
            }
        }
        if (!form.secondaryAreaIds().isEmpty() && catalog.areas(form.secondaryAreaIds()).size() != form.secondaryAreaIds().size()) {
            rejections.add(new Rejection("secondaryAreaIds", "arena.area.unknown"));
        }
        if (form.convenerId() != null && catalog.findOrganisation(form.convenerId()).isEmpty()) {
            rejections.add(new Rejection("convenerId", "arena.organisation.unknown"));
        }
        if (!form.memberIds().isEmpty() && catalog.organisations(form.memberIds()).size() != form.memberIds().size()) {
            rejections.add(new Rejection("memberIds", "arena.organisation.unknown"));
        }
        if (!form.topicIds().isEmpty() && catalog.topics(form.topicIds()).size() != form.topicIds().size()) {
            rejections.add(new Rejection("topicIds", "arena.topic.unknown"));
        }
        if (form.kind() != ArenaKind.FORUM) {
            if (form.companyId() == null) {
                rejections.add(new Rejection("companyId", "arena.company.required"));
            } else if (catalog.findOrganisation(form.companyId()).filter(o -> o.kind() == OrganisationKind.COMPANY).isEmpty()) {
                rejections.add(new Rejection("companyId", "arena.company.notCompany"));
            }
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            rejections.add(new Rejection("endDate", "arena.endDate.beforeStart"));
        }
        if (form.status() == ArenaStatus.CONSIDERED && (form.awaiting() == null || form.awaiting().isBlank())) {
            rejections.add(new Rejection("awaiting", "arena.awaiting.required"));
        }
        if (form.areaId() != null && !access.mayEdit(form.subAreaId() != null ? form.subAreaId() : form.areaId())) {
            // The user edits other areas: the arena may not be placed (or moved) here.
            rejections.add(new Rejection(form.subAreaId() != null ? "subAreaId" : "areaId", "arena.area.notEditable"));
        }
        if (form.name() != null && !form.name().isBlank() && form.areaId() != null) {
            long group = form.subAreaId() != null ? form.subAreaId() : form.areaId();
            if (arenas.nameTakenInGroup(group, form.name().strip(), id)) {
                rejections.add(new Rejection("name", "arena.name.duplicate"));
            }
        }
        validator.check(form, rejections);
    }

    private static long groupOf(Arena arena) {
        return arena.subAreaId() != null ? arena.subAreaId() : arena.areaId();
    }

    private static Arena toArena(Long id, ArenaForm f, Long version, Instant createdAt, Instant updatedAt, boolean archived) {
        return new Arena(id, strip(f.name()), strip(f.shortName()), f.areaId(), f.subAreaId(), f.scope(), f.convenerId(),
                f.ledByHome(), strip(f.purpose()), strip(f.otherInfo()), f.status(), f.startDate(), f.endDate(), strip(f.website()),
                f.meetingsPerYear(), f.hoursPerMeeting(), strip(f.responsibleOfficial()), f.kind(),
                f.kind() == ArenaKind.FORUM ? null : f.companyId(), f.preparationFactor(), f.requiresElected(), f.nextMeetingOn(),
                archived, f.status() == ArenaStatus.CONSIDERED ? strip(f.awaiting()) : null,
                f.status() == ArenaStatus.CONSIDERED ? f.awaitingBy() : null, version, createdAt, updatedAt,
                map(f.types(), Arena.TypeCode::new), map(f.levels(), Arena.LevelCode::new),
                map(f.memberIds(), Arena.Member::new), map(f.topicIds(), Arena.TopicLink::new),
                map(f.secondaryAreaIds(), Arena.SecondaryArea::new));
    }

    private static <S, T> Set<T> map(Set<S> source, Function<S, T> f) {
        return source.stream().filter(Objects::nonNull).map(f).collect(Collectors.toSet());
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String areaName(Long id) {
        return id == null ? null : catalog.findArea(id).map(Area::name).orElse(null);
    }

    private static <T> String names(List<Long> ids, Function<List<Long>, List<T>> load, Function<T, String> name) {
        if (ids.isEmpty()) {
            return null;
        }
        return load.apply(ids).stream().map(name).sorted(Comparator.comparing(String::toLowerCase)).collect(Collectors.joining(", "));
    }
}
