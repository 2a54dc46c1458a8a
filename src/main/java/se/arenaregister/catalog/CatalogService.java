package se.arenaregister.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/** Creates and edits areas, topics and organisations: validated, versioned and audited. */
@Service
@Transactional
public class CatalogService {

    private final AreaRepository areas;
    private final Permissions permissions;
    private final TopicRepository topics;
    private final OrganisationRepository organisations;
    private final FormValidator validator;
    private final Traceability trail;
    /** An area's parent by name in the log. */
    private final Labels areaLabels;

    CatalogService(AreaRepository areas, TopicRepository topics, OrganisationRepository organisations,
                   FormValidator validator, Traceability trail, Permissions permissions) {
        this.permissions = permissions;
        this.areas = areas;
        this.topics = topics;
        this.organisations = organisations;
        this.validator = validator;
        this.trail = trail;
        this.areaLabels = Labels.<Long>of("parent", parentId -> areas.findById(parentId).map(Area::name).orElse(null));
    }

    // ---- areas

    public Area createArea(AreaForm form) {
        permissions.requireCoordinator();
        validateArea(null, form);
        int sortOrder = form.sortOrder() != null ? form.sortOrder() : areas.maxSortOrder(form.parentId()) + 1;
        Area saved = saveUnique(() -> areas.save(new Area(null, form.parentId(), form.name().strip(), blankToNull(form.description()), sortOrder, null)));
        trail.created(saved, areaLabels);
        return saved;
    }

    public Area updateArea(long id, AreaForm form) {
        permissions.requireCoordinator();
        Area current = area(id);
        trail.requireVersion(current, form.version(), areaLabels);
        validateArea(current, form);
        Area saved = saveUnique(() -> areas.save(new Area(id, form.parentId(), form.name().strip(), blankToNull(form.description()),
                form.sortOrder() != null ? form.sortOrder() : current.sortOrder(), current.version())));
        trail.updated(current, saved, areaLabels);
        return saved;
    }

    @Transactional(readOnly = true)
    public Area area(long id) {
        return areas.findById(id).orElseThrow(() -> new NotFoundException("area", id));
    }

    private void validateArea(Area current, AreaForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.parentId() != null) {
            areas.findById(form.parentId()).ifPresentOrElse(parent -> {
                if (parent.isSubArea()) {
                    rejections.add(new Rejection("parentId", "area.parent.notTopLevel"));
                }
            }, () -> rejections.add(new Rejection("parentId", "area.parent.unknown")));
            if (current != null && (Objects.equals(form.parentId(), current.id())
                    || areas.findAll().stream().anyMatch(a -> Objects.equals(a.parentId(), current.id())))) {
                rejections.add(new Rejection("parentId", "area.parent.hasChildren"));
            }
        }
        if (form.name() != null && !form.name().isBlank()) {
            var clash = form.parentId() == null ? areas.findTopLevelByName(form.name().strip())
                    : areas.findSubAreaByName(form.parentId(), form.name().strip());
            clash.filter(a -> current == null || !a.id().equals(current.id()))
                    .ifPresent(a -> rejections.add(new Rejection("name", "name.duplicate")));
        }
        validator.check(form, rejections);
    }

    // ---- topics

    public Topic createTopic(TopicForm form) {
        permissions.requireCoordinator();
        validateTopic(null, form);
        Topic saved = saveUnique(() -> topics.save(new Topic(null, form.name().strip(), blankToNull(form.description()), null)));
        trail.created(saved);
        return saved;
    }

    public Topic updateTopic(long id, TopicForm form) {
        permissions.requireCoordinator();
        Topic current = topic(id);
        trail.requireVersion(current, form.version(), Labels.NONE);
        validateTopic(current, form);
        Topic saved = saveUnique(() -> topics.save(new Topic(id, form.name().strip(), blankToNull(form.description()), current.version())));
        trail.updated(current, saved);
        return saved;
    }

    @Transactional(readOnly = true)
    public Topic topic(long id) {
        return topics.findById(id).orElseThrow(() -> new NotFoundException("topic", id));
    }

    private void validateTopic(Topic current, TopicForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.name() != null && !form.name().isBlank()) {
            topics.findByNameIgnoreCase(form.name().strip())
                    .filter(t -> current == null || !t.id().equals(current.id()))
                    .ifPresent(t -> rejections.add(new Rejection("name", "name.duplicate")));
        }
        validator.check(form, rejections);
    }

    // ---- organisations

    public Organisation createOrganisation(OrganisationForm form) {
        permissions.requireCoordinator();
        validateOrganisation(null, form);
        Organisation saved = saveUnique(() -> organisations.save(toOrganisation(null, form, null)));
        trail.created(saved);
        return saved;
    }

    public Organisation updateOrganisation(long id, OrganisationForm form) {
        permissions.requireCoordinator();
        Organisation current = organisation(id);
        trail.requireVersion(current, form.version(), Labels.NONE);
        validateOrganisation(current, form);
        Organisation saved = saveUnique(() -> organisations.save(toOrganisation(id, form, current.version())));
        trail.updated(current, saved);
        return saved;
    }

    @Transactional(readOnly = true)
    public Organisation organisation(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private void validateOrganisation(Organisation current, OrganisationForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.name() != null && !form.name().isBlank()) {
            organisations.findByNameIgnoreCase(form.name().strip())
                    .filter(o -> current == null || !o.id().equals(current.id()))
                    .ifPresent(o -> rejections.add(new Rejection("name", "name.duplicate")));
        }
        if (form.ownershipShare() != null && form.kind() != OrganisationKind.COMPANY) {
            rejections.add(new Rejection("ownershipShare", "organisation.ownershipShare.notCompany"));
        }
        validator.check(form, rejections);
    }

    private static Organisation toOrganisation(Long id, OrganisationForm form, Long version) {
        return new Organisation(id, form.name().strip(), blankToNull(form.shortName()), form.kind(),
                blankToNull(form.website()), blankToNull(form.description()), form.ownershipShare(), version);
    }

    // ---- shared rules

    /** The unique indexes are the last word on duplicates (two users saving at once). */
    private static <T> T saveUnique(java.util.function.Supplier<T> save) {
        try {
            return save.get();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "name.duplicate");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
