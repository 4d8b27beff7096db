package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongban.documents.Block;
import org.tongban.documents.DocumentContent;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;

/** The review's official documents, issued through the documents service at the steps of quota-review.md. */
@Component
class QuotaReviewDocuments {

    static final String CDPF = "CDPF";
    static final String FIN = "FIN";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String REMEDY = "对本认定不服的，可自收到之日起15个工作日内向本会申请复核；也可自收到之日起60日内向二连浩特市人民政府申请行政复议，"
            + "或者6个月内向人民法院提起行政诉讼。对缴纳金额有异议的，向税务机关提出。";

    private final DocumentService documents;

    QuotaReviewDocuments(DocumentService documents) {
        this.documents = documents;
    }

    /** 年审通告: window, materials and the rules, one per campaign. */
    IssuedDocument announcement(int reviewYear, LocalDate opens, LocalDate closes, String materials, String actor) {
        List<Block> body = List.of(
                Block.Paragraph.of("根据《残疾人就业条例》和《内蒙古自治区按比例安排残疾人就业办法》，现开展" + reviewYear
                        + "年度按比例安排残疾人就业年审工作。"),
                new Block.Paragraph("申报时间：", DATE.format(opens) + "至" + DATE.format(closes) + "。"),
                new Block.Paragraph("申报方式：", "通过网上申报，或到市残联残疾人就业服务机构窗口申报。"),
                new Block.Paragraph("所需材料：", materials),
                Block.Paragraph.of("用人单位安排残疾人就业比例不低于在职职工总数的1.5%。逾期未申报的，视为未安排残疾人就业，"
                        + "按规定核定应缴纳的残疾人就业保障金。"));
        return documents.issue(new DocumentRequest(DocumentKind.ANNOUNCEMENT, CDPF, "QR-NOTICE-" + reviewYear,
                "Campaign_Open", new DocumentContent("", reviewYear + "年度按比例安排残疾人就业年审通告", body,
                        "《残疾人就业条例》第8条、第9条；财税〔2015〕72号", "")), actor);
    }

    IssuedDocument acceptance(Review review, String actor) {
        List<Block> body = List.of(
                Block.Paragraph.of("你单位" + review.getReviewYear() + "年度按比例安排残疾人就业年审申报材料齐全，符合要求，本会决定予以受理。"),
                new Block.Paragraph("申报人数：", review.getRoster().size() + "人；在职职工年平均人数："
                        + plain(review.getHeadcount()) + "人。"),
                Block.Paragraph.of("本会将会同人社部门核实后，自受理之日起10个工作日内作出审核认定。"));
        return issue(DocumentKind.ACCEPTANCE_NOTICE, CDPF, review, "ServiceTask_IssueAcceptanceNotice",
                "按比例安排残疾人就业年审受理通知书", body, "《内蒙古自治区按比例安排残疾人就业办法》第3—4条", "", actor);
    }

    IssuedDocument correction(Review review, String items, String actor) {
        List<Block> body = List.of(
                Block.Paragraph.of("你单位报送的" + review.getReviewYear() + "年度年审申报材料不齐全，请一次性补正以下材料："),
                Block.Paragraph.of(items == null || items.isBlank() ? "（见窗口告知）" : items.strip()),
                Block.Paragraph.of("请于30日内补正。申报期截止后仍未补正的，视为未安排残疾人就业。"));
        return issue(DocumentKind.CORRECTION_NOTICE, CDPF, review, "ServiceTask_IssueCorrectionNotice",
                "补正材料一次性告知书", body, "财税〔2015〕72号", "", actor);
    }

    IssuedDocument nonAcceptance(Review review, String competentBody, String actor) {
        List<Block> body = List.of(
                Block.Paragraph.of("经审查，你单位不属于本市按比例安排残疾人就业年审的管辖范围，本会决定不予受理。"),
                new Block.Paragraph("有管辖权的机关：", competentBody == null || competentBody.isBlank() ? "你单位注册地残疾人联合会" : competentBody.strip()));
        return issue(DocumentKind.NON_ACCEPTANCE_NOTICE, CDPF, review, "ServiceTask_IssueNonAcceptance", "不予受理通知书",
                body, "《内蒙古自治区按比例安排残疾人就业办法》第3条", "对本通知不服的，可自收到之日起60日内向二连浩特市人民政府申请行政复议，或者6个月内向人民法院提起行政诉讼。", actor);
    }

    /** 审核确认书: the figures, the fee and every declared employee, counted with a weight or excluded with the reason. */
    IssuedDocument confirmation(Review review, String step, String actor) {
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.of("经审核，你单位" + (review.getReviewYear() - 1) + "年度安排残疾人就业情况认定如下："));
        if (review.getChannel() == Review.Channel.NONE) {
            body.add(Block.Paragraph.of("你单位未在申报期内申报，视为未安排残疾人就业。"));
        }
        body.add(Block.Table.of(List.of("项目", "认定结果"), List.of(
                List.of("在职职工年平均人数（N）", plain(review.getHeadcount())),
                List.of("工资总额（元）", plain(review.getPayroll())),
                List.of("应安排人数（N×比例）", plain(review.getRequiredCount())),
                List.of("实际安排人数（加权 D）", plain(review.getWeightedCount())),
                List.of("计征工资（元，≤2倍社平工资）", plain(review.getCappedWage())),
                List.of("适用档次", tierText(review.getTier())),
                List.of("应缴残疾人就业保障金（元）", plain(review.getFee())))));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (RosterEntry e : review.getRoster()) {
            rows.add(List.of(String.valueOf(n++), e.maskedCardNumber(), String.valueOf(e.getMonthsEmployed()),
                    e.counted() ? "计入" : "不计入", e.counted() ? String.valueOf(e.getWeight()) : "0",
                    e.counted() ? "" : exclusionText(e.getExclusion())));
        }
        if (!rows.isEmpty()) {
            body.add(new Block.Heading("残疾职工认定明细"));
            body.add(new Block.Table(List.of("序号", "证件号码", "月数", "结果", "计数", "不计入原因"), rows,
                    List.of(2, 7, 2, 3, 2, 6)));
        }
        body.add(Block.Paragraph.of("本确认书所列数据将推送税务机关，据以征收残疾人就业保障金。"));
        String title = step.contains("Revised") ? "按比例安排残疾人就业审核确认书（复核变更）" : "按比例安排残疾人就业审核确认书";
        return issue(DocumentKind.REVIEW_CONFIRMATION, CDPF, review, step, title, body,
                "《残疾人就业条例》第8条；财税〔2015〕72号 第8条；财政部公告2019年第98号；内蒙古自治区残疾人就业保障金征收使用管理办法 第6—8条",
                REMEDY, actor);
    }

    IssuedDocument warning(Review review, LocalDate deadline, String grounds, String actor) {
        List<Block> body = List.of(
                Block.Paragraph.of("你单位未按规定缴纳" + review.getReviewYear() + "年度残疾人就业保障金"
                        + plain(review.amountDue()) + "元。" + (grounds == null ? "" : grounds.strip())),
                Block.Paragraph.of("现予以警告，责令你单位于" + DATE.format(deadline) + "前缴纳。逾期仍不缴纳的，"
                        + "自缴款期限届满次日起按日加收5‰的滞纳金，并记入信用记录。"));
        return issue(DocumentKind.WARNING_NOTICE, FIN, review, "ServiceTask_IssueWarningNotice", "警告及限期缴纳通知书",
                body, "《残疾人就业条例》第27条", "对本通知不服的，可自收到之日起60日内依法申请行政复议，或者6个月内向人民法院提起行政诉讼。", actor);
    }

    IssuedDocument reward(Review review, String amount, String actor) {
        List<Block> body = List.of(
                Block.Paragraph.of("你单位" + (review.getReviewYear() - 1) + "年度安排残疾人就业" + plain(review.getWeightedCount())
                        + "人，超过规定比例（应安排" + plain(review.getRequiredCount()) + "人），符合超比例安排残疾人就业奖励条件。"),
                new Block.Paragraph("奖励金额：", amount + "元，由财政部门拨付。"));
        return issue(DocumentKind.DECISION, CDPF, review, "ServiceTask_IssueRewardDecision", "超比例安排残疾人就业奖励决定书",
                body, "《内蒙古自治区超比例安排残疾人就业奖励办法（试行）》", "", actor);
    }

    private IssuedDocument issue(DocumentKind kind, String agency, Review review, String step, String title, List<Block> body,
            String basis, String remedy, String actor) {
        String recipient = review.getEmployer().getName() + "：";
        return documents.issue(new DocumentRequest(kind, agency, review.getCaseNumber(), step,
                new DocumentContent(recipient, title, body, basis, remedy)), actor);
    }

    static String plain(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    static String tierText(LevyResult.Tier tier) {
        if (tier == null) {
            return "—";
        }
        return switch (tier) {
            case SMALL_ENTERPRISE_EXEMPT -> "在职职工30人（含）以下企业，暂免征收";
            case RATIO_MET -> "达到规定比例，无需缴纳";
            case MID -> "比例1%以上未达1.5%，按50%征收";
            case LOW -> "比例不足1%，按90%征收";
            case FULL -> "全额征收";
        };
    }

    static String exclusionText(ExclusionReason reason) {
        return switch (reason) {
            case NO_VALID_CARD -> "NO_VALID_CARD 无有效残疾人证或残疾军人证";
            case AGE -> "AGE 不在法定就业年龄";
            case CONTRACT_LT_1Y -> "CONTRACT_LT_1Y 劳动合同不满1年";
            case WAGE_LT_MIN -> "WAGE_LT_MIN 工资低于最低工资标准";
            case SOCIAL_INSURANCE -> "SOCIAL_INSURANCE 未足额缴纳社会保险";
            case COUNTED_ELSEWHERE -> "COUNTED_ELSEWHERE 已由其他单位计入";
        };
    }
}
