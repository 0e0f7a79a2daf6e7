package org.tarjuman.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package boundaries of STYLE.md, checked over every Tarjuman class: no package
 * cycles, Okapi and Tika only in the adapter packages, the core free of Spring and the shell, and
 * no printing to the console outside the console module.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tarjuman");
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.tarjuman.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void okapiIsUsedOnlyInAdapterPackages() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.tarjuman.core.okapi..",
            "org.tarjuman.core.ingest..",
            "org.tarjuman.core.segment..",
            "org.tarjuman.core.tmx..",
            "org.tarjuman.core.merge..",
            "org.tarjuman.core.qa..",
            "org.tarjuman.xliff..",
            "org.tarjuman.benchmarks..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("net.sf.okapi..")
        .check(classes);
  }

  @Test
  void tikaIsUsedOnlyForIngest() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.tarjuman.core.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.tika..")
        .check(classes);
  }

  @Test
  void coreAndXliffKnowNothingOfSpringOrTheShell() {
    noClasses()
        .that()
        .resideInAnyPackage("org.tarjuman.core..", "org.tarjuman.xliff..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.tarjuman.cli..")
        .check(classes);
  }

  @Test
  void onlyTheConsolePrintsToStandardStreams() {
    noClasses()
        .that()
        .resideInAnyPackage("org.tarjuman.core..", "org.tarjuman.xliff..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void sqlStaysInTheStore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.tarjuman.core.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jdbi..", "java.sql..", "org.flywaydb..")
        .check(classes);
  }
}
