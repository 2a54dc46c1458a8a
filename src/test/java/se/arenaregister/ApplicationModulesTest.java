package se.arenaregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Module borders: no cycles, no module reaching into another's internals, no module using one its
 * {@code package-info.java} does not allow; and the README's module diagram drawn from the code as it is.
 */
class ApplicationModulesTest {

    private final ApplicationModules modules = ApplicationModules.of(ArenaRegisterApplication.class);

    @Test
    void modulesRespectTheirBorders() {
        modules.verify();
    }

    /** Without a list a module may use every other; shared, open to all, uses none. */
    @Test
    void everyModuleListsTheModulesItMayUse() {
        modules.forEach(module -> {
            ApplicationModule declared = packageInfo(module.getBasePackage().getName()).getAnnotation(ApplicationModule.class);
            assertThat(declared).as(module.getIdentifier() + " has @ApplicationModule").isNotNull();
            if (declared.type() != ApplicationModule.Type.OPEN) {
                assertThat(declared.allowedDependencies()).as(module.getIdentifier() + "'s allowedDependencies")
                        .doesNotContain(ApplicationModule.OPEN_TOKEN);
            }
        });
    }

    private static Class<?> packageInfo(String packageName) {
        try {
            return Class.forName(packageName + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no package-info.java in " + packageName, e);
        }
    }

    /**
     * The README's module diagram is the modules as they are: which module uses which, read from the code. When this
     * fails, paste the diagram it writes to {@code target/modules.mmd} into the README.
     */
    @Test
    void theReadmeShowsTheModulesAsTheyAre() throws IOException {
        String diagram = diagram();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/modules.mmd"), diagram);
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(DIAGRAM_START);
        assertThat(start).as("README.md has the module diagram after '%s'", DIAGRAM_START).isNotNegative();
        int from = start + DIAGRAM_START.length();
        String shown = readme.substring(from, readme.indexOf("```", from));
        assertThat(shown).as("the README's module diagram; the current one is in target/modules.mmd").isEqualTo(diagram);
    }

    static final String DIAGRAM_START = "```mermaid\n";

    /** Every module uses it: arrows to it would only hide the others. */
    static final String SHARED = "shared";

    /**
     * A Mermaid flowchart: one arrow per module another uses directly (shared left out), a module using no other as a
     * node of its own, sorted so the text is stable.
     */
    private String diagram() {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        modules.stream().sorted(Comparator.comparing(module -> module.getIdentifier().toString())).forEach(module -> {
            String name = module.getIdentifier().toString();
            new TreeSet<>(module.getDirectDependencies(modules).stream()
                    .map(dependency -> dependency.getTargetModule().getIdentifier().toString())
                    .filter(target -> !target.equals(name) && !target.equals(SHARED))
                    .toList())
                    .forEach(target -> out.append("    ").append(name).append(" --> ").append(target).append('\n'));
            if (!name.equals(SHARED) && module.getDirectDependencies(modules).stream()
                    .allMatch(dependency -> dependency.getTargetModule().getIdentifier().toString().equals(SHARED))) {
                out.append("    ").append(name).append('\n');
            }
        });
        return out.toString();
    }
}
