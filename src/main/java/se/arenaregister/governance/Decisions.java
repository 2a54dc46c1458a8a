package se.arenaregister.governance;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.governance.internal.CommitteeRepository;
import se.arenaregister.governance.internal.DecisionRepository;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/** Records committees' decisions: a reference like RUN/78/2022 is unique and well-formed. */
@Service
@Transactional
public class Decisions {

    /** Diarienummer: committee short name, running number, year, e.g. RUN/34/2018. */
    public static final String REFERENCE_PATTERN = "^[A-ZÅÄÖ]{2,10}/[0-9]{1,5}/[0-9]{4}$";

    private final DecisionRepository decisions;
    private final Permissions permissions;
    private final CommitteeRepository committees;
    private final FormValidator validator;
    private final Traceability trail;
    /** The committee by its short name in the log. */
    private final Labels labels;

    Decisions(DecisionRepository decisions, CommitteeRepository committees, FormValidator validator, Traceability trail, Permissions permissions) {
        this.permissions = permissions;
        this.decisions = decisions;
        this.committees = committees;
        this.validator = validator;
        this.trail = trail;
        this.labels = Labels.<Long>of("committeeId", id -> committees.findById(id).map(Committee::shortName).orElse(null));
    }

    public Decision create(DecisionForm form) {
        permissions.requireCoordinator();
        validate(null, form);
        Decision saved = save(new Decision(null, form.committeeId(), form.reference().strip(), form.decidedOn(), form.title().strip(),
                blankToNull(form.paragraph()), blankToNull(form.description()), null));
        trail.created(saved, labels);
        return saved;
    }

    public Decision update(long id, DecisionForm form) {
        permissions.requireCoordinator();
        Decision current = decision(id);
        trail.requireVersion(current, form.version(), labels);
        validate(current, form);
        Decision saved = save(new Decision(id, form.committeeId(), form.reference().strip(), form.decidedOn(), form.title().strip(),
                blankToNull(form.paragraph()), blankToNull(form.description()), current.version()));
        trail.updated(current, saved, labels);
        return saved;
    }

    public Committee createCommittee(String name, String shortName) {
        permissions.requireCoordinator();
        Committee saved = committees.save(new Committee(null, name, shortName, null));
        trail.created(saved);
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
