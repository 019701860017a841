package vn.cps.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The package directions every service keeps (DESIGN.md section 3): rest and messaging call
 * service; service uses domain and persistence; domain depends on none of the others.
 */
public final class PackageDirections {

    private PackageDirections() {
    }

    public static List<ArchRule> rules(String base) {
        String domain = base + ".domain..";
        String service = base + ".service..";
        String rest = base + ".rest..";
        String messaging = base + ".messaging..";
        String persistence = base + ".persistence..";
        String config = base + ".config..";
        return List.of(
                noClasses().that().resideInAPackage(domain)
                        .should().dependOnClassesThat().resideInAnyPackage(service, rest, messaging, persistence, config)
                        .as("domain depends on no other layer"),
                noClasses().that().resideOutsideOfPackage(rest)
                        .should().dependOnClassesThat().resideInAPackage(rest)
                        .as("nothing depends on rest"),
                noClasses().that().resideInAnyPackage(rest)
                        .should().dependOnClassesThat().resideInAnyPackage(persistence, messaging)
                        .as("rest goes through service"),
                noClasses().that().resideInAnyPackage(persistence)
                        .should().dependOnClassesThat().resideInAnyPackage(service, messaging)
                        .as("persistence knows no use case"),
                noClasses().that().resideInAnyPackage(messaging)
                        .should().dependOnClassesThat().resideInAnyPackage(persistence)
                        .as("messaging goes through service"));
    }

    /** Checks every rule against the main classes of the service. */
    public static void check(String base) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
        if (classes.isEmpty()) {
            throw new AssertionError("No classes found under " + base);
        }
        for (ArchRule rule : rules(base)) {
            // a young service may not have every layer yet
            rule.allowEmptyShould(true).check(classes);
        }
    }
}
