package org.tongban.retrofit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.inbox.ui.TaskView;
import org.tongban.retrofit.RetrofitProcess;
import org.tongban.retrofit.RetrofitService;
import org.tongban.retrofit.TestHouseholds;
import org.tongban.retrofit.TestRetrofitCases;

/**
 * The home assessment and the acceptance inspection worked in the inbox's task view: the plan
 * editor with its live total and refusals, photos before and after with type checks, the task
 * refused without a plan or without photos after, and the 验收表 PDF carrying the photos.
 */
@TongbanTest
class RetrofitTaskPanelsTest {

    @Autowired ApplicationContext context;
    @Autowired RetrofitService service;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    TestRetrofitCases cases;

    @org.junit.jupiter.api.BeforeEach
    void cases() {
        cases = new TestRetrofitCases(context);
    }

    @AfterEach
    void close() {
        SignedInUi.close();
        ClockUtil.reset();
    }

    @Test
    void the_assessment_is_refused_without_a_plan_and_completes_once_the_plan_is_saved_within_the_cap() throws Exception {
        String caseNumber = cases.atAssessment(TestHouseholds.person(jdbc, 1));
        SignedInUi.open(context, "cdpf.officer");
        open(caseNumber, RetrofitProcess.TASK_HOME_ASSESSMENT);

        _get(Checkbox.class, spec -> spec.withId("field-householdAgrees")).setValue(true);
        _get(TextArea.class, spec -> spec.withId("field-assessmentNote")).setValue("卫生间及入户台阶需改造");
        NotificationsKt.clearNotifications();
        click("action-complete");
        assertThat(texts()).anySatisfy(t -> assertThat(t).contains("请先录入并保存改造方案及预算"));
        assertThat(task(caseNumber)).isEqualTo(RetrofitProcess.TASK_HOME_ASSESSMENT);

        PlanEditor editor = _get(PlanEditor.class, spec -> spec.withId("plan-editor"));
        assertThat(editor.rows.get(0).item.getListDataView().getItems().map(RetrofitService.CatalogueItem::code))
                .contains("RAMP", "KITCHEN").doesNotContain("FLASH_DOORBELL");
        pick(editor, 0, "KITCHEN", 2);
        editor.addLine(null, 1);
        pick(editor, 1, "RAMP", 1);
        assertThat(editor.total.getText()).contains("6,200.00", "超过每户上限 6,000.00", "超出 200.00");
        click("plan-save");
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-message")).getText())
                .contains("改造预算 6,200.00 元超过每户上限 6,000.00 元");
        assertThat(service.plan(caseNumber)).isEmpty();

        editor.rows.get(0).quantity.setValue(1);
        assertThat(editor.total.getText()).contains("4,000.00", "尚余 2,000.00");
        assertThat(editor.split.getText()).contains("2,000.00", "1,200.00", "800.00");
        _get(TextArea.class, spec -> spec.withId("plan-wishes")).setValue("希望轮椅能进厨房");
        editor.photos.upload("scan.pdf", "%PDF-1.7 fake".getBytes());
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-photos-message")).getText()).contains("PNG");
        byte[] huge = java.util.Arrays.copyOf(png(Color.ORANGE), (int) context.getBean(org.tongban.inbox.InboxService.class)
                .attachmentMaxBytes() + 1);
        editor.photos.upload("huge.png", huge);
        assertThat(_get(Paragraph.class, spec -> spec.withId("plan-photos-message")).getText()).contains("MB");
        assertThat(editor.photos.count()).isZero();
        editor.photos.upload("kitchen.png", png(Color.ORANGE));
        assertThat(editor.photos.count()).isEqualTo(1);
        click("plan-save");
        assertThat(service.plan(caseNumber).orElseThrow().total()).isEqualByComparingTo("4000.00");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'RETROFIT_PLAN' and subject = ?",
                Integer.class, caseNumber)).isEqualTo(1);

        click("action-complete");
        assertThat(task(caseNumber)).isNull();
        assertThat(service.status(caseNumber).name()).isEqualTo("IN_SERVICE");
    }

    @Test
    void the_inspection_needs_photos_after_and_its_form_prints_the_photos_before_and_after() throws Exception {
        String caseNumber = cases.atInspection(TestHouseholds.person(jdbc, 2), png(Color.ORANGE));
        SignedInUi.open(context, "housing.officer");
        open(caseNumber, RetrofitProcess.TASK_INSPECT);
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("inspection-plan"))
                .getElement().getTextRecursively()).contains("入户坡道");

        _get(Checkbox.class, spec -> spec.withId("field-inspectionPassed")).setValue(true);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> satisfaction = _get(RadioButtonGroup.class, spec -> spec.withId("field-satisfaction"));
        satisfaction.setValue("SATISFIED");
        _get(TextArea.class, spec -> spec.withId("field-inspectionNote")).setValue("对照方案逐项验收合格");
        NotificationsKt.clearNotifications();
        click("action-complete");
        assertThat(texts()).anySatisfy(t -> assertThat(t).contains("请先上传施工后照片"));

        PhotoList after = _get(PhotoList.class, spec -> spec.withId("inspection-photos-after"));
        after.upload("ramp.jpg", png(Color.GREEN));
        assertThat(after.count()).isZero();
        after.upload("ramp.jpg", jpeg(Color.GREEN));
        assertThat(after.count()).isEqualTo(1);
        click("action-complete");
        assertThat(task(caseNumber)).isEqualTo(RetrofitProcess.TASK_PAY_CONTRACTOR);

        byte[] pdf = jdbc.queryForObject("select content from document where case_number = ? and kind = 'INSPECTION_FORM'",
                byte[].class, caseNumber);
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "retrofit-inspection-form.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
            assertThat(images).hasSize(2);
            assertThat(images).extracting(PDImageXObject::getWidth).containsOnly(320);
            assertThat(new PDFTextStripper().getText(document)).contains("施工前照片 1", "施工后照片 1", "满意");
        }
    }

    private void open(String caseNumber, String taskKey) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                .singleResult().getId();
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("id", id));
    }

    private String task(String caseNumber) {
        var t = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        return t == null ? null : t.getTaskDefinitionKey();
    }

    private static void pick(PlanEditor editor, int row, String code, int quantity) {
        PlanEditor.Line line = editor.rows.get(row);
        line.item.setValue(line.item.getListDataView().getItems().filter(i -> i.code().equals(code)).findFirst().orElseThrow());
        line.quantity.setValue(quantity);
    }

    private static List<String> texts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    private static void click(String id) {
        _get(Button.class, spec -> spec.withId(id)).click();
    }

    static byte[] png(Color color) throws Exception {
        return image(color, "png");
    }

    static byte[] jpeg(Color color) throws Exception {
        return image(color, "jpg");
    }

    private static byte[] image(Color color, String format) throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(40, 40, 240, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
