package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditLog;
import org.tongban.forms.FormComponent;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;
import org.tongban.organisation.Role;
import org.tongban.rehab.RehabEnums.ServiceType;
import org.tongban.security.TongbanUser;

/** CDPF's designated-institution list and the choice it allows, through the inbox. */
@TongbanTest
class RehabInstitutionsTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired ApplicationContext context;
    @Autowired RehabInstitutions institutions;
    @Autowired InboxService inbox;
    @Autowired TaskService tasks;
    @Autowired AuditLog audit;
    RehabFlow flow;

    @BeforeEach
    void flow() {
        flow = new RehabFlow(context);
    }

    @Test
    void cdpf_keeps_the_list_every_change_is_audited_and_nobody_else_may_change_it() {
        String code = newInstitution(true, Set.of(4, 5), 10);
        assertThat(institutions.all()).anyMatch(e -> e.code().equals(code) && e.capacity() == 10 && e.designated());
        assertThat(audit.byUser("cdpf.officer")).anyMatch(e -> e.getAction().equals(RehabInstitutions.AUDIT_SAVED)
                && e.getSubject().equals("rehab-institution:" + code));

        InstitutionEntry changed = entry(code, true, Set.of(4, 5, 6), 3);
        assertThat(institutions.save(changed, RehabFlow.CDPF)).isEmpty();
        assertThat(institutions.all()).anyMatch(e -> e.code().equals(code) && e.capacity() == 3 && e.categories().contains(6));

        TongbanUser health = new TongbanUser("health.officer", "卫健委经办人", "HEALTH", Set.of(Role.OFFICER));
        assertThatThrownBy(() -> institutions.save(changed, health)).isInstanceOf(SecurityException.class);
    }

    @Test
    void an_entry_with_wrong_fields_is_not_saved_and_says_which_field_is_wrong() {
        InstitutionEntry bad = new InstitutionEntry("ri eh", " ", true, false, true, Set.of(), Set.of(9), -1,
                LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1));
        assertThat(institutions.save(bad, RehabFlow.CDPF)).containsOnlyKeys("code", "name", "services", "categories",
                "capacity", "validTo");
    }

    @Test
    void the_choice_offers_only_designated_institutions_serving_the_childs_category_with_a_free_place() {
        String serving = newInstitution(true, Set.of(4), 50);
        String otherCategory = newInstitution(true, Set.of(2), 50);
        String full = newInstitution(true, Set.of(4), 0);
        String outside = newInstitution(false, Set.of(4), 50);
        String notDesignated = code();
        institutions.save(new InstitutionEntry(notDesignated, "仅诊断医院", true, true, false, Set.of(ServiceType.TRAINING),
                Set.of(4), 50, LocalDate.of(2025, 1, 1), null), RehabFlow.CDPF);

        String caseNumber = flow.approved(RehabTestData.child(LocalDate.of(2020, 2, 2), "图门"));
        List<FormComponent.Option> offered = choiceOptions(caseNumber);
        assertThat(offered).extracting(FormComponent.Option::value).contains(serving, outside)
                .doesNotContain(otherCategory, full, notDesignated);
        assertThat(offered).filteredOn(o -> o.value().equals(outside)).allMatch(o -> o.label().contains("市外"));

        Outcome refused = flow.submit(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_CHOOSE_INSTITUTION,
                Map.of("institutionCode", full));
        assertThat(refused.done()).isFalse();
        assertThat(refused.fieldErrors()).anyMatch(e -> e.field().equals("institutionCode")
                && e.messageKey().equals("form.error.option"));

        // Out of the city: CDPF approves before the agreement.
        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_CHOOSE_INSTITUTION, Map.of("institutionCode", outside));
        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_APPROVE_OUT_OF_AREA,
                Map.of("outOfAreaApproved", true, "outOfAreaReason", "市内无同类术后康复"));
        flow.complete(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_SIGN_AGREEMENT, Map.of("agreementSigned", true));
        assertThat(institutions.occupied(outside)).isEqualTo(1);
        assertThat(flow.kinds(caseNumber)).contains(org.tongban.documents.DocumentKind.REFERRAL);
    }

    @Test
    void the_last_place_taken_meanwhile_is_refused_in_words_at_signing() {
        String code = newInstitution(true, Set.of(4), 50);
        String first = flow.approved(RehabTestData.child(LocalDate.of(2019, 4, 4), "巴雅尔"));
        String second = flow.approved(RehabTestData.child(LocalDate.of(2019, 5, 5), "宝力格"));
        flow.complete(RehabFlow.CDPF, first, RehabProcess.TASK_CHOOSE_INSTITUTION, Map.of("institutionCode", code));
        flow.complete(RehabFlow.CDPF, second, RehabProcess.TASK_CHOOSE_INSTITUTION, Map.of("institutionCode", code));
        assertThat(institutions.save(entry(code, true, Set.of(4), 1), RehabFlow.CDPF)).isEmpty();

        flow.complete(RehabFlow.CDPF, first, RehabProcess.TASK_SIGN_AGREEMENT, Map.of("agreementSigned", true));
        Outcome full = flow.submit(RehabFlow.CDPF, second, RehabProcess.TASK_SIGN_AGREEMENT, Map.of("agreementSigned", true));

        assertThat(full.done()).isFalse();
        assertThat(full.messageKey()).isEqualTo("rehab.refusal.full");
        assertThat(flow.openTask(second)).isEqualTo(RehabProcess.TASK_SIGN_AGREEMENT);
        assertThat(institutions.save(entry(code, true, Set.of(4), 0), RehabFlow.CDPF))
                .containsEntry("capacity", "rehab.institution.error.belowOccupied");
    }

    @Test
    void approving_an_ineligible_child_and_approving_more_than_the_standard_are_refused_with_their_keys() {
        NewApplication a = RehabTestData.child(LocalDate.of(2018, 6, 6), "孟和");
        NewApplication notResident = new NewApplication(a.guardianName(), a.guardianIdNumber(), a.relation(),
                a.relationDocument(), true, true, a.childName(), a.childIdNumber(), a.grassRootsUnit(),
                RehabEnums.Residence.NONE, a.category(), a.proof(), a.certificateNumber(), null, null, a.services(),
                a.receivedOn(), a.channel());
        String caseNumber = flow.toDecision(notResident);
        Outcome refused = flow.submit(RehabFlow.CDPF, caseNumber, RehabProcess.TASK_DECIDE, Map.of("approved", true));
        assertThat(refused.done()).isFalse();
        assertThat(refused.messageKey()).isEqualTo("rehab.refusal.notEligible");
        assertThat(refused.arguments()).singleElement().asString().contains("NOT_RESIDENT");
        assertThat(flow.openTask(caseNumber)).isEqualTo(RehabProcess.TASK_DECIDE);

        flow.freezeClock();
        try {
            String served = flow.inService(RehabTestData.child(LocalDate.of(2018, 7, 7), "阿古拉"), newInstitution(true, Set.of(4), 50));
            flow.fireTimer(served, "Event_SettlementDue");
            flow.attend(served, 15);
            Outcome over = flow.submit(RehabFlow.CDPF, served, RehabProcess.TASK_REVIEW_BILL,
                    Map.of("billedAmount", 9000, "approvedAmount", 9000, "insuredAmount", 0));
            assertThat(over.messageKey()).isEqualTo("rehab.refusal.overStandard");
            assertThat(over.arguments()).containsExactly("5000.00");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private List<FormComponent.Option> choiceOptions(String caseNumber) {
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(RehabProcess.TASK_CHOOSE_INSTITUTION).singleResult().getId();
        return inbox.open(RehabFlow.CDPF, taskId).orElseThrow().form().fields().stream()
                .filter(f -> f.key().equals(RehabProcess.VAR_INSTITUTION_CODE)).findFirst().orElseThrow().options();
    }

    private String newInstitution(boolean inArea, Set<Integer> categories, int capacity) {
        String code = code();
        assertThat(institutions.save(entry(code, inArea, categories, capacity), RehabFlow.CDPF)).isEmpty();
        return code;
    }

    private static InstitutionEntry entry(String code, boolean inArea, Set<Integer> categories, int capacity) {
        return new InstitutionEntry(code, "测试康复机构 " + code, inArea, false, true,
                Set.of(ServiceType.TRAINING, ServiceType.PHYSIO), categories, capacity, LocalDate.of(2025, 1, 1), null);
    }

    private static String code() {
        return "RI-T" + (System.nanoTime() % 1000) + "-" + SEQUENCE.incrementAndGet();
    }
}
