package se.arenaregister.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Swedish first, English second: both bundles have the same keys and the same placeholders. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties swedish = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(swedish.stringPropertyNames()));
        for (String key : swedish.stringPropertyNames()) {
            assertThat(placeholders(english.getProperty(key))).as(key).isEqualTo(placeholders(swedish.getProperty(key)));
        }
    }

    @Test
    void everyTemplateMessageKeyExists() throws IOException {
        Properties swedish = load("messages.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");
        TreeSet<String> missing = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!swedish.containsKey(m.group(1))) {
                        missing.add(m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing in messages.properties").isEmpty();
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
