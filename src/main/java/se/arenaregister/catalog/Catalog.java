package se.arenaregister.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;

/**
 * The catalog as other modules read it: areas, organisations and topics, by id or by name. Read-only; changes go
 * through {@link CatalogService}, which validates and audits them.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final AreaRepository areas;
    private final OrganisationRepository organisations;
    private final TopicRepository topics;

    Catalog(AreaRepository areas, OrganisationRepository organisations, TopicRepository topics) {
        this.areas = areas;
        this.organisations = organisations;
        this.topics = topics;
    }

    /** Every area, each top-level area followed by its sub-areas in their order. */
    public List<Area> areas() {
        return areas.findAllInTreeOrder();
    }

    /** The areas with these ids; unknown ids are left out. */
    public List<Area> areas(Collection<Long> ids) {
        return areas.findAllById(ids);
    }

    public Optional<Area> findArea(long id) {
        return areas.findById(id);
    }

    /** The top-level area of this name, case ignored. */
    public Optional<Area> findTopLevelArea(String name) {
        return areas.findTopLevelByName(name);
    }

    /** The sub-area of this name under the given area, case ignored. */
    public Optional<Area> findSubArea(long parentId, String name) {
        return areas.findSubAreaByName(parentId, name);
    }

    /** Every organisation by name. */
    public List<Organisation> organisations() {
        return organisations.findAllByOrderByName();
    }

    /** The companies (organisations of kind company) by name: the arena form's choice of an owned company. */
    public List<Organisation> companies() {
        return organisations.findByKindOrderByName(OrganisationKind.COMPANY.name());
    }

    /** The organisations with these ids; unknown ids are left out. */
    public List<Organisation> organisations(Collection<Long> ids) {
        return organisations.findAllById(ids);
    }

    public Optional<Organisation> findOrganisation(long id) {
        return organisations.findById(id);
    }

    /** The organisation of this name, case ignored. */
    public Optional<Organisation> findOrganisationByName(String name) {
        return organisations.findByNameIgnoreCase(name);
    }

    /** Every topic by name. */
    public List<Topic> topics() {
        return topics.findAllByOrderByName();
    }

    /** The topics with these ids; unknown ids are left out. */
    public List<Topic> topics(Collection<Long> ids) {
        return topics.findAllById(ids);
    }

    /** The topic of this name, case ignored. */
    public Optional<Topic> findTopicByName(String name) {
        return topics.findByNameIgnoreCase(name);
    }
}
