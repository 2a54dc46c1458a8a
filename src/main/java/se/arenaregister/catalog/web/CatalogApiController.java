package se.arenaregister.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog", description = "Areas, organisations and topics the register is organised by")
class CatalogApiController {

    record AreaJson(long id, String name, String description, List<AreaJson> subAreas) {
    }

    record OrganisationJson(long id, String name, String shortName, OrganisationKind kind, String website) {
    }

    record TopicJson(long id, String name, String description) {
    }

    private final AreaRepository areas;
    private final OrganisationRepository organisations;
    private final TopicRepository topics;

    CatalogApiController(AreaRepository areas, OrganisationRepository organisations, TopicRepository topics) {
        this.areas = areas;
        this.organisations = organisations;
        this.topics = topics;
    }

    @GetMapping("/areas")
    @Operation(summary = "Areas with their sub-areas")
    List<AreaJson> areas() {
        List<Area> all = areas.findAllInTreeOrder();
        return all.stream().filter(a -> !a.isSubArea())
                .map(top -> new AreaJson(top.id(), top.name(), top.description(), all.stream()
                        .filter(a -> top.id().equals(a.parentId()))
                        .map(a -> new AreaJson(a.id(), a.name(), a.description(), List.of())).toList()))
                .toList();
    }

    @GetMapping("/organisations")
    @Operation(summary = "All organisations")
    List<OrganisationJson> organisations() {
        return organisations.findAllByOrderByName().stream()
                .map(o -> new OrganisationJson(o.id(), o.name(), o.shortName(), o.kind(), o.website())).toList();
    }

    @GetMapping("/topics")
    @Operation(summary = "All topics")
    List<TopicJson> topics() {
        return topics.findAllByOrderByName().stream().map(t -> new TopicJson(t.id(), t.name(), t.description())).toList();
    }
}
