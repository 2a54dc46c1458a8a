package se.arenaregister.analysis.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arenaregister.analysis.internal.NetworkQueries;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.shared.InvalidInputException;

/** What the map asks for: the first view of a filter or one cluster's members ({@code expand}), a page of them. */
final class NetworkExpansion {

    private static final Pattern AREA = Pattern.compile("area:(\\d{1,18})");
    private static final Pattern ORGANISATIONS = Pattern.compile("organisations:([A-Z_]{1,40})");

    /** {@code area} or {@code kind} when a cluster is expanded, neither for the first view. */
    record Request(Long area, OrganisationKind kind, int page) {
    }

    private NetworkExpansion() {
    }

    static Request parse(String expand, int page) {
        if (page < 0) {
            throw InvalidInputException.of("page", "network.page.invalid");
        }
        if (expand == null || expand.isBlank()) {
            return new Request(null, null, page);
        }
        Matcher area = AREA.matcher(expand);
        if (area.matches()) {
            return new Request(Long.valueOf(area.group(1)), null, page);
        }
        Matcher organisations = ORGANISATIONS.matcher(expand);
        if (organisations.matches() && Arrays.stream(OrganisationKind.values()).anyMatch(k -> k.name().equals(organisations.group(1)))) {
            return new Request(null, OrganisationKind.valueOf(organisations.group(1)), page);
        }
        throw InvalidInputException.of("expand", "network.expand.invalid");
    }

    static NetworkQueries.Network answer(NetworkQueries queries, Request request, NetworkQueries.Filter filter, boolean clusters,
                                         LocalDate on, boolean internal) {
        if (request.kind() != null) {
            return queries.organisations(filter, request.kind().name(), request.page(), on, internal);
        }
        NetworkQueries.Filter chosen = request.area() == null ? filter
                : new NetworkQueries.Filter(request.area(), filter.type(), filter.level());
        return queries.view(chosen, clusters, request.page(), on, internal);
    }
}
