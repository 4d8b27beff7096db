package org.tongban.rehab;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongban.security.FieldEncryption;
import org.tongban.documents.Block;
import org.tongban.documents.DocumentContent;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.DocumentService;
import org.tongban.people.Masking;
import org.tongban.rehab.RehabEnums.EndReason;
import org.tongban.rehab.RehabEnums.RefusalReason;

/**
 * The documents of rehab rescue, issued by CDPF through the documents service: 受理通知书,
 * 补正材料一次性告知书, 不予受理通知书, 救助决定书 (准予 / 不予 with reasons and remedy),
 * 定点康复机构转介单, 结算单 and 终止通知书. The child's ID number is printed masked.
 */
@Component
class RehabDocuments {

    static final String AGENCY = "CDPF";
    static final String BASIS = "《国务院关于建立残疾儿童康复救助制度的意见》（国发〔2018〕20号）；《残疾预防和残疾人康复条例》；"
            + "《二连浩特市“十四五”残疾人事业发展规划》";
    static final String REMEDY = "如对本决定有异议，可自收到本决定书之日起六十日内向二连浩特市残疾人联合会申请复核，"
            + "或依法申请行政复议、提起行政诉讼。残疾人服务热线：12385。";

    private final DocumentService documents;
    private final FieldEncryption cipher;

    RehabDocuments(DocumentService documents, FieldEncryption cipher) {
        this.documents = documents;
        this.cipher = cipher;
    }

    void acceptance(RehabApplication a, String user) {
        issue(DocumentKind.ACCEPTANCE_NOTICE, a, "Task_CheckCompleteness", "残疾儿童康复救助申请受理通知书",
                List.of(Block.Paragraph.of(childLine(a) + "的残疾儿童康复救助申请材料齐全，符合受理条件，本会决定受理。"),
                        Block.Paragraph.of("申请收到日期：" + a.getReceivedOn() + "。需要诊断评估的，由卫生健康部门指定机构安排，评估期间不计入办理时限。")),
                "", "", user);
    }

    void correctionNotice(RehabApplication a, String missing, LocalDate by, String user) {
        issue(DocumentKind.CORRECTION_NOTICE, a, "Task_CheckCompleteness.return." + java.time.LocalDateTime.now(EngineClock.INSTANCE).withNano(0),
                "残疾儿童康复救助申请补正材料一次性告知书",
                List.of(Block.Paragraph.of(childLine(a) + "的申请材料不齐全，请一次性补正以下材料："),
                        Block.Paragraph.of(missing == null || missing.isBlank() ? "（见经办人说明）" : missing.strip()),
                        Block.Paragraph.of("请于" + by + "前补正；逾期未补正的，视为撤回申请。")),
                "", "", user);
    }

    void nonAcceptance(RehabApplication a, String reason, String user) {
        issue(DocumentKind.NON_ACCEPTANCE_NOTICE, a, "Task_CheckCompleteness.notAccepted", "残疾儿童康复救助申请不予受理通知书",
                List.of(Block.Paragraph.of(childLine(a) + "的申请不属于本会受理范围。"),
                        Block.Paragraph.of("理由：" + (reason == null || reason.isBlank() ? "不属于残疾儿童康复救助事项" : reason.strip()))),
                BASIS, REMEDY, user);
    }

    void approval(RehabApplication a, List<RehabStandard> standards, String user) {
        List<List<String>> rows = new ArrayList<>();
        for (RehabStandard s : standards) {
            rows.add(List.of(serviceName(s.serviceType()), s.amountYuan().toPlainString() + " 元/" + unitName(s.perUnit())));
        }
        issue(DocumentKind.DECISION, a, "Task_DecideApplication.approved." + a.getDecidedOn(), "残疾儿童康复救助决定书（准予救助）",
                List.of(Block.Paragraph.of("经审核，" + childLine(a) + "符合残疾儿童康复救助条件，本会决定准予救助。"),
                        Block.Table.of(List.of("救助项目", "救助标准"), rows),
                        Block.Paragraph.of("请监护人自收到本决定书之日起十个工作日内选择定点康复机构，由本会出具转介单并签订服务协议；"
                                + "费用由定点机构与医保、财政部门直接结算，家庭无需垫付。")),
                BASIS, "", user);
    }

    void refusal(RehabApplication a, RefusalReason reason, String user) {
        issue(DocumentKind.DECISION, a, "Task_DecideApplication.refused." + a.getDecidedOn(), "残疾儿童康复救助决定书（不予救助）",
                List.of(Block.Paragraph.of("经审核，" + childLine(a) + "的申请不符合残疾儿童康复救助条件，本会决定不予救助。"),
                        Block.Paragraph.of("理由：" + reasonText(reason))),
                BASIS, REMEDY, user);
    }

    void referral(RehabApplication a, Agreement g, String user) {
        List<List<String>> rows = new ArrayList<>();
        for (AgreementItem i : g.getItems()) {
            rows.add(List.of(serviceName(i.getServiceType()), i.getAmountYuan().toPlainString() + " 元"));
        }
        issue(DocumentKind.REFERRAL, a, "Task_SignAgreement." + g.getId(), "定点康复机构转介单",
                List.of(Block.Paragraph.of("兹转介" + childLine(a) + "到" + g.getInstitution().getName() + "接受康复服务。"),
                        Block.Paragraph.of("服务期：" + g.getPeriodFrom() + " 至 " + g.getPeriodTo()
                                + (g.isOutOfArea() ? "（市外机构，经本会批准）" : "")),
                        Block.Table.of(List.of("服务项目", "协议标准"), rows),
                        Block.Paragraph.of("请机构按月报送出勤记录，入训、中期、结束时报送评估报告，按季度报送费用清单。")),
                BASIS, "", user);
    }

    void settlement(RehabApplication a, Bill b, int daysAttended, String user) {
        issue(DocumentKind.SETTLEMENT_STATEMENT, a, "Task_PayInstitution." + b.getId(), "残疾儿童康复救助结算单",
                List.of(Block.Paragraph.of(childLine(a) + "在" + b.getAgreement().getInstitution().getName() + "的康复服务费用结算如下："),
                        Block.Table.of(List.of("结算周期", "出勤天数", "机构申报", "审核确认", "医保支付", "财政支付"),
                                List.of(List.of(b.getCycleFrom() + "—" + b.getCycleTo(), Integer.toString(daysAttended),
                                        yuan(b.getBilledYuan()),
                                        yuan(b.getApprovedYuan()), yuan(b.getInsuredYuan()), yuan(b.getFinPaidYuan())))),
                        Block.Paragraph.of("财政支付部分由财政部门直接拨付定点康复机构。")),
                BASIS, "", user);
    }

    void termination(RehabApplication a, EndReason reason, String user) {
        issue(DocumentKind.TERMINATION_NOTICE, a, "End." + reason.name(), "残疾儿童康复救助终止通知书",
                List.of(Block.Paragraph.of(childLine(a) + "的康复救助服务终止。"),
                        Block.Paragraph.of("原因：" + endText(reason))),
                BASIS, reason == EndReason.AGED_OUT || reason == EndReason.NOT_RENEWED ? "" : REMEDY, user);
    }

    private void issue(DocumentKind kind, RehabApplication a, String step, String title, List<Block> body, String basis,
            String remedy, String user) {
        String guardian = cipher.decrypt(a.getConsent().getGuardianNameEnc());
        documents.issue(new DocumentRequest(kind, AGENCY, a.getCaseNumber(), step,
                new DocumentContent(guardian + "（监护人）", title, body, basis, remedy)), user);
    }

    private String childLine(RehabApplication a) {
        return "儿童" + cipher.decrypt(a.getChild().getNameEnc()) + "（身份证号 "
                + Masking.idNumber(cipher.decrypt(a.getChild().getIdNumberEnc())) + "）";
    }

    private static String yuan(java.math.BigDecimal amount) {
        return amount == null ? "0.00" : amount.toPlainString();
    }

    static String reasonText(RefusalReason reason) {
        return switch (reason) {
            case AGE -> "申请受理之日儿童不在0—14周岁范围内";
            case NO_DISABILITY_PROOF -> "未能提供残疾人证或定点医疗机构出具的诊断证明";
            case NOT_RESIDENT -> "儿童无本市户籍，也未持有本市居住证";
            case NO_NEED -> "经评估，暂无康复救助需求";
            case DUPLICATE_SERVICE -> "儿童已在其他定点机构接受同类康复服务";
            case CATEGORY -> "残疾类别不在救助范围内";
        };
    }

    static String endText(EndReason reason) {
        return switch (reason) {
            case AGED_OUT -> "儿童已满15周岁，本服务期结束后不再续期";
            case NOT_RENEWED -> "服务期届满，未续期";
            case INSTITUTION_CHANGE -> "更换定点康复机构";
            case MOVED_AWAY -> "儿童已迁离本市（无本市户籍或居住证），于当月月末终止";
            case ABSENT -> "无正当理由连续缺勤超过规定天数";
            case GUARDIAN_STOPPED -> "监护人申请停止服务";
        };
    }

    static String serviceName(RehabEnums.ServiceType type) {
        return switch (type) {
            case SURGERY -> "矫治手术";
            case DEVICE -> "辅助器具适配";
            case TRAINING -> "康复训练";
            case PHYSIO -> "理疗";
        };
    }

    private static String unitName(String perUnit) {
        return switch (perUnit) {
            case "YEAR" -> "年";
            case "ITEM" -> "件";
            default -> "例";
        };
    }
}
