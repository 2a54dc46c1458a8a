package se.arenaregister.exchange.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.exchange.internal.ArenaExports;
import se.arenaregister.exchange.internal.OpenData;
import se.arenaregister.exchange.internal.OpenDataExport;
import se.arenaregister.shared.AtOnce;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.web.Viewers;

/** Public downloads of the register, filtered with the same parameters as {@code /arenas}. */
@RestController
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ArenaExports exports;
    private final OpenDataExport openData;
    private final Clock clock;
    /**
     * Exports of the whole register at a time on this node ({@code arenaregister.exchange.exports-at-once}, 2): each
     * holds the day's representatives of every arena (300,000 appointments at 100,000 arenas), and sixteen at once ran
     * a 512 MB heap out of memory. Others wait their turn up to {@code arenaregister.exchange.export-wait} (60 s), then
     * get a 503 with Retry-After.
     */
    private final AtOnce turns;

    ExportController(ArenaExports exports, OpenDataExport openData, Clock clock,
                     @Value("${arenaregister.exchange.exports-at-once:2}") int atOnce,
                     @Value("${arenaregister.exchange.export-wait:60s}") Duration wait) {
        this.exports = exports;
        this.openData = openData;
        this.clock = clock;
        this.turns = new AtOnce(atOnce, wait, "exchange.exportBusy");
    }

    /** Signed-in readers get officials' names in the representatives column; the public their roles. */
    @GetMapping("/export/arenas.xlsx")
    void xlsx(@Valid @ModelAttribute ArenaFilter filter, Locale locale, Authentication user, HttpServletResponse response)
            throws IOException {
        checked(filter);
        turns.write(() -> {
            download(response, XLSX, "xlsx");
            exports.xlsx(filter, locale, Viewers.isInternal(user), response.getOutputStream());
        });
    }

    @GetMapping("/export/arenas.csv")
    void csv(@Valid @ModelAttribute ArenaFilter filter, @RequestParam(defaultValue = "comma") String separator, Locale locale,
             Authentication user, HttpServletResponse response) throws IOException {
        checked(filter);
        ArenaExports.Separator chosen = switch (separator) {
            case "comma" -> ArenaExports.Separator.COMMA;
            case "semicolon" -> ArenaExports.Separator.SEMICOLON;
            default -> throw InvalidInputException.of("separator", "exchange.separator.unknown");
        };
        turns.write(() -> {
            download(response, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv");
            exports.csv(filter, chosen, locale, Viewers.isInternal(user), response.getOutputStream());
        });
    }

    /** Streamed from a cursor; {@link OpenData} is its shape. Public data only, whoever asks. */
    @GetMapping(value = "/export/open-data.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = OpenData.class)))
    void openData(@Valid @ModelAttribute ArenaFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        checked(filter);
        turns.write(() -> {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            openData.write(filter, locale, response.getOutputStream());
        });
    }

    private static ArenaFilter checked(ArenaFilter filter) {
        if (filter.hasUnknownVerdict()) {
            throw InvalidInputException.of("verdict", "typeMismatch.verdict");
        }
        return filter;
    }

    private void download(HttpServletResponse response, MediaType type, String extension) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("arenor-" + LocalDate.now(clock) + "." + extension).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
