package se.arenaregister.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** What every demo loader shares: strict reading of its YAML file, and errors that name the entry. */
final class DemoFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private DemoFiles() {
    }

    /** Reads a classpath YAML file; an unknown key is an error, so a typo never loads silently. */
    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    /** Runs a service call; what it refuses is reported with the entry's name. */
    static <T> T attempt(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidDemoEntry e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidDemoEntry(what + " is invalid: " + e.getMessage(), e);
        }
    }

    /** A demo entry the load refuses, named in the message. */
    static final class InvalidDemoEntry extends IllegalStateException {

        InvalidDemoEntry(String message) {
            super(message);
        }

        InvalidDemoEntry(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
