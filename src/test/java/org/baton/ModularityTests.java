package org.baton;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Baton's module boundaries: checked on every build, not by convention. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(BatonApplication.class);

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.baton");

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirPublicApiAndWithoutCycles() {
        MODULES.verify();
    }

    @Test
    void onlyTheAdaptersSpeakHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.baton.web..", "org.baton.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void noDomainModuleDependsOnAnAdapter() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.baton.web..", "org.baton.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.baton.web..", "org.baton.api..")
                .check(CLASSES);
    }

    @Test
    void adaptersNeverTouchARepositoryOrTheDatabase() {
        noClasses()
                .that()
                .resideInAnyPackage("org.baton.web..", "org.baton.api..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.baton..").and(simpleNameEndingWith("Repository")))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void theWebAndTheApiDoNotCallEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.baton.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.baton.api..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.baton.api..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.baton.web..")
                .check(CLASSES);
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES, "target/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/modules/components.puml"))
                .content()
                .contains("\"Decisions\"", "\"Intents\"", "\"Values and principles\"");
    }
}
