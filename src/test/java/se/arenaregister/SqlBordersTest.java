package se.arenaregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Module borders in SQL, which {@link ApplicationModulesTest} cannot see: a module's SQL names only the tables it
 * owns, and the views other modules publish for it. Ownership is written down in
 * {@code sql-borders/table-owners.properties}; every table the migrations create must be in it, and the
 * migrations' {@code -- owned by} lines must say the same.
 */
class SqlBordersTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java/se/arenaregister");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern SQL_TABLE = Pattern.compile(
            "\\b(FROM|JOIN|UPDATE|INTO|TABLE|TRUNCATE)\\s+(?:ONLY\\s+)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?(?:\\w+\\.)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED = Pattern.compile(
            "\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:MATERIALIZED\\s+)?(?:TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROPPED = Pattern.compile(
            "\\bDROP\\s+(?:MATERIALIZED\\s+)?(?:TABLE|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNED_BY = Pattern.compile(
            "^--\\s*owned by (\\w+)( and published)?:\\s*(.+)$", Pattern.MULTILINE);

    private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final int LAST_MIGRATION_BEFORE_THE_RULE = 8;

    record Owner(String module, boolean published) {
    }

    @Test
    void everyTableInTheMigrationsHasAnOwner() {
        Set<String> created = tablesInMigrations();
        Set<String> unowned = new TreeSet<>(created);
        unowned.removeAll(owners().keySet());
        Set<String> stale = new TreeSet<>(owners().keySet());
        stale.removeAll(created);

        assertThat(unowned).as("tables the migrations create that table-owners.properties gives no owner").isEmpty();
        assertThat(stale).as("owners of tables no migration creates").isEmpty();
    }

    @Test
    void theMigrationsNameTheSameOwners() {
        Map<String, Owner> stated = new TreeMap<>();
        for (String sql : migrationTexts().values()) {
            Matcher line = OWNED_BY.matcher(sql);
            while (line.find()) {
                for (String table : line.group(3).split(",")) {
                    stated.put(table.strip(), new Owner(line.group(1), line.group(2) != null));
                }
            }
        }
        assertThat(stated).as("the migrations' '-- owned by' lines").isEqualTo(new TreeMap<>(owners()));
    }

    /**
     * A migration says in its name which module it belongs to: {@code V9__followup_reminders.sql}. V1 to V8 were written
     * before this rule and keep their names (Flyway checks applied migrations by version and description, so renaming
     * them would stop every existing database from starting); their {@code -- owned by} lines say it instead.
     */
    @Test
    void newMigrationsNameTheirModule() throws IOException {
        Set<String> modules = new TreeSet<>();
        owners().values().forEach(owner -> modules.add(owner.module()));
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("migration file name %s", file.getFileName()).isTrue();
                if (Integer.parseInt(name.group(1)) > LAST_MIGRATION_BEFORE_THE_RULE
                        && modules.stream().noneMatch(module -> name.group(2).startsWith(module + "_"))) {
                    unnamed.add(file.getFileName().toString());
                }
            }
        }
        assertThat(unnamed).as("migrations whose name does not start with their module (one of %s)", modules).isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        Map<String, Owner> owners = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Path relative = MAIN_JAVA.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                for (String literal : stringLiterals(Files.readString(file))) {
                    Matcher m = SQL_TABLE.matcher(literal);
                    while (m.find()) {
                        String table = m.group(2).toLowerCase();
                        Owner owner = owners.get(table);
                        if (owner != null && !owner.module().equals(module) && !owner.published()) {
                            violations.add(relative + ": " + m.group(1).toUpperCase() + " " + table
                                    + " (owned by " + owner.module() + ")");
                        }
                    }
                }
            }
        }
        assertThat(violations).as("%d places where a module's SQL names another module's table", violations.size())
                .isEmpty();
    }

    @Test
    void theScannerFindsTablesInTextBlocksAndConcatenatedLiterals() {
        String source = """
                class X {
                    // FROM person in a comment is not SQL
                    String a = \"""
                        SELECT 1 FROM arena a
                        JOIN public.person p ON true
                        \""";
                    String b = "SELECT 1 FROM " + "appointment";
                    String c = "a \\" quote"; char q = '"'; String d = "UPDATE app_user SET x = 1";
                }
                """;
        List<String> found = new ArrayList<>();
        for (String literal : stringLiterals(source)) {
            Matcher m = SQL_TABLE.matcher(literal);
            while (m.find()) {
                found.add(m.group(2));
            }
        }
        assertThat(found).containsExactly("arena", "person", "appointment", "app_user");
    }

    /** The string literals and text blocks of a Java source, literals joined by {@code +} taken as one. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder current = null;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = endOf(source, i, "\n");
            } else if (source.startsWith("/*", i)) {
                i = endOf(source, i + 2, "*/");
            } else if (c == '\'') {
                i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                current = append(current, source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (source.charAt(j) != '"') {
                    if (source.charAt(j) == '\\') {
                        j++;
                    }
                    text.append(source.charAt(j++));
                }
                current = append(current, text.toString());
                i = j + 1;
            } else if (current != null && !Character.isWhitespace(c) && c != '+') {
                literals.add(current.toString());
                current = null;
                i++;
            } else {
                i++;
            }
        }
        if (current != null) {
            literals.add(current.toString());
        }
        return literals;
    }

    private static StringBuilder append(StringBuilder current, String text) {
        return current == null ? new StringBuilder(text) : current.append(' ').append(text);
    }

    private static int endOf(String source, int from, String end) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }

    static Map<String, Owner> owners() {
        Map<String, Owner> owners = new TreeMap<>();
        try (InputStream in = SqlBordersTest.class.getResourceAsStream("/sql-borders/table-owners.properties")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] tableAndOwner = entry.split("=", 2);
                String[] words = tableAndOwner[1].strip().split("\\s+");
                owners.put(tableAndOwner[0].strip(), new Owner(words[0], words.length > 1 && words[1].equals("published")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    private static Set<String> tablesInMigrations() {
        Set<String> tables = new LinkedHashSet<>();
        for (String sql : migrationTexts().values()) {
            String code = sql.replaceAll("--[^\n]*", "");
            Matcher created = CREATED.matcher(code);
            while (created.find()) {
                tables.add(created.group(1).toLowerCase());
            }
            Matcher dropped = DROPPED.matcher(code);
            while (dropped.find()) {
                tables.remove(dropped.group(1).toLowerCase());
            }
        }
        return tables;
    }

    /** Migration texts in version order. */
    private static Map<Integer, String> migrationTexts() {
        Map<Integer, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.matches("V\\d+__.*\\.sql")) {
                    texts.put(Integer.parseInt(name.substring(1, name.indexOf("__"))), Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
