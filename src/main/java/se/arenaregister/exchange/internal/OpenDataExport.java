package se.arenaregister.exchange.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.HomeOrganisation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the open-data document: the (filtered) arenas with their public fields, and all areas, organisations and topics,
 * streamed ({@link #write}).
 */
@Service
@Transactional(readOnly = true)
public class OpenDataExport {

    private final ArenaQueries queries;
    private final Catalog catalog;
    private final HomeOrganisation home;
    private final MessageSource messages;
    private final Clock clock;
    private final String license;
    private final JsonMapper json;
    private final PersonQueries people;

    OpenDataExport(ArenaQueries queries, Catalog catalog, HomeOrganisation home, MessageSource messages, Clock clock, JsonMapper json,
                   PersonQueries people, @Value("${arenaregister.open-data.license:CC0-1.0}") String license) {
        this.json = json;
        this.people = people;
        this.queries = queries;
        this.catalog = catalog;
        this.home = home;
        this.messages = messages;
        this.clock = clock;
        this.license = license;
    }

    /**
     * The document as {@link OpenData} describes it, written to {@code out} as it is read: the arenas come from a cursor
     * and are serialised one by one, so the whole register is never held in memory. The catalogues (areas, organisations,
     * topics) are small and read whole.
     */
    public void write(ArenaFilter filter, Locale locale, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringProperty("generatedAt", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            generator.writeStringProperty("publisher", home.name());
            generator.writeStringProperty("license", license);
            generator.writeStringProperty("licenseNote",
                    messages.getMessage("exchange.openData.licenseNote", new Object[] {home.name(), license}, locale));
            if (!filter.asQueryParameters().isEmpty()) {
                generator.writeStringProperty("filter", filter.asQueryParameters().toString());
            }
            Map<Long, List<OpenData.RepresentativeEntry>> seats = people.seatedOn(LocalDate.now(clock)).stream()
                    .collect(Collectors.groupingBy(PersonQueries.Seated::arenaId,
                            Collectors.mapping(OpenDataExport::representative, Collectors.toList())));
            generator.writeName("arenas");
            generator.writeStartArray();
            queries.forEach(filter, row -> generator.writePOJO(entry(row, seats.getOrDefault(row.id(), List.of()))));
            generator.writeEndArray();
            generator.writeName("areas");
            generator.writePOJO(catalog.areas().stream().map(a -> new OpenData.AreaEntry(a.id(), a.parentId(), a.name(), a.description()))
                    .toList());
            generator.writeName("organisations");
            generator.writePOJO(catalog.organisations().stream().map(o -> new OpenData.OrganisationEntry(o.id(), o.name(), o.shortName(),
                    o.kind().name(), o.website(), o.description(), o.ownershipShare())).toList());
            generator.writeName("topics");
            generator.writePOJO(catalog.topics().stream().map(t -> new OpenData.TopicEntry(t.id(), t.name(), t.description())).toList());
            generator.writeEndObject();
        }
    }

    /** Public: an official by title only. */
    private static OpenData.RepresentativeEntry representative(PersonQueries.Seated s) {
        return s.elected() ? new OpenData.RepresentativeEntry("ELECTED", s.name(), s.party(), null, s.role().name())
                : new OpenData.RepresentativeEntry("OFFICIAL", null, null, s.title(), s.role().name());
    }

    private static OpenData.ArenaEntry entry(ArenaRow r, List<OpenData.RepresentativeEntry> representatives) {
        return new OpenData.ArenaEntry(r.id(), r.name(), r.shortName(), r.area().id(), r.area().name(),
                r.subArea() == null ? null : r.subArea().id(), r.subArea() == null ? null : r.subArea().name(),
                names(r.secondaryAreas()), r.types().stream().map(Enum::name).toList(), r.levels().stream().map(Enum::name).toList(),
                r.scope().name(), r.convener() == null ? null : r.convener().id(), r.convener() == null ? null : r.convener().name(),
                r.ledByHome(), names(r.members()), r.purpose(), r.otherInfo(), names(r.topics()), r.status().name(),
                r.startDate(), r.endDate(), r.website(), r.meetingsPerYear(), r.hoursPerMeeting(), r.kind().name(),
                r.company() == null ? null : r.company().name(), r.archived(), representatives);
    }

    private static List<String> names(List<ArenaRow.Ref> refs) {
        return refs.stream().map(ArenaRow.Ref::name).toList();
    }
}
