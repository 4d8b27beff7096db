package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.cases.CaseNumbers;
import org.tongban.consultation.ConsultationService;
import org.tongban.people.PeopleRegistry;

/** The whole application on a real PostgreSQL (embedded, or TEST_DB_URL). */
@PostgresTest
class TongbanApplicationIT {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired RepositoryService repository;
    @Autowired TaskService tasks;
    @Autowired PeopleRegistry people;
    @Autowired ConsultationService consultations;

    @Test
    void runs_on_postgresql_with_flyway_and_camunda_schemas() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(jdbc.queryForObject("select count(*) from tongban_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from org_unit where kind = 'GRASSROOTS'", Integer.class))
                .isEqualTo(14);
        assertThat(jdbc.queryForObject("select count(*) from act_re_procdef where key_ = 'consultation-referral'",
                Integer.class)).isOne();
    }

    @Test
    void loads_the_demo_registry() {
        assertThat(people.countPersons()).isEqualTo(773);
        assertThat(people.countValidSevereCards()).isEqualTo(318);
    }

    @Test
    void a_referred_consultation_reaches_the_agency_queue() {
        String caseNumber = consultations.refer("MEDINS", "医保报销咨询");

        var task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_AnswerConsultation");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("MEDINS").count()).isOne();
        assertThat(task.getDueDate()).isNotNull();
    }
}
