package org.baton;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void everyModuleDeclaresWhichModulesItMayDependOn() {
        MODULES.forEach(module -> {
            var declared = Package.getPackage(module.getBasePackage().getName())
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared)
                    .as("%s declares itself in package-info.java", module.getName())
                    .isNotNull();
            assertThat(declared.allowedDependencies())
                    .as("%s declares allowedDependencies", module.getName())
                    .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void theSharedKernelAndTheDatabaseDependOnNoOtherModule() {
        for (var name : List.of("shared", "database")) {
            var module = MODULES.getModuleByName(name).orElseThrow();
            assertThat(module.getDirectDependencies(MODULES).stream()
                            .map(dependency -> dependency.getTargetModule().getName())
                            .distinct())
                    .as(name)
                    .isEmpty();
        }
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

    /**
     * The module diagram in docs/modules is generated from the code; this fails when it is out of date. To
     * refresh it, copy target/modules/components.puml over docs/modules/components.puml.
     */
    @Test
    void theModuleDiagramUnderDocsIsCurrent() throws Exception {
        new Documenter(MODULES, "target/modules").writeModulesAsPlantUml();
        var generated = Files.readString(Path.of("target/modules/components.puml"));
        assertThat(generated).contains("\"Decisions\"", "\"Teams\"", "\"Shared kernel\"");
        // Compared line by line in any order: the generator does not promise an order of relationships.
        assertThat(Files.readAllLines(Path.of("docs/modules/components.puml")))
                .containsExactlyInAnyOrderElementsOf(generated.lines().toList());
    }
}
