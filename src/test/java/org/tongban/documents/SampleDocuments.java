package org.tongban.documents;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One realistic document of every kind (two decisions: granted and refused), as the procedures
 * will issue them. Names are synthetic; the 公示 list is long enough to run onto a second page.
 */
final class SampleDocuments {

    static final LocalDateTime ISSUED = LocalDateTime.of(2026, 3, 5, 10, 30);

    static final String REMEDY = "如不服本决定，可以自收到本决定书之日起六十日内向二连浩特市人民政府申请行政复议，"
            + "也可以自收到本决定书之日起六个月内直接向二连浩特市人民法院提起行政诉讼。";

    private SampleDocuments() {
    }

    static final Issuer CDPF = new Issuer("CDPF", "二连浩特市残疾人联合会", "二残联");
    static final Issuer HOUSING = new Issuer("HOUSING", "二连浩特市住房和城乡建设局", "二住建");
    static final Issuer HRSS = new Issuer("HRSS", "二连浩特市人力资源和社会保障局", "二人社");
    static final Issuer JUSTICE = new Issuer("JUSTICE", "二连浩特市法律援助中心", "二司法援");

    /** File name (without .pdf) → request; the gallery writes one PDF per entry. */
    static Map<String, DocumentRequest> requests() {
        Map<String, DocumentRequest> all = new LinkedHashMap<>();
        all.put("acceptance-notice", acceptance());
        all.put("correction-notice", correction());
        all.put("non-acceptance-notice", nonAcceptance());
        all.put("decision-granted", decisionGranted());
        all.put("decision-refused", decisionRefused());
        all.put("review-confirmation", reviewConfirmation());
        all.put("inspection-form", inspection());
        all.put("termination-notice", termination());
        all.put("public-notice", publicNotice());
        return all;
    }

    static Issuer issuer(String agencyCode) {
        return switch (agencyCode) {
            case "CDPF" -> CDPF;
            case "HOUSING" -> HOUSING;
            case "HRSS" -> HRSS;
            case "JUSTICE" -> JUSTICE;
            default -> throw new IllegalArgumentException(agencyCode);
        };
    }

    /** The model the service would render, with a fixed number and date. */
    static DocumentModel model(DocumentRequest r, long sequence) {
        Issuer issuer = issuer(r.agencyCode());
        return new DocumentModel(r.kind(), issuer, issuer.number(r.kind(), ISSUED.getYear(), sequence),
                r.caseNumber(), ISSUED, r.content());
    }

    static DocumentRequest acceptance() {
        return new DocumentRequest(DocumentKind.ACCEPTANCE_NOTICE, "CDPF", "RR-2026-000015", "Task_CheckApplication",
                new DocumentContent("乌力吉（监护人）：", "残疾儿童康复救助申请受理通知书", List.of(
                        Block.Paragraph.of("你于2026年3月2日为其其格提出的残疾儿童康复救助申请（案件编号RR-2026-000015），"
                                + "经审查，申请材料齐全，符合法定形式，本机关决定予以受理。"),
                        Block.Paragraph.of("本机关将自受理之次日起二十个工作日内作出是否给予救助的决定。"
                                + "因评估需要组织诊断或者评估的，所需时间不计入办理期限，本机关将另行书面告知。"),
                        Block.Paragraph.of("办理期间，你可以凭案件编号通过“通办”平台、拨打残疾人服务热线12385"
                                + "或者到二连浩特市政务服务中心残联窗口查询办理进度。")),
                        "参照《中华人民共和国行政许可法》第三十二条；《残疾预防和残疾人康复条例》第二十三条。", ""));
    }

    static DocumentRequest correction() {
        return new DocumentRequest(DocumentKind.CORRECTION_NOTICE, "HOUSING", "RT-2026-000031", "Task_CheckApplication",
                new DocumentContent("那仁：", "补正材料一次性告知书", List.of(
                        Block.Paragraph.of("你于2026年2月26日提出的困难重度残疾人家庭无障碍改造申请（案件编号RT-2026-000031），"
                                + "经审查，申请材料不齐全。现将需要补正的全部材料一次性告知如下："),
                        new Block.Table(List.of("序号", "需要补正的材料", "具体要求"), List.of(
                                List.of("1", "房屋产权证明或者租赁合同", "提供复印件，并携带原件核对；租赁住房的，须附房屋所有权人同意改造的书面意见"),
                                List.of("2", "家庭经济状况证明", "由第三社区出具，写明家庭人口、收入来源及是否享受最低生活保障"),
                                List.of("3", "改造需求确认表", "申请人或者监护人签字确认，注明卫生间扶手、坡道等具体改造项目")),
                                List.of(1, 4, 7)),
                        Block.Paragraph.of("请你自收到本告知书之日起30日内一次性补齐上述材料。补正期间不计入办理时限；"
                                + "逾期未补正的，视为撤回申请。"),
                        Block.Paragraph.of("补正材料可以交到第三社区残疾人专职委员，也可以直接送到二连浩特市住房和城乡建设局。")),
                        "参照《中华人民共和国行政许可法》第三十二条第一款第四项。", ""));
    }

    static DocumentRequest nonAcceptance() {
        return new DocumentRequest(DocumentKind.NON_ACCEPTANCE_NOTICE, "HRSS", "PL-2026-000007", "Task_CheckApplication",
                new DocumentContent("朝鲁：", "不予受理通知书", List.of(
                        Block.Paragraph.of("你于2026年3月3日提出的残疾人就业安置申请（案件编号PL-2026-000007）收悉。"),
                        new Block.Paragraph("理由：", "经审查，你的户籍所在地为锡林浩特市，该申请事项不属于本机关的职权范围。"),
                        Block.Paragraph.of("依照有关规定，本机关决定不予受理。你可以向锡林浩特市人力资源和社会保障局提出申请。")),
                        "《中华人民共和国行政许可法》第三十二条第一款第二项。",
                        "如对本通知不服，可以自收到本通知书之日起六十日内向二连浩特市人民政府申请行政复议，"
                                + "也可以自收到本通知书之日起六个月内向二连浩特市人民法院提起行政诉讼。"));
    }

    static DocumentRequest decisionGranted() {
        return new DocumentRequest(DocumentKind.DECISION, "HOUSING", "RT-2026-000012", "Task_Decide",
                new DocumentContent("额尔敦：", "准予无障碍改造补贴决定书", List.of(
                        Block.Paragraph.of("你于2026年1月20日提出的困难重度残疾人家庭无障碍改造申请（案件编号RT-2026-000012），"
                                + "经入户评估和审核，符合改造条件。本机关决定准予改造，并给予补贴。"),
                        new Block.Heading("一、改造项目和补贴标准"),
                        new Block.Table(List.of("序号", "改造项目", "数量", "补贴金额（元）"), List.of(
                                List.of("1", "卫生间安装扶手及防滑处理", "1处", "1,200.00"),
                                List.of("2", "入户门口坡道改造", "1处", "2,300.00"),
                                List.of("3", "厨房灶台高度调整", "1处", "1,500.00"),
                                List.of("", "合计", "", "5,000.00")),
                                List.of(1, 6, 2, 3)),
                        new Block.Heading("二、实施要求"),
                        Block.Paragraph.of("施工单位应当自本决定送达之日起60日内完成改造。完工后，本机关会同第四嘎查组织验收；"
                                + "验收合格的，补贴资金由二连浩特市财政局直接拨付至施工单位。")),
                        "《无障碍环境建设法》第十八条；《二连浩特市困难重度残疾人家庭无障碍改造实施方案》。", REMEDY));
    }

    static DocumentRequest decisionRefused() {
        return new DocumentRequest(DocumentKind.DECISION, "JUSTICE", "LA-2026-000019", "Task_Decide",
                new DocumentContent("宝音：", "不予法律援助决定书", List.of(
                        Block.Paragraph.of("你于2026年2月28日申请法律援助（案件编号LA-2026-000019），请求就劳动报酬争议提供代理。"),
                        new Block.Paragraph("理由：", "经审查，你家庭人均月收入为4,860元，高于本地区经济困难标准，"
                                + "且本案不属于免予核查经济困难状况的情形。"),
                        Block.Paragraph.of("本机关决定不予法律援助。你可以通过12348公共法律服务热线获得免费法律咨询。")),
                        "《中华人民共和国法律援助法》第三十四条、第四十一条、第四十三条。",
                        "如对本决定有异议，可以自收到本决定书之日起五日内向二连浩特市司法局提出。"
                                + "对司法局维持本决定不服的，可以依法申请行政复议或者提起行政诉讼。"));
    }

    static DocumentRequest reviewConfirmation() {
        return new DocumentRequest(DocumentKind.REVIEW_CONFIRMATION, "CDPF", "QR-2026-000044", "Task_Confirm",
                new DocumentContent("二连浩特市北疆商贸有限公司：", "2025年度按比例安排残疾人就业审核确认书", List.of(
                        Block.Paragraph.of("经审核，你单位2025年度按比例安排残疾人就业情况如下："),
                        new Block.Table(List.of(), List.of(
                                List.of("在职职工年平均人数", "86人"),
                                List.of("安排残疾人就业人数", "1人（其中按两人计算0人）"),
                                List.of("实际安排比例", "1.16%"),
                                List.of("规定比例", "1.5%"),
                                List.of("应安排而未安排人数", "0.29人"),
                                List.of("上年度在职职工年平均工资", "68,400.00元"),
                                List.of("应缴残疾人就业保障金", "19,836.00元")),
                                List.of(5, 6)),
                        Block.Paragraph.of("请你单位凭本确认书向国家税务总局二连浩特市税务局申报缴纳残疾人就业保障金。"
                                + "对审核结果有异议的，可以自收到本确认书之日起十五个工作日内申请复核。")),
                        "《残疾人就业条例》第八条、第九条；《残疾人就业保障金征收使用管理办法》第六条。", ""));
    }

    static DocumentRequest inspection() {
        return new DocumentRequest(DocumentKind.INSPECTION_FORM, "HOUSING", "RT-2026-000012", "Task_Inspect",
                new DocumentContent("", "困难重度残疾人家庭无障碍改造验收表", List.of(
                        new Block.Table(List.of(), List.of(
                                List.of("改造对象", "额尔敦", "所在嘎查", "第四嘎查"),
                                List.of("施工单位", "二连浩特市安居建筑工程有限公司", "完工日期", "2026年3月2日")),
                                List.of(2, 4, 2, 3)),
                        new Block.Table(List.of("序号", "验收项目", "验收标准", "结果"), List.of(
                                List.of("1", "卫生间扶手", "安装牢固，高度850毫米，能承受100公斤拉力", "合格"),
                                List.of("2", "入户坡道", "坡度不大于1:12，两侧设护栏，表面防滑", "合格"),
                                List.of("3", "灶台高度", "台面高度750毫米，下部留有轮椅进入空间", "合格")),
                                List.of(1, 3, 7, 2)),
                        new Block.Paragraph("验收结论：", "改造项目已按批准的方案全部完成，质量合格，同意验收。"),
                        new Block.Table(List.of(), List.of(
                                List.of("验收人员（签字）", "", "改造对象或者监护人（签字）", "")),
                                List.of(3, 3, 4, 3))),
                        "", ""));
    }

    static DocumentRequest termination() {
        return new DocumentRequest(DocumentKind.TERMINATION_NOTICE, "CDPF", "RR-2026-000008", "Task_Terminate",
                new DocumentContent("斯琴（监护人）：", "终止残疾儿童康复救助通知书", List.of(
                        Block.Paragraph.of("你为苏日娜申请的残疾儿童康复救助（案件编号RR-2026-000008），"
                                + "已于2026年1月8日决定给予救助，并安排在定点康复机构接受康复训练。"),
                        new Block.Paragraph("终止原因：", "（代码T03）救助对象已随家庭迁往呼和浩特市居住，"
                                + "并已在迁入地获得同类救助。"),
                        Block.Paragraph.of("本机关决定自2026年3月1日起终止本次康复救助。已发生的康复训练费用按规定结算，不需退还。")),
                        "《残疾预防和残疾人康复条例》第二十五条；《内蒙古自治区残疾儿童康复救助制度实施办法》。", REMEDY));
    }

    static DocumentRequest publicNotice() {
        String[] names = {"王伟", "李秀英", "张明华", "巴特尔", "其其格", "刘建国", "陈丽", "杨志成", "赵淑珍", "黄海燕",
            "周德福", "吴金凤", "徐晓东", "孙桂英", "马永庆", "朱春林", "胡慧", "郭冬梅", "何斌", "高欣怡",
            "林佳琪", "罗浩", "郑雪梅", "梁文辉", "谢鹏飞", "宋玉兰", "唐俊", "许宁", "韩晨阳", "娜仁花"};
        String[] units = {"第一社区", "第二社区", "第三社区", "第四社区", "第五社区", "第六社区", "第七社区", "第八社区",
            "第一嘎查", "第二嘎查", "第三嘎查", "第四嘎查", "第五嘎查"};
        List<PublicNoticeEntry> entries = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            entries.add(new PublicNoticeEntry(name, units[i % units.length], "无障碍改造补贴",
                    BigDecimal.valueOf(3000 + (i % 5) * 500)));
        }
        return new DocumentRequest(DocumentKind.PUBLIC_NOTICE, "HOUSING", "RT-2026-000050", "Task_Publish",
                new DocumentContent("", "2026年第一批困难重度残疾人家庭无障碍改造补贴对象公示", List.of(
                        Block.Paragraph.of("根据《二连浩特市困难重度残疾人家庭无障碍改造实施方案》，经社区（嘎查）初审、"
                                + "入户评估和本机关审核，拟对以下30户困难重度残疾人家庭给予无障碍改造补贴，现予公示。"),
                        Block.Table.publicNotice(entries),
                        Block.Paragraph.of("公示期为2026年3月6日至2026年3月12日（5个工作日）。公示期间，任何单位和个人如有异议，"
                                + "可以书面向二连浩特市住房和城乡建设局反映，并提供联系方式和相关证据。"),
                        Block.Paragraph.of("联系电话：0479-7522345（工作日8:30—12:00，14:30—17:30）。")),
                        "《中华人民共和国个人信息保护法》第十三条、第二十五条。", ""));
    }
}
