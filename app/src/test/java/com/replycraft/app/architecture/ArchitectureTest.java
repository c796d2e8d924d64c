package com.replycraft.app.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The boundaries of ARCHITECTURE.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "com.replycraft", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule scoring_uses_no_framework_and_no_other_module =
      noClasses()
          .that()
          .resideInAPackage("com.replycraft.scoring..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "com.vaadin..",
              "jakarta.persistence..",
              "javax.persistence..",
              "org.hibernate..")
          .orShould()
          .dependOnClassesThat(
              resideInAPackage("com.replycraft..")
                  .and(resideOutsideOfPackage("com.replycraft.scoring..")))
          .allowEmptyShould(true)
          .because("scoring is the library a contact centre embeds anywhere");

  @ArchTest
  static final ArchRule views_never_use_repositories =
      noClasses()
          .that()
          .areAssignableTo(Component.class)
          .and()
          .areAnnotatedWith(Route.class)
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Repository.class)
          .because("views call services, which own the transactions");

  @ArchTest
  static final ArchRule feature_packages_have_no_cycles =
      slices().matching("com.replycraft.app.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule every_view_says_who_may_open_it =
      classes()
          .that()
          .areAnnotatedWith(Route.class)
          .should()
          .beAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(PermitAll.class)
          .orShould()
          .beAnnotatedWith(AnonymousAllowed.class)
          .orShould()
          .beAnnotatedWith(DenyAll.class);

  @ArchTest
  static final ArchRule every_endpoint_says_who_may_call_it =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(RestController.class)
          .and()
          .areMetaAnnotatedWith(RequestMapping.class)
          .should()
          .beAnnotatedWith(RolesAllowed.class)
          .orShould()
          .beAnnotatedWith(PermitAll.class)
          .orShould()
          .beAnnotatedWith(AnonymousAllowed.class)
          .orShould()
          .beAnnotatedWith(DenyAll.class);
}
