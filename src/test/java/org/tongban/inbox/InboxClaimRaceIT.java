package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.PostgresTest;
import org.tongban.consultation.ConsultationService;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

/** Ten officers of one agency click "claim" on the same task at the same moment. */
@PostgresTest
class InboxClaimRaceIT {

    @Autowired InboxService inbox;
    @Autowired ConsultationService consultations;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;

    @Test
    void exactly_one_officer_wins_and_the_other_nine_are_told_who_did() throws Exception {
        List<TongbanUser> officers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            officers.add(officer("race.officer" + i));
        }
        String caseNumber = consultations.refer("CDPF", "并发认领测试");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Outcome>> claims = new ArrayList<>();
        for (TongbanUser officer : officers) {
            claims.add(() -> {
                start.await();
                return inbox.claim(officer, taskId);
            });
        }
        List<Future<Outcome>> futures = new ArrayList<>();
        claims.forEach(c -> futures.add(pool.submit(c)));
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(Outcome::done).hasSize(1);
        List<Outcome> lost = outcomes.stream().filter(o -> !o.done()).toList();
        assertThat(lost).hasSize(9).allSatisfy(o ->
                assertThat(o.messageKey()).isIn("task.error.claimedBy", "task.error.changed"));
        String winner = tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
        assertThat(winner).startsWith("race.officer");
        assertThat(lost).filteredOn(o -> o.messageKey().equals("task.error.claimedBy"))
                .allSatisfy(o -> assertThat(o.arguments()).containsExactly("测试" + winner.substring("race.".length())));
    }

    private TongbanUser officer(String username) {
        if (identity.createUserQuery().userId(username).count() == 0) {
            var user = identity.newUser(username);
            user.setLastName("测试");
            user.setFirstName(username.substring("race.".length()));
            user.setPassword("tongban");
            identity.saveUser(user);
            identity.createMembership(username, "CDPF");
            identity.createMembership(username, Role.OFFICER.groupId());
        }
        return new TongbanUser(username, username, "CDPF", EnumSet.of(Role.OFFICER));
    }
}
