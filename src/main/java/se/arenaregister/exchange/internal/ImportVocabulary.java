package se.arenaregister.exchange.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;
import se.arenaregister.person.Role;
import se.arenaregister.shared.HomeOrganisation;

/**
 * The words an import understands: column headers and code labels in Swedish and English (from the
 * message bundles, as the export writes them), the codes themselves, and the memo's own shorthand.
 */
final class ImportVocabulary {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final List<Locale> LANGUAGES = List.of(SWEDISH, Locale.ENGLISH);

    private static final Map<Column, List<String>> HEADER_ALIASES = new EnumMap<>(Map.ofEntries(
            Map.entry(Column.NAME, List.of("namn", "name", "arena", "namn på arena", "forum", "arena/nätverk/forum")),
            Map.entry(Column.TYPES, List.of("typ", "typ av forum", "type", "types", "type of forum", "forum type")),
            Map.entry(Column.OTHER_INFO, List.of("övrig info", "övrig information", "other info", "other information")),
            Map.entry(Column.PURPOSE, List.of("syfte", "purpose")),
            Map.entry(Column.AREA, List.of("område", "verksamhetsområde", "area")),
            Map.entry(Column.SUB_AREA, List.of("sakområde", "sub-area", "subarea", "sub area")),
            Map.entry(Column.LEVELS, List.of("nivå", "nivåer", "level", "levels")),
            Map.entry(Column.SCOPE, List.of("geografisk nivå", "scope", "geographical scope", "geographic scope")),
            Map.entry(Column.CONVENER, List.of("sammankallande", "convener", "convenor")),
            Map.entry(Column.LED_BY_HOME, List.of("vi leder", "led by us")),
            Map.entry(Column.TOPICS, List.of("sakfrågor", "sakfråga", "topics", "topic")),
            Map.entry(Column.STATUS, List.of("status")),
            Map.entry(Column.REPRESENTATIVES, List.of("representanter", "representant", "utsedda", "ledamöter", "representatives",
                    "representative", "appointed"))));

    private final Map<String, Column> headers = new HashMap<>();
    private final Map<String, ArenaType> types = new HashMap<>();
    private final Map<String, Level> levels = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private final Map<String, ArenaStatus> statuses = new HashMap<>();
    private final Map<String, Boolean> yesNo = new HashMap<>();
    private final Map<String, Role> roles = new HashMap<>();
    /** What the public exports write for an official instead of the name ("Tjänsteperson"), in both languages. */
    private final java.util.Set<String> officialWords = new java.util.HashSet<>();

    ImportVocabulary(MessageSource messages, HomeOrganisation home) {
        Object[] homeArgs = {home.shortName()};
        for (Column column : Column.values()) {
            HEADER_ALIASES.getOrDefault(column, List.of()).forEach(a -> headers.put(normalise(a), column));
            for (Locale locale : LANGUAGES) {
                headers.putIfAbsent(normalise(messages.getMessage(column.messageKey(), homeArgs, locale)), column);
            }
        }
        for (Locale locale : LANGUAGES) {
            headers.putIfAbsent(normalise(messages.getMessage("arena.field.ledByHome", homeArgs, "", locale)), Column.LED_BY_HOME);
        }
        labels(messages, ArenaType.values(), "arenaType.", types);
        labels(messages, Level.values(), "level.", levels);
        labels(messages, Level.values(), "level.short.", levels);
        labels(messages, Scope.values(), "scope.", scopes);
        labels(messages, ArenaStatus.values(), "status.", statuses);
        Map.of("politisk", Level.POLITICAL, "political", Level.POLITICAL,
                "övergripande tjänsteperson", Level.SENIOR_OFFICIAL, "övergripande tjänstepersoner", Level.SENIOR_OFFICIAL,
                "tjänsteperson", Level.OFFICIAL, "tjänstepersoner", Level.OFFICIAL, "tjänsteman", Level.OFFICIAL,
                "tjänstemän", Level.OFFICIAL, "official", Level.OFFICIAL, "senior official", Level.SENIOR_OFFICIAL)
                .forEach((word, level) -> levels.putIfAbsent(word, level));
        // The memo's own words for types, besides the labels ("Påverkan/verkställande", "Informationsutbyte/påverkan").
        Map.of("påverkansforum", ArenaType.INFLUENCE, "verkställande forum", ArenaType.EXECUTIVE,
                "samverkansforum", ArenaType.COLLABORATION, "informationsforum", ArenaType.INFORMATION_EXCHANGE,
                "infoutbyte", ArenaType.INFORMATION_EXCHANGE, "erfa", ArenaType.EXPERIENCE_EXCHANGE,
                "samarbete", ArenaType.COLLABORATION, "påverkansarbete", ArenaType.INFLUENCE)
                .forEach((word, type) -> types.putIfAbsent(word, type));
        labels(messages, Role.values(), "role.", roles);
        for (Locale locale : LANGUAGES) {
            officialWords.add(normalise(messages.getMessage("exchange.representative.official", null, "", locale)));
            officialWords.add(normalise(messages.getMessage("personKind.OFFICIAL", null, "", locale)));
        }
        officialWords.remove("");
        for (String yes : List.of("ja", "yes", "true", "x", "1")) {
            yesNo.put(yes, true);
        }
        for (String no : List.of("nej", "no", "false", "0", "")) {
            yesNo.put(no, false);
        }
    }

    private static <E extends Enum<E>> void labels(MessageSource messages, E[] values, String prefix, Map<String, E> into) {
        for (E value : values) {
            into.put(normalise(value.name()), value);
            for (Locale locale : LANGUAGES) {
                String label = messages.getMessage(prefix + value.name(), null, null, locale);
                if (label != null) {
                    into.putIfAbsent(normalise(label), value);
                }
            }
        }
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replaceAll("\\s+", " ").replaceAll("[:*]+$", "").strip().toLowerCase(SWEDISH);
    }

    Column header(String text) {
        return headers.get(normalise(text));
    }

    ArenaType type(String text) {
        return types.get(normalise(text));
    }

    Level level(String text) {
        return levels.get(normalise(text));
    }

    Scope scope(String text) {
        return scopes.get(normalise(text));
    }

    ArenaStatus status(String text) {
        return statuses.get(normalise(text));
    }

    Boolean yesNo(String text) {
        return yesNo.get(normalise(text));
    }

    Role role(String text) {
        return roles.get(normalise(text));
    }

    /** Whether the text is the word the public exports write for an official ("Tjänsteperson"). */
    boolean isOfficialWord(String text) {
        return officialWords.contains(normalise(text));
    }
}
