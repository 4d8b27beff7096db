package org.tongban.retrofit;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongban.documents.Block;
import org.tongban.documents.DocumentContent;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.DocumentService;
import org.tongban.documents.PublicNoticeEntry;
import org.tongban.inbox.CaseAttachments;
import org.tongban.organisation.Organisation;

/**
 * The retrofit's official documents, issued through the documents service at the steps the
 * domain names: 受理通知书, 一次性告知书, 不予受理/不予改造, 公示, 入户评估表, 验收表, 拨付凭证, 终止通知书.
 */
@Component
class RetrofitDocuments {

    static final String BASIS = "《中华人民共和国无障碍环境建设法》第十九条；《二连浩特市“十四五”残疾人事业发展规划》五(2)一";
    static final String REMEDY = "如不服本决定，可自收到之日起六十日内向二连浩特市人民政府申请行政复议，或者六个月内依法向人民法院提起行政诉讼。";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final DocumentService documents;
    private final Organisation organisation;

    RetrofitDocuments(DocumentService documents, Organisation organisation) {
        this.documents = documents;
        this.organisation = organisation;
    }

    void acceptance(RetrofitApplication a, String head, String user) {
        issue(DocumentKind.ACCEPTANCE_NOTICE, a, "ServiceTask_Accept", user, new DocumentContent(head,
                "无障碍改造申请受理通知书", List.of(Block.Paragraph.of("你户于" + DAY.format(a.getReceivedAt())
                        + "提交的困难重度残疾人家庭无障碍改造申请（案号 " + a.getCaseNumber()
                        + "）材料齐全，决定予以受理。我们将会同残联、民政部门进行资格审核，审核结果将另行告知。")),
                BASIS, ""));
    }

    void correction(RetrofitApplication a, String head, String missing, int round, String user) {
        issue(DocumentKind.CORRECTION_NOTICE, a, "ServiceTask_ReturnForCorrection#" + round, user, new DocumentContent(head,
                "补正材料一次性告知书", List.of(Block.Paragraph.of("你户的无障碍改造申请（案号 " + a.getCaseNumber()
                        + "）材料不全，请一次性补正以下全部材料："), Block.Paragraph.of(blankTo(missing, "见初审意见")),
                        Block.Paragraph.of("逾期未补正的，视为撤回申请。")), BASIS, ""));
    }

    void nonAcceptance(RetrofitApplication a, String head, String reason, String user) {
        issue(DocumentKind.NON_ACCEPTANCE_NOTICE, a, "ServiceTask_NotAccept", user, new DocumentContent(head,
                "无障碍改造申请不予受理通知书", List.of(new Block.Paragraph("理由：", blankTo(reason, "不属于本市受理范围"))),
                BASIS, REMEDY));
    }

    void refusal(RetrofitApplication a, String head, String reason, boolean referral, String user) {
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of("经审核，你户的无障碍改造申请（案号 " + a.getCaseNumber() + "）不符合改造条件，决定不予改造。"));
        body.add(new Block.Paragraph("理由：", reasonText(reason)));
        if (referral) {
            body.add(Block.Paragraph.of("你户住房经评估属于危房，已转介住房和城乡建设局危房改造项目。"));
        }
        issue(DocumentKind.DECISION, a, "ServiceTask_Refuse", user, new DocumentContent(head, "不予无障碍改造决定书", body,
                BASIS, REMEDY));
    }

    void publicNotice(RetrofitApplication a, String head, BigDecimal amount, String user) {
        String unit = organisation.find(a.getHousehold().getGrassRootsUnit()).map(u -> u.getNameZh())
                .orElse(a.getHousehold().getGrassRootsUnit());
        issue(DocumentKind.PUBLIC_NOTICE, a, "ServiceTask_PublishNotice", user, new DocumentContent("",
                a.getProgrammeYear() + "年困难重度残疾人家庭无障碍改造对象公示", List.of(
                        Block.Paragraph.of("以下家庭拟列为本年度无障碍改造对象，公示期 5 个工作日。对公示对象有异议的，"
                                + "请在公示期内向市住房和城乡建设局或市残联反映。"),
                        Block.Table.publicNotice(List.of(new PublicNoticeEntry(head, unit, "家庭无障碍改造", amount)))),
                "", ""));
    }

    /** The year-wide 公示 list; each issue is a new edition under the year's own number AR-<year>-GS. */
    org.tongban.documents.IssuedDocument yearNotice(int year, String agency, List<RetrofitProgrammes.NoticeLine> lines,
            String user) {
        String caseNumber = "AR-" + year + "-GS";
        int edition = documents.ofCase(caseNumber).size() + 1;
        List<PublicNoticeEntry> entries = lines.stream().map(l -> new PublicNoticeEntry(l.maskedName(),
                organisation.find(l.grassRootsUnit()).map(u -> u.getNameZh()).orElse(l.grassRootsUnit()),
                "家庭无障碍改造" + switch (l.objection()) {
                    case VERIFYING -> "（异议核实中）";
                    case UPHELD -> "（异议成立，已取消）";
                    case NONE -> "";
                }, l.amount())).toList();
        return documents.issue(new DocumentRequest(DocumentKind.PUBLIC_NOTICE, agency, caseNumber, "YearNotice#" + edition,
                new DocumentContent("", year + "年困难重度残疾人家庭无障碍改造对象公示名单（第" + edition + "版）", List.of(
                        Block.Paragraph.of("以下家庭为本年度无障碍改造对象，每户公示期 5 个工作日。对公示对象有异议的，"
                                + "请在公示期内向市住房和城乡建设局或市残联反映，经核实成立的取消改造资格。"),
                        Block.Table.publicNotice(entries)), "", "")), user);
    }

    void assessment(RetrofitApplication a, String head, RetrofitService.PlanSummary plan, String wishes, String user) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (String line : plan.lines()) {
            rows.add(List.of(String.valueOf(n++), line));
        }
        FundingSplit s = plan.split();
        issue(DocumentKind.ASSESSMENT_FORM, a, "Task_HomeAssessment", user, new DocumentContent(head,
                "困难重度残疾人家庭无障碍改造入户评估表", List.of(
                        new Block.Heading("一、改造方案（一户一案）"),
                        new Block.Table(List.of("序号", "改造项目、数量及金额"), rows, List.of(1, 8)),
                        new Block.Heading("二、预算"),
                        Block.Table.of(List.of("预算合计（元）", "每户上限（元）", "中央彩票公益金", "自治区", "本市"),
                                List.of(List.of(RetrofitService.yuan(plan.total()), RetrofitService.yuan(plan.cap()),
                                        RetrofitService.yuan(s.central()), RetrofitService.yuan(s.region()),
                                        RetrofitService.yuan(s.city())))),
                        new Block.Paragraph("家庭意愿：", blankTo(wishes, "无")),
                        Block.Paragraph.of("户主已确认上述改造方案。")), BASIS, ""));
    }

    void inspection(RetrofitApplication a, String head, boolean passed, String satisfaction, String note,
            List<CaseAttachments.CaseFile> before, List<CaseAttachments.CaseFile> after, String user) {
        List<Block> body = new ArrayList<>(List.of(
                Block.Table.of(List.of("验收次数", "结论", "住户满意度"), List.of(List.of(
                        String.valueOf(a.getInspectionRounds()), passed ? "合格" : "不合格", satisfactionText(satisfaction)))),
                new Block.Paragraph("验收意见：", blankTo(note, "无"))));
        photos(body, "一、施工前照片", "施工前", before);
        photos(body, "二、施工后照片", "施工后", after);
        body.add(Block.Paragraph.of("住户、社区（嘎查）残疾人专职委员、市残联共同签字确认。"));
        issue(DocumentKind.INSPECTION_FORM, a, "Task_AcceptanceInspection#" + a.getInspectionRounds(), user,
                new DocumentContent(head, "困难重度残疾人家庭无障碍改造竣工验收表", body, BASIS, ""));
    }

    private static void photos(List<Block> body, String heading, String caption, List<CaseAttachments.CaseFile> files) {
        body.add(new Block.Heading(heading));
        if (files.isEmpty()) {
            body.add(Block.Paragraph.of("（未上传照片）"));
        }
        int n = 1;
        for (CaseAttachments.CaseFile file : files) {
            body.add(new Block.Image(caption + "照片 " + n++, file.content()));
        }
    }

    void payment(RetrofitApplication a, RetrofitService.PlanSummary plan, String voucher, String user) {
        FundingSplit s = plan.split();
        issue(DocumentKind.PAYMENT_VOUCHER, a, "ServiceTask_Close", "FIN", user, new DocumentContent(
                "施工单位（批次 " + blankTo(a.getBatchCode(), "—") + "）", "无障碍改造资金拨付凭证", List.of(
                        Block.Table.of(List.of("案号", "拨付金额（元）", "中央", "自治区", "本市", "国库支付凭证号"),
                                List.of(List.of(a.getCaseNumber(), RetrofitService.yuan(plan.total()),
                                        RetrofitService.yuan(s.central()), RetrofitService.yuan(s.region()),
                                        RetrofitService.yuan(s.city()), blankTo(voucher, "—"))))),
                "《保障中小企业款项支付条例》第九条", ""));
    }

    void termination(RetrofitApplication a, String head, String reason, String user) {
        issue(DocumentKind.TERMINATION_NOTICE, a, "ServiceTask_Terminate", user, new DocumentContent(head,
                "无障碍改造终止通知书", List.of(new Block.Paragraph("理由：", "两次竣工验收不合格，" + blankTo(reason, "")),
                        Block.Paragraph.of("改造资金暂停拨付。")), BASIS, REMEDY));
    }

    private void issue(DocumentKind kind, RetrofitApplication a, String step, String user, DocumentContent content) {
        issue(kind, a, step, a.getLeadAgency(), user, content);
    }

    private void issue(DocumentKind kind, RetrofitApplication a, String step, String agency, String user,
            DocumentContent content) {
        documents.issue(new DocumentRequest(kind, agency, a.getCaseNumber(), step, content), user);
    }

    static String reasonText(String code) {
        return switch (code == null ? "" : code) {
            case "GRADE" -> "家庭成员中无持有效一、二级残疾人证者";
            case "NOT_HARDSHIP" -> "经民政部门核实，不属于低保、特困或低收入困难家庭";
            case "HOME_UNSUITABLE" -> "住房不具备改造条件，或未取得产权人同意，或无改造需求";
            case "ALREADY_RETROFITTED" -> "该住房近年已实施残联或适老化改造";
            case "NOT_RESIDENT" -> "不在本市长期居住";
            case "OBJECTION_UPHELD" -> "公示期间异议经核实成立";
            default -> "不符合改造条件";
        };
    }

    private static String satisfactionText(String s) {
        return switch (s == null ? "" : s) {
            case "SATISFIED" -> "满意";
            case "BASICALLY" -> "基本满意";
            case "UNSATISFIED" -> "不满意";
            default -> "—";
        };
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }
}
