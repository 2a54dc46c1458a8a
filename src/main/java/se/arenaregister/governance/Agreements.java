package se.arenaregister.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.governance.internal.AgreementRepository;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * Agreements (överenskommelser, avtal): recorded and changed by the coordination office, audited; read by everyone
 * (agreements are public; the responsible person and the comment only by internal viewers). Extending one is a new valid-until,
 * ending one a date in ended-on. Each list is one statement, whatever the rows.
 */
@Service
@Transactional
public class Agreements {

    private static final String SELECT = """
            SELECT g.id, g.title, g.organisation_id, o.name AS organisation_name, g.arena_id, a.name AS arena_name,
                   g.decision_id, d.reference AS decision_reference, g.valid_from, g.valid_until, g.ended_on,
                   g.responsible_person_id, p.name AS person_name, g.comment
            FROM agreement g
            LEFT JOIN organisation_overview o ON o.id = g.organisation_id
            LEFT JOIN arena_overview a ON a.id = g.arena_id
            LEFT JOIN decision d ON d.id = g.decision_id
            LEFT JOIN person_overview p ON p.id = g.responsible_person_id AND NOT p.erased
            """;
    private static final String ORDER = " ORDER BY g.valid_until NULLS LAST, lower(g.title), g.id";

    /** A choice in the agreement form's lists. */
    public record Choice(long id, String name) {
    }

    private final AgreementRepository agreements;
    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final FormValidator validator;
    private final Traceability trail;
    private final Clock clock;
    private final Labels labels;

    Agreements(AgreementRepository agreements, JdbcClient jdbc, Permissions permissions, FormValidator validator, Traceability trail,
               Clock clock) {
        this.agreements = agreements;
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.validator = validator;
        this.trail = trail;
        this.clock = clock;
        this.labels = Labels.<Long>of("organisationId", id -> name("organisation_overview", id))
                .<Long>and("arenaId", id -> name("arena_overview", id))
                .<Long>and("decisionId", id -> jdbc.sql("SELECT reference FROM decision WHERE id = :id").param("id", id)
                        .query(String.class).optional().orElse(null))
                .<Long>and("responsiblePersonId", id -> name("person_overview", id));
    }

    public Agreement create(AgreementForm form) {
        permissions.requireCoordinator();
        validate(form);
        Agreement saved = agreements.save(toAgreement(null, form, null));
        trail.created(saved, labels);
        return saved;
    }

    public Agreement update(long id, AgreementForm form) {
        permissions.requireCoordinator();
        Agreement current = agreement(id);
        trail.requireVersion(current, form.version(), labels);
        validate(form);
        Agreement saved = agreements.save(toAgreement(id, form, current.version()));
        trail.updated(current, saved, labels);
        return saved;
    }

    @Transactional(readOnly = true)
    public Agreement agreement(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
    }

    @Transactional(readOnly = true)
    public Optional<AgreementRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE g.id = :id").param("id", id).query(this::row).optional();
    }

    /** Every agreement, by valid-until (open-ended last). */
    @Transactional(readOnly = true)
    public List<AgreementRow> list() {
        return jdbc.sql(SELECT + ORDER).query(this::row).list();
    }

    /** The agreements about an arena. */
    @Transactional(readOnly = true)
    public List<AgreementRow> concerningArena(long arenaId) {
        return jdbc.sql(SELECT + " WHERE g.arena_id = :id" + ORDER).param("id", arenaId).query(this::row).list();
    }

    /** The agreements a decision concluded. */
    @Transactional(readOnly = true)
    public List<AgreementRow> concludedBy(long decisionId) {
        return jdbc.sql(SELECT + " WHERE g.decision_id = :id" + ORDER).param("id", decisionId).query(this::row).list();
    }

    @Transactional(readOnly = true)
    public List<Choice> organisationChoices() {
        return choices("SELECT id, name FROM organisation_overview ORDER BY lower(name)");
    }

    @Transactional(readOnly = true)
    public List<Choice> arenaChoices() {
        return choices("SELECT id, name FROM arena_overview WHERE NOT archived ORDER BY lower(name)");
    }

    @Transactional(readOnly = true)
    public List<Choice> decisionChoices() {
        return choices("SELECT id, reference || ' – ' || title AS name FROM decision ORDER BY decided_on DESC, reference");
    }

    @Transactional(readOnly = true)
    public List<Choice> personChoices() {
        return choices("SELECT id, name FROM person_overview WHERE NOT erased ORDER BY lower(name)");
    }

    private List<Choice> choices(String sql) {
        return jdbc.sql(sql).query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name"))).list();
    }

    private void validate(AgreementForm form) {
        List<Rejection> rejections = new ArrayList<>();
        Map<String, String> references = Map.of("organisationId", "organisation_overview", "arenaId", "arena_overview",
                "decisionId", "decision_overview", "responsiblePersonId", "person_overview");
        Map<String, Long> values = new java.util.HashMap<>();
        values.put("organisationId", form.organisationId());
        values.put("arenaId", form.arenaId());
        values.put("decisionId", form.decisionId());
        values.put("responsiblePersonId", form.responsiblePersonId());
        references.forEach((field, view) -> {
            Long id = values.get(field);
            if (id != null && name(view, id) == null) {
                rejections.add(new Rejection(field, "agreement.reference.unknown"));
            }
        });
        if (form.validFrom() != null && form.validUntil() != null && form.validUntil().isBefore(form.validFrom())) {
            rejections.add(new Rejection("validUntil", "agreement.validUntil.beforeFrom"));
        }
        if (form.endedOn() != null && form.validFrom() != null && form.endedOn().isBefore(form.validFrom())) {
            rejections.add(new Rejection("endedOn", "agreement.endedOn.beforeFrom"));
        }
        validator.check(form, rejections);
    }

    private String name(String view, long id) {
        String column = "decision_overview".equals(view) ? "reference" : "name";
        return jdbc.sql("SELECT " + column + " FROM " + view + " WHERE id = :id").param("id", id).query(String.class).optional().orElse(null);
    }

    private static Agreement toAgreement(Long id, AgreementForm form, Long version) {
        return new Agreement(id, form.title().strip(), form.organisationId(), form.arenaId(), form.decisionId(), form.validFrom(),
                form.validUntil(), form.endedOn(), form.responsiblePersonId(), blankToNull(form.comment()), version);
    }

    private AgreementRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        boolean internal = permissions.mayReadInternal();
        LocalDate until = rs.getObject("valid_until", LocalDate.class);
        LocalDate ended = rs.getObject("ended_on", LocalDate.class);
        return new AgreementRow(rs.getLong("id"), rs.getString("title"), id(rs, "organisation_id"), rs.getString("organisation_name"),
                id(rs, "arena_id"), rs.getString("arena_name"), id(rs, "decision_id"), rs.getString("decision_reference"),
                rs.getObject("valid_from", LocalDate.class), until, ended,
                internal ? id(rs, "responsible_person_id") : null, internal ? rs.getString("person_name") : null,
                internal ? rs.getString("comment") : null,
                AgreementRow.stateOn(until, ended, LocalDate.now(clock)));
    }

    private static Long id(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
