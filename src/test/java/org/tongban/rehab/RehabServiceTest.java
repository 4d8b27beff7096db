package org.tongban.rehab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tongban.TongbanTest;
import org.tongban.audit.AuditLog;
import org.tongban.cases.CaseFact;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentService;
import org.tongban.organisation.Role;
import org.tongban.security.TongbanUser;

@TongbanTest
class RehabServiceTest {

    static final TongbanUser CDPF = new TongbanUser("cdpf.officer", "市残联经办人", "CDPF", Set.of(Role.OFFICER));
    static final TongbanUser COMMITTEE = new TongbanUser("committee", "残工委", "COMMITTEE", Set.of(Role.COMMITTEE));

    @Autowired RehabService rehab;
    @Autowired RehabCaseWork work;
    @Autowired RehabCaseSummary summary;
    @Autowired RehabKpi kpi;
    @Autowired ApplicationRepository applications;
    @Autowired AuditLog audit;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_guardians_consent_is_stored_before_the_child_and_the_application_points_at_it() {
        String caseNumber = rehab.apply(RehabTestData.child(LocalDate.of(2019, 6, 1), "王小明"), null, CDPF);

        Long consentId = jdbc.queryForObject("select a.consent_id from rehab_application a where a.case_number = ?",
                Long.class, caseNumber);
        Long childConsent = jdbc.queryForObject("select c.consent_id from rehab_child c join rehab_application a "
                + "on a.child_id = c.id where a.case_number = ?", Long.class, caseNumber);
        assertThat(childConsent).isEqualTo(consentId);
        List<String> actions = audit.byUser("cdpf.officer").stream().map(e -> e.getAction()).toList();
        assertThat(actions.indexOf(RehabService.AUDIT_RECEIVED)).isLessThan(actions.indexOf(RehabService.AUDIT_CONSENT));
        assertThat(caseNumber).matches("RR-\\d{4}-\\d{6}");
    }

    @Test
    void without_consent_nothing_about_the_child_is_written() {
        int before = count();
        NewApplication noConsent = RehabTestData.withoutConsent(RehabTestData.child(LocalDate.of(2020, 1, 1), "李小红"));

        assertThatThrownBy(() -> rehab.apply(noConsent, "no-consent-1", CDPF)).isInstanceOf(InvalidApplication.class)
                .satisfies(e -> assertThat(((InvalidApplication) e).errors()).containsEntry("consentGiven", "rehab.error.consent"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void the_guardians_document_must_show_the_relation_claimed() {
        NewApplication a = RehabTestData.child(LocalDate.of(2020, 1, 1), "李小红");
        NewApplication wrong = new NewApplication(a.guardianName(), a.guardianIdNumber(), RehabEnums.Relation.APPOINTED_GUARDIAN,
                RehabEnums.RelationDocument.HOUSEHOLD_REGISTER, true, true, a.childName(), a.childIdNumber(), a.grassRootsUnit(),
                a.residence(), a.category(), a.proof(), a.certificateNumber(), null, null, a.services(), a.receivedOn(), a.channel());
        assertThat(rehab.validate(wrong)).containsEntry("relationDocument", "rehab.error.document-relation");
    }

    @Test
    void names_and_id_numbers_are_encrypted_at_rest() {
        NewApplication a = RehabTestData.child(LocalDate.of(2018, 2, 3), "乌日娜");
        String caseNumber = rehab.apply(a, null, CDPF);
        var raw = jdbc.queryForMap("select c.name_enc, c.id_number_enc, a.certificate_enc from rehab_child c "
                + "join rehab_application a on a.child_id = c.id where a.case_number = ?", caseNumber);
        assertThat(raw.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain("乌日娜", a.childIdNumber().substring(6, 14)));
    }

    @Test
    void a_retry_with_the_same_idempotency_key_makes_no_second_case() {
        NewApplication a = RehabTestData.child(LocalDate.of(2021, 9, 9), "巴特尔");
        String first = rehab.apply(a, "hotline-retry-42", CDPF);
        String second = rehab.apply(a, "hotline-retry-42", CDPF);
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from rehab_application where idempotency_key = 'hotline-retry-42'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void a_diagnosis_must_come_from_a_designated_hospital_and_autism_is_covered() {
        NewApplication a = RehabTestData.child(LocalDate.of(2021, 1, 15), "其其格");
        assertThat(rehab.validate(RehabTestData.withDiagnosis(a, "RI-EH-01"))).isEmpty();
        assertThat(rehab.validate(RehabTestData.withDiagnosis(a, "NO-SUCH"))).containsKey("diagnosisInstitutionCode");
    }

    @Test
    void a_child_is_in_at_most_one_institution_at_a_time_and_a_change_ends_the_old_agreement() {
        NewApplication a = RehabTestData.child(LocalDate.of(2017, 7, 7), "张小军");
        String first = rehab.apply(a, null, CDPF);
        String second = rehab.apply(a, null, CDPF);
        work.signAgreement(first, "RI-EH-01", "cdpf.officer");

        assertThatThrownBy(() -> work.signAgreement(second, "RI-EH-03", "cdpf.officer"))
                .isInstanceOf(org.tongban.inbox.RuleRefusal.class).hasMessageContaining("rehab.refusal.oneInstitution");
        assertThat(rehab.inService(first)).isTrue();

        LocalDate month = LocalDate.now(EngineClock.INSTANCE).withDayOfMonth(1);
        rehab.recordService(first, month, 18, "ENTRY", "cdpf.officer");
        assertThat(rehab.attendance(first)).containsEntry(month, 18);
        assertThatThrownBy(() -> rehab.recordService(first, month.minusYears(1), 5, null, "cdpf.officer"))
                .isInstanceOf(org.tongban.inbox.RuleRefusal.class);

        work.endForChange(first, "cdpf.officer");
        work.signAgreement(first, "RI-EH-03", "cdpf.officer");
        assertThat(jdbc.queryForObject("select count(*) from rehab_agreement g join rehab_application a on a.id = g.application_id "
                + "where a.case_number = ? and g.status = 'ACTIVE'", Integer.class, first)).isEqualTo(1);
    }

    @Test
    void a_refusal_decision_gives_the_reason_and_the_remedy() {
        String caseNumber = rehab.apply(RehabTestData.child(LocalDate.of(2016, 1, 1), "刘小宁"), null, CDPF);
        work.decide(caseNumber, false, "NO_NEED", "cdpf.officer");
        var decision = documents.ofCase(caseNumber).stream().filter(d -> d.kind() == DocumentKind.DECISION).findFirst();
        assertThat(decision).isPresent();
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().getRefusalReason())
                .isEqualTo(RehabEnums.RefusalReason.NO_NEED);
        assertThat(RehabDocuments.REMEDY).contains("复核", "行政复议");
    }

    @Test
    void an_officer_opening_a_childs_record_leaves_an_audit_entry_and_the_committee_sees_no_record() {
        String caseNumber = rehab.apply(RehabTestData.child(LocalDate.of(2015, 5, 5), "赵小雨"), null, CDPF);
        signIn(CDPF);
        List<CaseFact> facts = summary.summary(caseNumber, Locale.SIMPLIFIED_CHINESE);
        assertThat(facts).isNotEmpty().noneMatch(f -> f.value().contains("赵小雨"));
        assertThat(audit.byUser("cdpf.officer")).anyMatch(e -> e.getAction().equals(RehabCaseSummary.AUDIT_VIEWED)
                && e.getSubject().equals(caseNumber));

        signIn(COMMITTEE);
        assertThat(summary.summary(caseNumber, Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(audit.byUser("committee")).noneMatch(e -> e.getAction().equals(RehabCaseSummary.AUDIT_VIEWED));
    }

    @Test
    void the_committee_reads_the_share_served_within_the_year_and_an_officer_may_not() {
        String served = rehab.apply(RehabTestData.child(LocalDate.of(2014, 12, 1), "阿拉坦"), null, CDPF);
        work.signAgreement(served, "RI-EH-02", "cdpf.officer");
        var figure = kpi.servedWithinYear(2026, COMMITTEE);
        assertThat(figure.applicants()).isPositive();
        assertThat(figure.served()).isPositive();
        assertThat(figure.served()).isLessThanOrEqualTo(figure.applicants());
        assertThat(figure.percent()).isBetween(0.0, 100.0);
        assertThatThrownBy(() -> kpi.servedWithinYear(2026, CDPF)).isInstanceOf(SecurityException.class);
    }

    @Test
    void only_cdpf_health_and_grass_roots_officers_take_in_applications() {
        assertThat(rehab.mayTakeIn(CDPF)).isTrue();
        assertThat(rehab.mayTakeIn(new TongbanUser("community03", "x", "COMMUNITY-03", Set.of(Role.OFFICER)))).isTrue();
        assertThat(rehab.mayTakeIn(new TongbanUser("fin.officer", "x", "FIN", Set.of(Role.OFFICER)))).isFalse();
        assertThat(rehab.mayTakeIn(COMMITTEE)).isFalse();
    }

    private int count() {
        return jdbc.queryForObject("select (select count(*) from rehab_consent) + (select count(*) from rehab_child) "
                + "+ (select count(*) from rehab_application)", Integer.class);
    }

    private static void signIn(TongbanUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, List.of()));
    }
}
