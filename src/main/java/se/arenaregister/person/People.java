package se.arenaregister.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.audit.Audited;
import se.arenaregister.catalog.AreaRepository;
import se.arenaregister.governance.CommitteeRepository;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/** Registers people and, on request, erases their personal data (GDPR). */
@Service
@Transactional
public class People {

    static final String ENTITY = "person";
    /** What an erased person is called; their appointments stay so history and figures hold. */
    static final String ERASED_NAME = "Borttagen person";
    static final String REDACTED = "[raderat]";

    private final PersonRepository people;
    private final CommitteeRepository committees;
    private final AreaRepository areas;
    private final FormValidator validator;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;

    People(PersonRepository people, CommitteeRepository committees, AreaRepository areas, FormValidator validator,
           ApplicationEventPublisher events, AuditLog auditLog) {
        this.people = people;
        this.committees = committees;
        this.areas = areas;
        this.validator = validator;
        this.events = events;
        this.auditLog = auditLog;
    }

    public long create(PersonForm form) {
        validate(form);
        Person saved = people.save(toPerson(null, form, null));
        events.publishEvent(Audited.created(ENTITY, saved.id(), snapshot(saved)));
        return saved.id();
    }

    public void update(long id, PersonForm form) {
        Person current = load(id);
        if (current.erased()) {
            throw InvalidInputException.of("name", "person.erased");
        }
        if (form.version() == null || !form.version().equals(current.version())) {
            throw new EditConflictException(current.version(), snapshot(current), auditLog.lastActor(ENTITY, id));
        }
        validate(form);
        Person saved = people.save(toPerson(id, form, current.version()));
        events.publishEvent(Audited.updated(ENTITY, id, snapshot(current), snapshot(saved)));
    }

    @Transactional(readOnly = true)
    public PersonForm formFor(long id) {
        return PersonForm.of(load(id));
    }

    /**
     * Replaces the person's name and clears their personal data; appointments stay, shown as
     * "Borttagen person", so composition history and time figures remain consistent. The audit log
     * keeps that a change happened but not the values.
     */
    public void erase(long id, long version) {
        Person current = load(id);
        if (current.version() != version) {
            throw new EditConflictException(current.version(), Map.of(), auditLog.lastActor(ENTITY, id));
        }
        people.save(new Person(id, ERASED_NAME, current.kind(), null, null, null, null, null, current.example(), true,
                current.version(), Set.of()));
        auditLog.redactValues(ENTITY, id, REDACTED);
        events.publishEvent(new Audited(ENTITY, id, Audited.Action.ERASED, Map.of(), Map.of()));
    }

    /** Records that the person's data was exported (who and when), in the same transaction as the read. */
    public void recordExport(long id) {
        load(id);
        events.publishEvent(new Audited(ENTITY, id, Audited.Action.EXPORTED, Map.of(), Map.of()));
    }

    Person load(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private void validate(PersonForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.areaId() != null && !areas.existsById(form.areaId())) {
            rejections.add(new Rejection("areaId", "arena.area.unknown"));
        }
        if (!form.committeeIds().isEmpty() && committees.findAllById(form.committeeIds()).size() != form.committeeIds().size()) {
            rejections.add(new Rejection("committeeIds", "decision.committee.unknown"));
        }
        if (form.kind() == PersonKind.OFFICIAL && form.party() != null && !form.party().isBlank()) {
            rejections.add(new Rejection("party", "person.party.onlyElected"));
        }
        validator.check(form, rejections);
    }

    private static Person toPerson(Long id, PersonForm f, Long version) {
        return new Person(id, f.name().strip(), f.kind(), blank(f.party()), blank(f.title()), f.areaId(), blank(f.email()),
                blank(f.phone()), f.example(), false, version,
                f.committeeIds().stream().map(Person.CommitteeSeat::new).collect(Collectors.toSet()));
    }

    private Map<String, String> snapshot(Person p) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", p.name());
        s.put("kind", p.kind().name());
        s.put("party", p.party());
        s.put("title", p.title());
        s.put("areaId", p.areaId() == null ? null : areas.findById(p.areaId()).map(a -> a.name()).orElse(null));
        s.put("email", p.email());
        s.put("phone", p.phone());
        s.put("committeeIds", p.committees().isEmpty() ? null : committees.findAllById(
                p.committees().stream().map(Person.CommitteeSeat::committeeId).toList()).stream()
                .map(c -> c.shortName()).sorted().collect(Collectors.joining(", ")));
        return s;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
