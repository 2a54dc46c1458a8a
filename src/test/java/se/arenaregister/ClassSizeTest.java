package se.arenaregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Classes with one job each: no main class over 300 lines, no controller over 150. A class that grows past them is
 * split by job (as {@code MemoEditions} into editions, sections and proposals), not squeezed.
 */
class ClassSizeTest {

    static final int MOST_LINES = 300;
    static final int MOST_CONTROLLER_LINES = 150;

    @Test
    void noMainClassIsOverThreeHundredLinesAndNoControllerOverOneHundredAndFifty() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).map(ClassSizeTest::tooLong).filter(s -> s != null).toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static String tooLong(Path file) {
        try {
            long lines = Files.readAllLines(file).size();
            long most = file.getFileName().toString().endsWith("Controller.java") ? MOST_CONTROLLER_LINES : MOST_LINES;
            return lines > most ? file + ": " + lines + " lines (at most " + most + ")" : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
