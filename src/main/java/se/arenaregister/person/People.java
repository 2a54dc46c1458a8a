package se.arenaregister.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.governance.Governance;
import se.arenaregister.security.Permissions;
import se.arenaregister.security.UserNames;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/**
 * Registers people, links a person to their user account, and, on request, erases their personal data (GDPR). An
 * account belongs to at most one person and a person has at most one account; an erased person has none.
 */
@Service
@Transactional
public class People {

    static final String ENTITY = "person";
    /** What an erased person is called; their appointments stay so history and figures hold. */
    static final String ERASED_NAME = "Borttagen person";
    static final String REDACTED = "[raderat]";

    private final PersonRepository people;
    private final Permissions permissions;
    private final Governance governance;
    private final Catalog catalog;
    private final FormValidator validator;
    private final Traceability trail;
    private final UserNames accounts;
    private final JdbcClient jdbc;
    /** The area by name, committees by short name and the account by user name in the log. */
    private final Labels labels;

    People(PersonRepository people, Governance governance, Catalog catalog, FormValidator validator,
           Traceability trail, UserNames accounts, JdbcClient jdbc, Permissions permissions) {
        this.permissions = permissions;
        this.people = people;
        this.governance = governance;
        this.catalog = catalog;
        this.validator = validator;
        this.trail = trail;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.labels = Labels.<Long>of("areaId", id -> catalog.findArea(id).map(a -> a.name()).orElse(null))
                .<Long>and("account", id -> accounts.account(id).map(UserNames.Account::username).orElse(null))
                .<Set<Person.CommitteeSeat>>and("committeeIds", seats -> seats.isEmpty() ? null : governance.committees(
                        seats.stream().map(Person.CommitteeSeat::committeeId).toList()).stream()
                        .map(c -> c.shortName()).sorted().collect(Collectors.joining(", ")));
    }

    public long create(PersonForm form) {
        permissions.requireCoordinator();
        validate(form);
        Person saved = people.save(toPerson(null, form, null, null));
        trail.created(saved, labels);
        return saved.id();
    }

    public void update(long id, PersonForm form) {
        permissions.requireCoordinator();
        Person current = load(id);
        if (current.erased()) {
            throw InvalidInputException.of("name", "person.erased");
        }
        trail.requireVersion(current, form.version(), labels);
        validate(form);
        Person saved = people.save(toPerson(id, form, current.version(), current.accountId()));
        trail.updated(current, saved, labels);
    }

    /**
     * Links the person to the account named in the form, or to none. An account another person has is refused on the
     * field (also when two administrators link it at the same moment: the unique index decides), as is an account that
     * does not exist, an erased person, and a stale version.
     */
    public void linkAccount(long id, AccountLinkForm form) {
        permissions.requireCoordinator();
        Person current = load(id);
        if (current.erased()) {
            throw InvalidInputException.of("account", "person.erased");
        }
        trail.requireVersion(current, form.version(), labels);
        List<Rejection> rejections = new ArrayList<>();
        Long accountId = null;
        if (!form.none()) {
            var account = accounts.account(form.account().strip());
            if (account.isEmpty()) {
                rejections.add(new Rejection("account", "person.account.unknown"));
            } else {
                accountId = account.get().id();
                holderOf(accountId).filter(holder -> holder != id)
                        .ifPresent(holder -> rejections.add(new Rejection("account", "person.account.taken", nameOf(holder))));
            }
        }
        validator.check(form, rejections);
        if (java.util.Objects.equals(accountId, current.accountId())) {
            return;
        }
        Person saved;
        try {
            saved = people.save(current.withAccount(accountId));
        } catch (DataAccessException e) {
            if (isDuplicateKey(e)) {
                throw InvalidInputException.of("account", "person.account.takenMeanwhile");
            }
            throw e;
        }
        trail.updated(current, saved, labels);
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
        permissions.requireCoordinator();
        Person current = load(id);
        trail.requireVersion(current, version, labels);
        // The account stays, unlinked: it is not the person's data, and its owner may still need to log in.
        people.save(new Person(id, ERASED_NAME, current.kind(), null, null, null, null, null, null, current.example(), true,
                current.version(), Set.of()));
        trail.erased(current, REDACTED);
    }

    /** Records that the person's data was exported (who and when), in the same transaction as the read. */
    public void recordExport(long id) {
        permissions.requireCoordinator();
        trail.exported(load(id));
    }

    Person load(long id) {
        return people.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private void validate(PersonForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.areaId() != null && catalog.findArea(form.areaId()).isEmpty()) {
            rejections.add(new Rejection("areaId", "arena.area.unknown"));
        }
        if (!form.committeeIds().isEmpty() && governance.committees(form.committeeIds()).size() != form.committeeIds().size()) {
            rejections.add(new Rejection("committeeIds", "decision.committee.unknown"));
        }
        if (form.kind() == PersonKind.OFFICIAL && form.party() != null && !form.party().isBlank()) {
            rejections.add(new Rejection("party", "person.party.onlyElected"));
        }
        validator.check(form, rejections);
    }

    private java.util.Optional<Long> holderOf(long accountId) {
        return jdbc.sql("SELECT id FROM person WHERE account_id = :account").param("account", accountId).query(Long.class).optional();
    }

    private String nameOf(long personId) {
        return people.findById(personId).map(Person::name).orElse("");
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    private static Person toPerson(Long id, PersonForm f, Long version, Long accountId) {
        return new Person(id, f.name().strip(), f.kind(), blank(f.party()), blank(f.title()), f.areaId(), blank(f.email()),
                blank(f.phone()), accountId, f.example(), false, version,
                f.committeeIds().stream().map(Person.CommitteeSeat::new).collect(Collectors.toSet()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
