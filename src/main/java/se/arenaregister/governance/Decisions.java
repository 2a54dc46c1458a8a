package se.arenaregister.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.AuditLog;
import se.arenaregister.audit.Audited;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/** Records committees' decisions: a reference like RUN/78/2022 is unique and well-formed. */
@Service
@Transactional
public class Decisions {

    /** Diarienummer: committee short name, running number, year, e.g. RUN/34/2018. */
    public static final String REFERENCE_PATTERN = "^[A-ZÅÄÖ]{2,10}/[0-9]{1,5}/[0-9]{4}$";

    private final DecisionRepository decisions;
    private final CommitteeRepository committees;
    private final FormValidator validator;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;

    Decisions(DecisionRepository decisions, CommitteeRepository committees, FormValidator validator,
              ApplicationEventPublisher events, AuditLog auditLog) {
        this.decisions = decisions;
        this.committees = committees;
        this.validator = validator;
        this.events = events;
        this.auditLog = auditLog;
    }

    public Decision create(DecisionForm form) {
        validate(null, form);
        Decision saved = save(new Decision(null, form.committeeId(), form.reference().strip(), form.decidedOn(), form.title().strip(),
                blankToNull(form.paragraph()), blankToNull(form.description()), null));
        events.publishEvent(Audited.created("decision", saved.id(), snapshot(saved)));
        return saved;
    }

    public Decision update(long id, DecisionForm form) {
        Decision current = decision(id);
        if (form.version() == null || !form.version().equals(current.version())) {
            throw new EditConflictException(current.version(), snapshot(current), auditLog.lastActor("decision", id));
        }
        validate(current, form);
        Decision saved = save(new Decision(id, form.committeeId(), form.reference().strip(), form.decidedOn(), form.title().strip(),
                blankToNull(form.paragraph()), blankToNull(form.description()), current.version()));
        events.publishEvent(Audited.updated("decision", id, snapshot(current), snapshot(saved)));
        return saved;
    }

    public Committee createCommittee(String name, String shortName) {
        Committee saved = committees.save(new Committee(null, name, shortName, null));
        events.publishEvent(Audited.created("committee", saved.id(), Map.of("name", name, "shortName", shortName)));
        return saved;
    }

    @Transactional(readOnly = true)
    public Decision decision(long id) {
        return decisions.findById(id).orElseThrow(() -> new NotFoundException("decision", id));
    }

    private void validate(Decision current, DecisionForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.committeeId() != null && !committees.existsById(form.committeeId())) {
            rejections.add(new Rejection("committeeId", "decision.committee.unknown"));
        }
        if (form.reference() != null && !form.reference().isBlank()) {
            decisions.findByReference(form.reference().strip())
                    .filter(d -> current == null || !d.id().equals(current.id()))
                    .ifPresent(d -> rejections.add(new Rejection("reference", "decision.reference.duplicate")));
        }
        validator.check(form, rejections);
    }

    private Decision save(Decision decision) {
        try {
            return decisions.save(decision);
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("reference", "decision.reference.duplicate");
        }
    }

    private Map<String, String> snapshot(Decision d) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("committeeId", committees.findById(d.committeeId()).map(Committee::shortName).orElse(null));
        s.put("reference", d.reference());
        s.put("decidedOn", d.decidedOn().toString());
        s.put("title", d.title());
        s.put("paragraph", d.paragraph());
        s.put("description", d.description());
        return s;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
