package se.arenaregister;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Module borders: no cycles, no module reaching into another's internals, no module using one its
 * {@code package-info.java} does not allow. Also writes the module diagrams.
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

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
