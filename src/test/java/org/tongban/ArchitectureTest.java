package org.tongban;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Platform packages learn about procedures through keys, events and interfaces, never imports. */
@AnalyzeClasses(packages = "org.tongban", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] PROCEDURES = {
        "org.tongban.quotareview..", "org.tongban.retrofit..", "org.tongban.rehab..",
        "org.tongban.placement..", "org.tongban.legalaid..", "org.tongban.consultation..",
    };

    static final String[] PLATFORM = {
        "org.tongban.base..", "org.tongban.organisation..", "org.tongban.security..", "org.tongban.people..",
        "org.tongban.inbox..", "org.tongban.forms..", "org.tongban.sla..", "org.tongban.committee..",
        "org.tongban.documents..", "org.tongban.audit..", "org.tongban.cases..", "org.tongban.demo..",
    };

    @ArchTest
    static final ArchRule platform_imports_no_procedure = noClasses()
            .that().resideInAnyPackage(PLATFORM)
            .should().dependOnClassesThat().resideInAnyPackage(PROCEDURES);

    @ArchTest
    static final ArchRule only_procedures_and_inbox_touch_the_runtime = noClasses()
            .that().resideInAnyPackage(PLATFORM).and().resideOutsideOfPackage("org.tongban.inbox..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService");

    @ArchTest
    static final ArchRule procedures_do_not_import_each_other = noClasses()
            .that().resideInAPackage("org.tongban.consultation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.tongban.quotareview..", "org.tongban.retrofit..", "org.tongban.rehab..",
                    "org.tongban.placement..", "org.tongban.legalaid..");
}
