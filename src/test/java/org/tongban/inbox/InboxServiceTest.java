package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditLog;
import org.tongban.consultation.ConsultationService;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

@TongbanTest
class InboxServiceTest {

    static final TongbanUser OFFICER = new TongbanUser("housing.officer", "陈志强", "HOUSING", EnumSet.of(Role.OFFICER));
    static final TongbanUser SUPERVISOR = new TongbanUser("housing.supervisor", "韩涛", "HOUSING", EnumSet.of(Role.SUPERVISOR));
    static final TongbanUser OUTSIDER = new TongbanUser("police.officer", "徐军", "POLICE", EnumSet.of(Role.OFFICER));
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired InboxService inbox;
    @Autowired ConsultationService consultations;
    @Autowired TaskService tasks;
    @Autowired AuditLog audit;

    @Nested
    class attachments {

        @Test
        void a_pdf_is_attached_listed_and_downloaded_with_an_audit_entry() {
            String taskId = newTask();

            assertThat(inbox.attach(OFFICER, taskId, "C:\\扫描件\\户口簿.pdf", PDF).done()).isTrue();

            List<AttachmentInfo> files = inbox.attachments(OFFICER, taskId);
            assertThat(files).extracting(AttachmentInfo::name, AttachmentInfo::mimeType)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("户口簿.pdf", "application/pdf"));
            assertThat(inbox.download(OFFICER, taskId, files.get(0).id())).contains(PDF);
            assertThat(audit.byUser(OFFICER.username())).extracting(e -> e.getAction())
                    .contains("ATTACHMENT_ADDED", "ATTACHMENT_DOWNLOADED");
        }

        @Test
        void a_program_renamed_to_pdf_is_refused() {
            String taskId = newTask();
            byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

            assertThat(inbox.attach(OFFICER, taskId, "材料.pdf", exe).messageKey()).isEqualTo("task.error.fileType");
            assertThat(inbox.attachments(OFFICER, taskId)).isEmpty();
        }

        @Test
        void a_pdf_named_as_a_picture_is_refused() {
            assertThat(inbox.attach(OFFICER, newTask(), "照片.jpg", PDF).messageKey()).isEqualTo("task.error.fileType");
        }

        @Test
        void a_file_over_the_limit_is_refused() {
            byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

            assertThat(inbox.attach(OFFICER, newTask(), "大文件.pdf", big).messageKey()).isEqualTo("task.error.fileTooBig");
        }

        @Test
        void another_agency_can_neither_attach_nor_read() {
            String taskId = newTask();
            inbox.attach(OFFICER, taskId, "a.pdf", PDF);
            String fileId = inbox.attachments(OFFICER, taskId).get(0).id();

            assertThat(inbox.attach(OUTSIDER, taskId, "b.pdf", PDF).done()).isFalse();
            assertThat(inbox.attachments(OUTSIDER, taskId)).isEmpty();
            assertThat(inbox.download(OUTSIDER, taskId, fileId)).isEmpty();
        }
    }

    @Nested
    class bulk {

        @Test
        void a_supervisor_claims_what_is_still_free_and_is_told_what_was_not() {
            String free = newTask();
            String taken = newTask();
            inbox.claim(OFFICER, taken);

            assertThat(inbox.bulkClaim(SUPERVISOR, List.of(free, taken))).isEqualTo(new BulkOutcome(1, 1));
            assertThat(tasks.createTaskQuery().taskId(free).singleResult().getAssignee()).isEqualTo("housing.supervisor");
            assertThat(tasks.createTaskQuery().taskId(taken).singleResult().getAssignee()).isEqualTo("housing.officer");
        }

        @Test
        void a_supervisor_hands_tasks_to_a_colleague_but_an_officer_cannot() {
            String one = newTask();
            String two = newTask();

            assertThat(inbox.bulkAssign(OFFICER, List.of(one, two), "housing.supervisor")).isEqualTo(new BulkOutcome(0, 2));
            assertThat(inbox.bulkAssign(SUPERVISOR, List.of(one, two), "housing.officer")).isEqualTo(new BulkOutcome(2, 0));
            assertThat(tasks.createTaskQuery().taskAssignee("housing.officer").taskId(one).count()).isOne();
        }

        @Test
        void nobody_outside_the_agency_can_be_given_its_tasks() {
            assertThat(inbox.bulkAssign(SUPERVISOR, List.of(newTask()), "police.officer")).isEqualTo(new BulkOutcome(0, 1));
        }
    }

    @Test
    void delegation_needs_a_colleague_and_a_reason() {
        String taskId = newTask();
        inbox.claim(OFFICER, taskId);

        assertThat(inbox.delegate(OFFICER, taskId, "housing.supervisor", " ").messageKey()).isEqualTo("task.error.reasonRequired");
        assertThat(inbox.delegate(OFFICER, taskId, "police.officer", "休假").messageKey()).isEqualTo("task.error.notColleague");
        assertThat(inbox.delegate(OFFICER, taskId, "housing.supervisor", "本人休假，请代为办理").done()).isTrue();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("housing.supervisor");
    }

    @Test
    void a_return_for_correction_needs_a_returnable_task_and_a_reason() {
        String caseNumber = consultations.refer("HOUSING", "CDPF", "改造标准咨询");
        var opinion = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(inbox.returnForCorrection(OFFICER, opinion.getId(), "x").messageKey()).isEqualTo("task.error.notFound");
        tasks.complete(opinion.getId(), java.util.Map.of("opinion", "按年度方案执行。", "basis", "POLICY"));
        String answer = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();

        assertThat(inbox.returnForCorrection(OFFICER, answer, "").messageKey()).isEqualTo("task.error.reasonRequired");
        assertThat(inbox.returnForCorrection(OFFICER, answer, "请补充经费上限的依据").done()).isTrue();

        var back = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(back.getTaskDefinitionKey()).isEqualTo("Task_GiveOpinion");
        assertThat(tasks.getProcessInstanceComments(back.getProcessInstanceId()))
                .anySatisfy(c -> assertThat(c.getFullMessage()).isEqualTo("请补充经费上限的依据"));
    }

    @Test
    void a_file_name_keeps_no_path() {
        assertThat(InboxService.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(InboxService.safeName("C:\\Users\\王\\申请书.pdf")).isEqualTo("申请书.pdf");
    }

    private String newTask() {
        String caseNumber = consultations.refer("HOUSING", "无障碍改造咨询");
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }
}
