package org.tongban.rehab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.people.IdNumbers;
import org.tongban.rehab.RehabEnums.Proof;
import org.tongban.rehab.RehabEnums.Relation;
import org.tongban.rehab.RehabEnums.RelationDocument;
import org.tongban.rehab.RehabEnums.Residence;
import org.tongban.rehab.RehabEnums.ServiceType;

@TongbanTest
class NewRehabApplicationViewTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    static String id(LocalDate born, int seq) {
        String first17 = "152501" + born.toString().replace("-", "") + seq;
        return first17 + IdNumbers.checkCharacter(first17);
    }

    NewRehabApplicationView open(String user) {
        SignedInUi.open(context, user);
        UI.getCurrent().navigate(NewRehabApplicationView.class);
        return _get(NewRehabApplicationView.class);
    }

    @Test
    void the_childs_fields_open_only_after_the_guardians_consent_and_the_relation_check() {
        NewRehabApplicationView view = open("cdpf.officer");
        assertThat(view.childName.isEnabled()).isFalse();
        assertThat(view.submit.isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("rehab-consent-text")).getText()).contains("不公示");

        view.consentGiven.setValue(true);
        assertThat(view.childName.isEnabled()).isFalse();
        view.documentsChecked.setValue(true);
        assertThat(view.childName.isEnabled()).isTrue();
        assertThat(view.submit.isEnabled()).isTrue();
    }

    @Test
    void a_wrong_id_number_is_reported_as_typed_and_a_complete_form_makes_one_case() {
        NewRehabApplicationView view = open("community01");
        assertThat(view.grassRootsUnit.getValue()).isEqualTo("COMMUNITY-01");
        view.guardianName.setValue("娜仁");
        view.guardianIdNumber.setValue(id(LocalDate.of(1991, 2, 2), 955));
        view.relation.setValue(Relation.PARENT);
        view.relationDocument.setValue(RelationDocument.BIRTH_CERTIFICATE);
        view.documentsChecked.setValue(true);
        view.consentGiven.setValue(true);
        view.childName.setValue("苏日娜");
        view.childIdNumber.setValue("152501202001019999");
        assertThat(view.childIdNumber.isInvalid()).isTrue();
        assertThat(view.childIdNumber.getErrorMessage()).isEqualTo("身份证号格式或校验位不正确。");

        String childId = id(LocalDate.of(2020, 1, 1), 956);
        view.childIdNumber.setValue(childId);
        assertThat(view.childIdNumber.isInvalid()).isFalse();
        view.residence.setValue(Residence.HUKOU);
        view.category.setValue(2);
        view.proof.setValue(Proof.CERTIFICATE);
        view.certificateNumber.setValue(childId + "21");
        view.services.setValue(Set.of(ServiceType.TRAINING, ServiceType.DEVICE));

        int before = jdbc.queryForObject("select count(*) from rehab_application", Integer.class);
        _click(view.submit);
        assertThat(_get(Paragraph.class, spec -> spec.withId("rehab-submitted")).getText()).startsWith("已登记，案件编号 RR-");
        assertThat(view.submit.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from rehab_application", Integer.class)).isEqualTo(before + 1);
    }

    @Test
    void submitting_an_empty_form_marks_every_missing_field_and_writes_nothing() {
        NewRehabApplicationView view = open("cdpf.officer");
        view.documentsChecked.setValue(true);
        view.consentGiven.setValue(true);
        int before = jdbc.queryForObject("select count(*) from rehab_consent", Integer.class);
        _click(view.submit);
        assertThat(view.guardianName.isInvalid()).isTrue();
        assertThat(view.childIdNumber.isInvalid()).isTrue();
        assertThat(view.services.isInvalid()).isTrue();
        assertThat(_find(Paragraph.class, spec -> spec.withId("rehab-submitted"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from rehab_consent", Integer.class)).isEqualTo(before);
    }

    @Test
    void an_agency_that_takes_in_no_applications_sees_why() {
        open("fin.officer");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rehab-forbidden")).getText()).isEqualTo("您所在单位不受理康复救助申请。");
    }
}
