package se.arenaregister;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module borders: no cycles, no module reaching into another's internals. Also writes the module diagrams. */
class ApplicationModulesTest {

    private final ApplicationModules modules = ApplicationModules.of(ArenaRegisterApplication.class);

    @Test
    void modulesRespectTheirBorders() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
