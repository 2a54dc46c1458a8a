package se.arenaregister.arena.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.arena.ArenaCursor;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaPage;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRelations;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.Viewers;

@RestController
@RequestMapping("/api/v1/arenas")
@Tag(name = "Arenas", description = "The register of collaboration and influence arenas")
class ArenaApiController {

    static final int MAX_PAGE_SIZE = 500;

    private final ArenaQueries queries;
    private final ArenaRelations relations;

    ArenaApiController(ArenaQueries queries, ArenaRelations relations) {
        this.queries = queries;
        this.relations = relations;
    }

    @GetMapping
    @Operation(summary = "List arenas", description = "Same filters as the register page; in register order (area, sub-area, name),"
            + " size at most 500. Page through with `cursor`: each page's `next` is the cursor of the page after it (null on the"
            + " last), and `nextPage` the address of that page with the same filters. `page` numbers still work, and cost the"
            + " same at any page. `total` is counted with the filters; `withTotal=false` leaves it out (-1).")
    ArenaJson.Page list(@ParameterObject @jakarta.validation.Valid @ModelAttribute ArenaFilter filter,
                        @Parameter(description = "Page number, from 0; ignored when `cursor` is given") @RequestParam(defaultValue = "0") @Min(0) int page,
                        @Parameter(description = "Page size, 1–500") @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                        @Parameter(description = "Where to continue: the `next` of the page before (opaque)") @RequestParam(required = false) String cursor,
                        @Parameter(description = "Whether to give `total` (default true)") @RequestParam(defaultValue = "true") boolean withTotal,
                        Authentication user) {
        if (filter.hasUnknownVerdict()) {
            throw se.arenaregister.shared.InvalidInputException.of("verdict", "typeMismatch.verdict");
        }
        ArenaPage result;
        if (cursor != null) {
            ArenaCursor after = ArenaCursor.parse(cursor).orElseThrow(() -> se.arenaregister.shared.InvalidInputException.of("cursor", "typeMismatch.cursor"));
            result = queries.after(filter, after, size);
        } else {
            result = queries.page(filter, page, size);
        }
        boolean internal = Viewers.isInternal(user);
        java.util.Map<Long, java.util.List<se.arenaregister.arena.ArenaRelationRow>> related =
                relations.ofArenas(result.items().stream().map(se.arenaregister.arena.ArenaRow::id).toList());
        String next = result.next() == null ? null : result.next().token();
        return new ArenaJson.Page(result.items().stream()
                .map(row -> ArenaJson.of(row, internal, related.getOrDefault(row.id(), java.util.List.of()))).toList(),
                withTotal ? result.total() : -1, cursor == null ? result.page() : null, result.size(), next,
                next == null ? null : nextPage(filter, size, next));
    }

    /** The address of the next page: relative, as every link of the register (see PublicBaseUrl). */
    private static String nextPage(ArenaFilter filter, int size, String cursor) {
        org.springframework.web.util.UriComponentsBuilder uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/api/v1/arenas");
        filter.asQueryParameters().forEach(uri::queryParam);
        return uri.queryParam("size", size).queryParam("cursor", cursor).encode().build().toUriString();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One arena")
    ArenaJson one(@PathVariable long id, Authentication user) {
        return queries.find(id).map(row -> ArenaJson.of(row, Viewers.isInternal(user), relations.of(id)))
                .orElseThrow(() -> new NotFoundException("arena", id));
    }
}
