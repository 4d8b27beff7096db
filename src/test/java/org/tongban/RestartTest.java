package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongban.base.Languages;
import org.tongban.consultation.ConsultationService;
import org.tongban.people.PeopleRegistry;

/** The embedded default keeps its data in a file: a restart loses nothing and redeploys nothing. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void a_restart_keeps_the_data_and_creates_no_new_process_version() {
        String caseNumber;
        try (ConfigurableApplicationContext first = start()) {
            caseNumber = first.getBean(ConsultationService.class).refer("CIVIL", "低保政策咨询");
            first.getBean(Languages.class).choose("civil.officer", Languages.ENGLISH);
            assertThat(definitionVersions(first)).isOne();
            assertThat(first.getEnvironment().getProperty("spring.datasource.url")).contains(dataDir.toString());
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(org.camunda.bpm.engine.TaskService.class).createTaskQuery()
                    .processInstanceBusinessKey(caseNumber).count()).isOne();
            assertThat(second.getBean(Languages.class).of("civil.officer")).isEqualTo(Languages.ENGLISH);
            assertThat(second.getBean(PeopleRegistry.class).countPersons()).isEqualTo(773);
            assertThat(definitionVersions(second)).isOne();
            assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count()).isOne();
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, so they win over application.yml (builder properties would not).
        return new SpringApplicationBuilder(TongbanApplication.class)
                .profiles("demo")
                .run("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("tongban").toAbsolutePath(),
                        "--server.port=0",
                        // Its own engine name (no hyphen: the starter ignores such names), so closing this
                        // application does not unregister the shared test context's engine "default",
                        // which /engine-rest looks up by name.
                        "--camunda.bpm.process-engine-name=restarttest",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=warn");
    }

    private static long definitionVersions(ConfigurableApplicationContext context) {
        return context.getBean(RepositoryService.class).createProcessDefinitionQuery()
                .processDefinitionKey("consultation-referral").count();
    }
}
