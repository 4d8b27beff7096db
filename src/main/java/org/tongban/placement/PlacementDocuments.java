package org.tongban.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongban.documents.Block;
import org.tongban.documents.DocumentContent;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;
import org.tongban.documents.PublicNoticeEntry;
import org.tongban.organisation.Organisation;
import org.tongban.people.Person;

/**
 * The official documents of a placement case (welfare-placement.md, issue 7): 受理通知书, 补正材料
 * 一次性告知书, 不予受理通知书, 资格审核表, 不予安置决定书, 公示 (masked), 安置通知书, 补贴拨付凭证, 退岗通知书.
 * Every document names the person by name only; IDs and card numbers appear masked.
 */
@Component
class PlacementDocuments {

    static final String BASIS = "《就业服务与就业管理规定》第39–42条；《就业补助资金管理办法》（财社〔2023〕181号）；"
            + "《二连浩特市“十四五”残疾人事业发展规划》四(一)2";
    static final String REMEDY = "如不服本决定，可自收到之日起60日内向二连浩特市人民政府申请行政复议，"
            + "或者6个月内向人民法院提起行政诉讼。";

    private final DocumentService documents;
    private final Organisation organisation;

    PlacementDocuments(DocumentService documents, Organisation organisation) {
        this.documents = documents;
        this.organisation = organisation;
    }

    IssuedDocument acceptance(WelfareApplication a, Person p, String user) {
        return issue(DocumentKind.ACCEPTANCE_NOTICE, "CDPF", a, "Task_CheckCompleteness", user, new DocumentContent(p.getName(),
                "公益性岗位安置申请受理通知书", List.of(
                        Block.Paragraph.of("你于" + a.getReceivedAt().toLocalDate() + "提交的公益性岗位安置申请（案件编号 "
                                + a.getCaseNumber() + "）材料齐全，符合受理条件，现予受理。"),
                        Block.Paragraph.of("我们将会同人社、民政、市场监管等部门进行资格审核，结果另行告知。")),
                BASIS, ""));
    }

    IssuedDocument correction(WelfareApplication a, Person p, String missing, LocalDate due, String user, int round) {
        return issue(DocumentKind.CORRECTION_NOTICE, "CDPF", a, "Task_CheckCompleteness#" + round, user,
                new DocumentContent(p.getName(), "补正材料一次性告知书", List.of(
                        Block.Paragraph.of("你提交的公益性岗位安置申请（案件编号 " + a.getCaseNumber() + "）材料不全，请补正以下全部材料："),
                        Block.Paragraph.of(missing == null || missing.isBlank() ? "（见退回说明）" : missing),
                        Block.Paragraph.of("请于" + due + "前补正；逾期未补正的，视为撤回申请。")), BASIS, ""));
    }

    IssuedDocument nonAcceptance(WelfareApplication a, Person p, String user) {
        return issue(DocumentKind.NON_ACCEPTANCE_NOTICE, "CDPF", a, "Task_CheckCompleteness", user, new DocumentContent(
                p.getName(), "不予受理通知书", List.of(Block.Paragraph.of("你提交的申请（案件编号 " + a.getCaseNumber()
                        + "）不属于公益性岗位安置的受理范围，不予受理。就业相关事项请向二连浩特市人力资源和社会保障局咨询。")),
                BASIS, REMEDY));
    }

    IssuedDocument eligibilityForm(WelfareApplication a, Person p, PlacementCounter.Count count, String user) {
        int before = count == null ? 0 : count.placements();
        return issue(DocumentKind.ELIGIBILITY_FORM, "HRSS", a, "BusinessRuleTask_Eligibility", user, new DocumentContent("",
                "公益性岗位安置资格审核表", List.of(Block.Table.of(List.of("项目", "审核结果"), List.of(
                        List.of("申请人", p.getName()),
                        List.of("身份证号", p.maskedIdNumber()),
                        List.of("所在社区（嘎查）", unit(a.getGrassRootsUnit())),
                        List.of("残疾人证", "有效（号码已隐去）"),
                        List.of("就业困难人员认定", "已认定"),
                        List.of("社保与经营主体核查", "未就业，未登记经营主体"),
                        List.of("已安置次数", before + " 次（上限 2 次）"),
                        List.of("审核结论", "符合公益性岗位安置条件")))), BASIS, ""));
    }

    IssuedDocument refusal(WelfareApplication a, Person p, String reason, String user) {
        return issue(DocumentKind.DECISION, "HRSS", a, "ServiceTask_Refuse", user, new DocumentContent(p.getName(),
                "不予公益性岗位安置决定书", List.of(
                        Block.Paragraph.of("你的公益性岗位安置申请（案件编号 " + a.getCaseNumber() + "）经审核，决定不予安置。"),
                        new Block.Paragraph("理由：", reasonText(reason)),
                        Block.Paragraph.of("可向二连浩特市残疾人联合会就业服务机构咨询其他就业帮扶。")), BASIS, REMEDY));
    }

    IssuedDocument publicNotice(WelfareApplication a, Person p, WelfarePost post, LocalDate until, String user) {
        return issue(DocumentKind.PUBLIC_NOTICE, "HRSS", a, "ServiceTask_PublishNotice", user, new DocumentContent("",
                "公益性岗位拟安置人员公示", List.of(
                        Block.Paragraph.of("经个人申请、资格审核、人岗匹配和民主评议，拟安置以下人员到公益性岗位，现予公示。"),
                        Block.Table.publicNotice(List.of(new PublicNoticeEntry(p.getName(), unit(a.getGrassRootsUnit()),
                                "公益性岗位：" + post.getTitle(), post.getMonthlyWage()))),
                        Block.Paragraph.of("公示期至" + until + "。对公示对象有异议的，请向二连浩特市人力资源和社会保障局实名反映。")),
                "", ""));
    }

    IssuedDocument placementNotice(WelfareApplication a, Person p, WelfarePost post, Placement pl, String user) {
        return issue(DocumentKind.PLACEMENT_NOTICE, "HRSS", a, "ServiceTask_Place", user, new DocumentContent(p.getName(),
                "公益性岗位安置通知书", List.of(
                        Block.Paragraph.of("经审核和公示，你被安置到公益性岗位（案件编号 " + a.getCaseNumber() + "）。"),
                        Block.Table.of(List.of("项目", "内容"), List.of(
                                List.of("岗位", post == null ? "—" : post.getTitle()),
                                List.of("用人单位", post == null ? "—" : post.getEmployer()),
                                List.of("安置次数", "第 " + pl.getOrdinal() + " 次（累计不超过 2 次）"),
                                List.of("补贴期限", pl.getStartedOn() + " 至 " + pl.getTermEnd()),
                                List.of("月工资（元）", pl.getMonthlyWage().toPlainString())))),
                BASIS, ""));
    }

    IssuedDocument paymentVoucher(WelfareApplication a, int quarter, BigDecimal amount, String reference, String user) {
        return issue(DocumentKind.PAYMENT_VOUCHER, "FIN", a, "ServiceTask_IssuePaymentVoucher#" + quarter, user,
                new DocumentContent("", "公益性岗位补贴拨付凭证", List.of(Block.Table.of(List.of("项目", "内容"), List.of(
                        List.of("案件编号", a.getCaseNumber()),
                        List.of("补贴季度", "第 " + quarter + " 季度"),
                        List.of("拨付金额（元）", amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()),
                        List.of("支付凭证号", reference == null ? "—" : reference)))), "《就业补助资金管理办法》（财社〔2023〕181号）", ""));
    }

    IssuedDocument exitNotice(WelfareApplication a, Person p, String reason, boolean early, String user) {
        String body = early ? "你的公益性岗位安置于今日终止（原因：" + exitText(reason) + "）。本次安置计入累计安置次数。"
                : "你的公益性岗位补贴期限已满，现予退岗。已转介至公共就业服务机构，可继续享受职业介绍、职业培训等就业服务。";
        return issue(DocumentKind.TERMINATION_NOTICE, "HRSS", a, early ? "ServiceTask_Terminate" : "ServiceTask_ExitWithReferral",
                user, new DocumentContent(p.getName(), "公益性岗位退岗通知书", List.of(
                        Block.Paragraph.of("案件编号 " + a.getCaseNumber() + "。"), Block.Paragraph.of(body)), BASIS,
                        early ? REMEDY : ""));
    }

    private IssuedDocument issue(DocumentKind kind, String agency, WelfareApplication a, String step, String user,
            DocumentContent content) {
        return documents.issue(new DocumentRequest(kind, agency, a.getCaseNumber(), step, content), user);
    }

    private String unit(String code) {
        return organisation.find(code).map(u -> u.getNameZh()).orElse(code);
    }

    static String reasonText(String reason) {
        return switch (reason == null ? "" : reason) {
            case "NO_VALID_CARD" -> "未持有有效的《中华人民共和国残疾人证》。";
            case "AGE" -> "未满16周岁或已达到法定退休年龄（劳动法第15条；渐进式延迟法定退休年龄决定）。";
            case "NOT_HARDSHIP" -> "未被认定为就业困难人员，或再次安置时不属于重度、大龄、零就业家庭或低保等特殊困难群体。";
            case "EMPLOYED" -> "经社保或市场主体登记核查，已就业或已登记为经营主体。";
            case "CAP_REACHED" -> "累计安置次数已达2次（二连浩特市“十四五”残疾人事业发展规划 四(一)2），不再安置。";
            case "TERM_NOT_EXPIRED" -> "前次公益性岗位补贴期限尚未届满。";
            case "OBJECTION_UPHELD" -> "公示期间收到的异议经核实成立。";
            default -> "不符合公益性岗位安置条件。";
        };
    }

    static String exitText(String reason) {
        return switch (reason == null ? "" : reason) {
            case "LEFT_POST" -> "离岗，岗位空缺";
            case "OTHER_JOB" -> "实现其他就业";
            case "RETIRED" -> "达到法定退休年龄";
            case "FAILED_ASSESSMENT" -> "考核不合格";
            case "MISCONDUCT" -> "严重违反劳动纪律";
            case "DEATH" -> "死亡";
            case "FRAUD" -> "虚报冒领，已拨付补贴依法追回";
            default -> "其他";
        };
    }
}
