package se.arenaregister.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** All UI text comes from the message bundles: no literal words in templates. */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Language names are written in their own language on purpose, as language pickers do. */
    private static final Set<String> ALLOWED = Set.of("Svenska", "English");
    private static final Pattern TEXT = Pattern.compile(">([^<]*)<");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(aria-label|title|placeholder|alt|value|label|data-label)=\"([^\"]*)\"");

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file)
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script.*?</script>", "")
                        .replaceAll("(?s)<style.*?</style>", "");
                Matcher text = TEXT.matcher(html);
                while (text.find()) {
                    String literal = text.group(1).strip();
                    if (literal.matches(".*\\p{L}.*") && !ALLOWED.contains(literal) && !literal.startsWith("[[")) {
                        problems.add(TEMPLATES.relativize(file) + ": text \"" + literal + "\"");
                    }
                }
                Matcher attribute = ATTRIBUTE.matcher(html);
                while (attribute.find()) {
                    if (attribute.group(2).matches(".*\\p{L}{2,}.*") && !attribute.group(2).matches("true|false|on")) {
                        problems.add(TEMPLATES.relativize(file) + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("literal text in templates (use th:text=\"#{...}\")").isEmpty();
    }
}
