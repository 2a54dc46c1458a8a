package se.arenaregister.arena;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.audit.Audited;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaRepository;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.OrganisationRepository;
import se.arenaregister.catalog.Topic;
import se.arenaregister.catalog.TopicRepository;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/** Every change to an arena goes through here: validated, versioned, audited, all or nothing. */
@Service
@Transactional
public class ArenaService {

    static final String ENTITY = "arena";

    private final ArenaRepository arenas;
    private final AreaRepository areas;
    private final OrganisationRepository organisations;
    private final TopicRepository topics;
    private final FormValidator validator;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final Clock clock;

    ArenaService(ArenaRepository arenas, AreaRepository areas, OrganisationRepository organisations, TopicRepository topics,
                 FormValidator validator, ApplicationEventPublisher events, AuditLog auditLog, Clock clock) {
        this.arenas = arenas;
        this.areas = areas;
        this.organisations = organisations;
        this.topics = topics;
        this.validator = validator;
        this.events = events;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public long create(ArenaForm form) {
        validate(form, null);
        Instant now = clock.instant();
        Arena saved = save(toArena(null, form, null, now, now, false));
        events.publishEvent(Audited.created(ENTITY, saved.id(), snapshot(saved)));
        return saved.id();
    }

    public void update(long id, ArenaForm form) {
        Arena current = load(id);
        if (form.version() == null || !form.version().equals(current.version())) {
            throw conflict(current);
        }
        validate(form, id);
        Arena saved = save(toArena(id, form, current.version(), current.createdAt(), clock.instant(), current.archived()));
        events.publishEvent(Audited.updated(ENTITY, id, snapshot(current), snapshot(saved)));
    }

    public void archive(long id, long version) {
        changeArchived(id, version, true);
    }

    public void restore(long id, long version) {
        Arena current = load(id);
        if (arenas.nameTakenInGroup(groupOf(current), current.name(), id)) {
            throw InvalidInputException.of("name", "arena.name.duplicate");
        }
        changeArchived(id, version, false);
    }

    @Transactional(readOnly = true)
    public ArenaForm formFor(long id) {
        return ArenaForm.of(load(id));
    }

    /** The form's values as the audit log and the conflict view show them. */
    @Transactional(readOnly = true)
    public Map<String, String> snapshotOf(ArenaForm form) {
        return snapshot(toArena(null, form, null, null, null, false));
    }

    private void changeArchived(long id, long version, boolean archived) {
        Arena current = load(id);
        if (current.version() != version) {
            throw conflict(current);
        }
        Arena saved = save(current.archivedAs(archived, clock.instant()));
        events.publishEvent(new Audited(ENTITY, id, archived ? Audited.Action.ARCHIVED : Audited.Action.RESTORED,
                Map.of("archived", String.valueOf(current.archived())), Map.of("archived", String.valueOf(saved.archived()))));
    }

    private Arena load(long id) {
        return arenas.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private EditConflictException conflict(Arena current) {
        return new EditConflictException(current.version(), snapshot(current), auditLog.lastActor(ENTITY, current.id()));
    }

    private Arena save(Arena arena) {
        try {
            return arenas.save(arena);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "arena.name.duplicate");
        } catch (OptimisticLockingFailureException e) {
            throw conflict(load(arena.id()));
        }
    }

    private void validate(ArenaForm form, Long id) {
        List<Rejection> rejections = new ArrayList<>();
        Area area = form.areaId() == null ? null : areas.findById(form.areaId()).orElse(null);
        if (form.areaId() != null && (area == null || area.isSubArea())) {
            rejections.add(new Rejection("areaId", "arena.area.unknown"));
        }
        if (form.subAreaId() != null) {
            Area subArea = areas.findById(form.subAreaId()).orElse(null);
            if (subArea == null || !subArea.isSubArea()) {
                rejections.add(new Rejection("subAreaId", "arena.subArea.unknown"));
            } else if (area != null && !Objects.equals(subArea.parentId(), area.id())) {
                rejections.add(new Rejection("subAreaId", "arena.subArea.otherArea", area.name()));
            }
        }
        if (!form.secondaryAreaIds().isEmpty() && areas.findAllById(form.secondaryAreaIds()).size() != form.secondaryAreaIds().size()) {
            rejections.add(new Rejection("secondaryAreaIds", "arena.area.unknown"));
        }
        if (form.convenerId() != null && !organisations.existsById(form.convenerId())) {
            rejections.add(new Rejection("convenerId", "arena.organisation.unknown"));
        }
        if (!form.memberIds().isEmpty() && organisations.findAllById(form.memberIds()).size() != form.memberIds().size()) {
            rejections.add(new Rejection("memberIds", "arena.organisation.unknown"));
        }
        if (!form.topicIds().isEmpty() && topics.findAllById(form.topicIds()).size() != form.topicIds().size()) {
            rejections.add(new Rejection("topicIds", "arena.topic.unknown"));
        }
        if (form.kind() != ArenaKind.FORUM) {
            if (form.companyId() == null) {
                rejections.add(new Rejection("companyId", "arena.company.required"));
            } else if (organisations.findById(form.companyId()).filter(o -> o.kind() == OrganisationKind.COMPANY).isEmpty()) {
                rejections.add(new Rejection("companyId", "arena.company.notCompany"));
            }
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            rejections.add(new Rejection("endDate", "arena.endDate.beforeStart"));
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
                archived, version, createdAt, updatedAt,
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

    /** Display snapshot for audit and conflicts: names instead of ids, codes in a stable order. */
    private Map<String, String> snapshot(Arena a) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", a.name());
        s.put("shortName", a.shortName());
        s.put("areaId", areaName(a.areaId()));
        s.put("subAreaId", areaName(a.subAreaId()));
        s.put("secondaryAreaIds", names(a.secondaryAreas().stream().map(Arena.SecondaryArea::areaId).toList(), areas::findAllById, Area::name));
        s.put("types", a.types().stream().map(Arena.TypeCode::code).sorted().map(Enum::name).collect(Collectors.joining(", ")));
        s.put("levels", a.levels().stream().map(Arena.LevelCode::code).sorted().map(Enum::name).collect(Collectors.joining(", ")));
        s.put("scope", a.scope() == null ? null : a.scope().name());
        s.put("convenerId", a.convenerId() == null ? null : organisations.findById(a.convenerId()).map(Organisation::name).orElse(null));
        s.put("ledByHome", String.valueOf(a.ledByHome()));
        s.put("memberIds", names(a.members().stream().map(Arena.Member::organisationId).toList(), organisations::findAllById, Organisation::name));
        s.put("purpose", a.purpose());
        s.put("otherInfo", a.otherInfo());
        s.put("topicIds", names(a.topics().stream().map(Arena.TopicLink::topicId).toList(), topics::findAllById, Topic::name));
        s.put("status", a.status() == null ? null : a.status().name());
        s.put("startDate", a.startDate() == null ? null : a.startDate().toString());
        s.put("endDate", a.endDate() == null ? null : a.endDate().toString());
        s.put("website", a.website());
        s.put("meetingsPerYear", a.meetingsPerYear() == null ? null : a.meetingsPerYear().toString());
        s.put("hoursPerMeeting", a.hoursPerMeeting() == null ? null : a.hoursPerMeeting().stripTrailingZeros().toPlainString());
        s.put("responsibleOfficial", a.responsibleOfficial());
        s.put("kind", a.kind() == null ? null : a.kind().name());
        s.put("companyId", a.companyId() == null ? null : organisations.findById(a.companyId()).map(Organisation::name).orElse(null));
        s.put("preparationFactor", a.preparationFactor() == null ? null : a.preparationFactor().stripTrailingZeros().toPlainString());
        s.put("requiresElected", String.valueOf(a.requiresElected()));
        s.put("nextMeetingOn", a.nextMeetingOn() == null ? null : a.nextMeetingOn().toString());
        return s;
    }

    private String areaName(Long id) {
        return id == null ? null : areas.findById(id).map(Area::name).orElse(null);
    }

    private static <T> String names(List<Long> ids, Function<List<Long>, List<T>> load, Function<T, String> name) {
        if (ids.isEmpty()) {
            return null;
        }
        return load.apply(ids).stream().map(name).sorted(Comparator.comparing(String::toLowerCase)).collect(Collectors.joining(", "));
    }
}
