package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.Role;
import org.tongban.organisation.UnitKind;
import org.tongban.people.PeopleRegistry;

/** The whole application on the embedded default (H2). */
@TongbanTest
class TongbanApplicationTest {

    @Autowired Organisation organisation;
    @Autowired IdentityService identity;
    @Autowired RepositoryService repository;
    @Autowired PeopleRegistry people;
    @Autowired ProcessEngine engine;

    @Test
    void seeds_every_agency_grass_roots_unit_and_the_committee() {
        assertThat(organisation.ofKind(UnitKind.GRASSROOTS)).hasSize(14);
        assertThat(organisation.ofKind(UnitKind.COMMITTEE)).singleElement()
                .satisfies(unit -> assertThat(unit.getNameZh()).isEqualTo("市残疾人工作委员会"));
        assertThat(organisation.get("JUSTICE").getNameEn()).isEqualTo("Justice Bureau (Legal Aid Centre)");
        assertThat(organisation.ofKind(UnitKind.AGENCY)).extracting(u -> u.getCode())
                .contains("CDPF", "HRSS", "FIN", "TAX", "HOUSING", "CIVIL", "HEALTH", "MEDINS", "EDU", "JUSTICE",
                        "POLICE", "PROCURATORATE", "COURT", "MARKET", "AGRI", "PUBLICITY", "YOUTH");
    }

    @Test
    void makes_every_unit_with_an_inbox_a_camunda_group_of_the_same_id() {
        organisation.all().forEach(unit -> {
            var group = identity.createGroupQuery().groupId(unit.getCode()).singleResult();
            if (unit.hasInbox()) {
                assertThat(group).as(unit.getCode()).isNotNull();
                assertThat(group.getName()).isEqualTo(unit.getNameZh());
                assertThat(group.getType()).isEqualTo(unit.getKind().name());
            } else {
                assertThat(group).as(unit.getCode()).isNull();
            }
        });
        for (Role role : Role.values()) {
            assertThat(identity.createGroupQuery().groupId(role.groupId()).count()).isOne();
        }
    }

    @Test
    void runs_the_engine_with_authorization_checks_and_a_query_limit() {
        var configuration = engine.getProcessEngineConfiguration();
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) configuration)
                .getQueryMaxResultsLimit()).isEqualTo(2000);
    }

    @Test
    void deploys_the_sample_process_with_its_form_once() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("consultation-referral").count())
                .isOne();
        // Tests of the committee view deploy small procedures of their own (committee-test-…).
        var deployment = repository.createDeploymentQuery().list().stream()
                .filter(d -> d.getName() == null || !d.getName().startsWith("committee-test-")).reduce((a, b) -> {
                    throw new AssertionError("More than one application deployment");
                }).orElseThrow();
        assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                .anySatisfy(name -> assertThat(name).endsWith("forms/consultation-referral/answer-consultation.form"))
                .noneSatisfy(name -> assertThat(name).contains("test-classes"));
    }

    @Test
    void loads_the_demo_registry() {
        assertThat(people.countPersons()).isEqualTo(773);
        assertThat(people.countValidCards()).isEqualTo(766);
        assertThat(people.countValidSevereCards()).isEqualTo(318);
    }
}
