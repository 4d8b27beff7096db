package org.tongban.legalaid;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tongban.documents.Block;
import org.tongban.documents.DocumentContent;
import org.tongban.documents.DocumentKind;
import org.tongban.documents.DocumentRequest;
import org.tongban.inbox.RuleRefusal;

/** The texts of the centre's documents (legal-aid.md): what each says, from the case and the step's codes. */
final class LegalAidDocuments {

    static final String AGENCY = "JUSTICE";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    static final String REMEDY_REFUSAL = "如对本决定有异议，可以向二连浩特市司法局提出，司法局自收到异议之日起五日内进行审查并作出决定；"
            + "对司法局的决定不服的，可以依法申请行政复议或者提起行政诉讼。";

    static final Map<String, String> REFUSAL_REASONS = Map.of(
            "NOT_IN_SCOPE", "你申请的事项不属于法律援助法第三十一条规定的法律援助事项范围。",
            "NOT_HARDSHIP", "经审查，你的经济状况不符合自治区规定的经济困难标准，且不属于免予核查经济困难状况的情形。",
            "JURISDICTION", "你申请的事项不属于本机构管辖，请向有管辖权的法律援助机构提出申请。");

    static final Map<String, String> TERMINATION_REASONS = Map.of(
            "FRAUD", "受援人以欺骗或者其他不正当手段获得法律援助（法律援助法第四十八条第一项）。",
            "HIDDEN_FACTS", "受援人故意隐瞒与案件有关的重要事实或者提供虚假证据（第四十八条第二项）。",
            "MISUSE", "受援人利用法律援助从事违法活动（第四十八条第三项）。",
            "MEANS_CHANGED", "受援人的经济状况发生变化，不再符合法律援助条件（第四十八条第四项）。",
            "CASE_ENDED", "案件终止审理或者已被撤销（第四十八条第五项）。",
            "OWN_LAWYER", "受援人自行委托律师或者其他代理人（第四十八条第六项）。",
            "CLIENT_REQUEST", "受援人有正当理由要求终止法律援助（第四十八条第七项）。");

    private LegalAidDocuments() {
    }

    static DocumentRequest acceptance(LegalAidCase c, String step) {
        return request(DocumentKind.ACCEPTANCE_NOTICE, c, step, "法律援助申请受理通知书", List.of(
                Block.Paragraph.of("你于" + DAY.format(c.getReceivedAt()) + "提出的法律援助申请（案件编号" + c.getCaseNumber()
                        + "），经审查，申请材料齐全，本中心决定予以受理。"),
                Block.Paragraph.of("本中心将自收到申请之日起七日内作出是否给予法律援助的决定，并书面告知你。"
                        + "办理期间，你可以凭案件编号拨打12348法律服务热线查询办理进度。")),
                "《中华人民共和国法律援助法》第四十三条。", "");
    }

    static DocumentRequest correction(LegalAidCase c, String step, String missingItems, int supplementDays) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (String item : Arrays.stream(missingItems == null ? new String[0] : missingItems.split("[\\r\\n；;]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            rows.add(List.of(String.valueOf(n++), item));
        }
        if (rows.isEmpty()) {
            throw new RuleRefusal("legalaid.error.missingItems");
        }
        return request(DocumentKind.CORRECTION_NOTICE, c, step, "补正材料一次性告知书", List.of(
                Block.Paragraph.of("你于" + DAY.format(c.getReceivedAt()) + "提出的法律援助申请（案件编号" + c.getCaseNumber()
                        + "），申请材料不齐全。现将需要补正的全部材料一次性告知如下："),
                new Block.Table(List.of("序号", "需要补正的材料"), rows, List.of(1, 8)),
                Block.Paragraph.of("请你自收到本告知书之日起" + supplementDays + "日内补齐上述材料。补正期间不计入审查期限；"
                        + "逾期未补正的，视为撤回申请。")),
                "《中华人民共和国法律援助法》第四十三条；《办理法律援助案件程序规定》（司法部令第148号）。", "");
    }

    static DocumentRequest transfer(LegalAidCase c, String step, String competentOffice) {
        String office = competentOffice == null || competentOffice.isBlank() ? "有管辖权的法律援助机构" : competentOffice.strip();
        return request(DocumentKind.NON_ACCEPTANCE_NOTICE, c, step, "法律援助申请转交告知书", List.of(
                Block.Paragraph.of("你于" + DAY.format(c.getReceivedAt()) + "提出的法律援助申请（案件编号" + c.getCaseNumber()
                        + "）收悉。"),
                new Block.Paragraph("理由：", "经审查，该申请事项不属于本中心管辖。"),
                Block.Paragraph.of("请你向" + office + "提出申请；本中心已将申请材料一并转交。")),
                "《中华人民共和国法律援助法》第三十八条。", "");
    }

    static DocumentRequest granted(LegalAidCase c, String step) {
        return request(DocumentKind.DECISION, c, step, "给予法律援助决定书", List.of(
                Block.Paragraph.of("你于" + DAY.format(c.getReceivedAt()) + "提出的法律援助申请（案件编号" + c.getCaseNumber()
                        + "），经审查，符合法律援助条件。本中心决定给予法律援助。"),
                Block.Paragraph.of("本中心将自本决定作出之日起三日内指派法律援助人员，并将指派情况书面告知你。")),
                "《中华人民共和国法律援助法》第四十二条、第四十三条。", "");
    }

    static DocumentRequest refused(LegalAidCase c, String step, String reasonCode) {
        String reason = REFUSAL_REASONS.get(reasonCode);
        if (reason == null) {
            throw new RuleRefusal("legalaid.error.refusalReason");
        }
        return request(DocumentKind.DECISION, c, step, "不予法律援助决定书", List.of(
                Block.Paragraph.of("你于" + DAY.format(c.getReceivedAt()) + "提出的法律援助申请（案件编号" + c.getCaseNumber()
                        + "），经审查，本中心决定不予法律援助。"),
                new Block.Paragraph("理由：", reason)),
                "《中华人民共和国法律援助法》第四十三条。", REMEDY_REFUSAL);
    }

    static DocumentRequest assignment(LegalAidCase c, String step, String worker, String organisation, String accommodation) {
        List<Block> body = new ArrayList<>(List.of(
                Block.Paragraph.of("根据本中心对你的法律援助申请（案件编号" + c.getCaseNumber() + "）作出的决定，现指派"
                        + organisation + "的" + worker + "为你提供法律援助。"),
                Block.Paragraph.of("法律援助人员将及时与你联系，并向你通报案件办理情况。你对法律援助人员的服务有意见的，"
                        + "可以向二连浩特市司法局投诉，或者申请更换法律援助人员。")));
        String service = switch (accommodation == null ? "NONE" : accommodation) {
            case "SIGN_LANGUAGE" -> "本中心将为你安排手语翻译。";
            case "BRAILLE" -> "本中心将为你提供盲文材料。";
            case "HOME_VISIT" -> "法律援助人员将上门提供服务。";
            case "INTERPRETER" -> "本中心将为你安排蒙古语翻译。";
            default -> "";
        };
        if (!service.isEmpty()) {
            body.add(Block.Paragraph.of(service));
        }
        return request(DocumentKind.ASSIGNMENT_NOTICE, c, step, "指派通知书", body,
                "《中华人民共和国法律援助法》第三十六条、第四十三条、第四十五条。", "");
    }

    static DocumentRequest termination(LegalAidCase c, String step, String reasonCode) {
        String reason = TERMINATION_REASONS.get(reasonCode);
        if (reason == null) {
            throw new RuleRefusal("legalaid.error.terminationReason");
        }
        return request(DocumentKind.TERMINATION_NOTICE, c, step, "终止法律援助决定书", List.of(
                Block.Paragraph.of("本中心对你的法律援助案件（案件编号" + c.getCaseNumber() + "）决定终止法律援助。"),
                new Block.Paragraph("理由：", reason)),
                "《中华人民共和国法律援助法》第四十八条。", REMEDY_REFUSAL);
    }

    private static DocumentRequest request(DocumentKind kind, LegalAidCase c, String step, String title, List<Block> body,
            String basis, String remedy) {
        return new DocumentRequest(kind, AGENCY, c.getCaseNumber(), step,
                new DocumentContent(c.getApplicantName() + "：", title, body, basis, remedy));
    }
}
