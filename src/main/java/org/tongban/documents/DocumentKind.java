package org.tongban.documents;

/**
 * The documents a procedure issues at fixed steps (common.md §1). Each kind has its own number
 * sequence per agency and year; its mark in the number keeps the kinds apart
 * (二残联受〔2026〕3号 and 二残联决〔2026〕3号 are different documents).
 */
public enum DocumentKind {
    ACCEPTANCE_NOTICE("受理通知书", "受"),
    CORRECTION_NOTICE("补正材料一次性告知书", "补"),
    NON_ACCEPTANCE_NOTICE("不予受理通知书", "不受"),
    /** 准予 or 不予; a refusal carries reasons, legal basis and remedy. */
    DECISION("决定书", "决"),
    REVIEW_CONFIRMATION("审核确认书", "审"),
    INSPECTION_FORM("验收表", "验"),
    TERMINATION_NOTICE("终止通知书", "终"),
    /** A referral of a person to an external provider, e.g. 定点康复机构转介单. */
    REFERRAL("转介单", "转"),
    /** A statement of what was billed, approved and paid for a period, e.g. 康复救助结算单. */
    SETTLEMENT_STATEMENT("结算单", "结"),
    PUBLIC_NOTICE("公示", "公"),
    /** An assessment record with a plan and budget, e.g. 入户评估表 (retrofit). */
    ASSESSMENT_FORM("评估表", "评"),
    /** Payment to a contractor or provider, e.g. 拨付凭证 (retrofit). */
    PAYMENT_VOUCHER("拨付凭证", "拨"),
    /** A public announcement such as the yearly 年审通告. */
    ANNOUNCEMENT("通告", "告"),
    /** 警告及限期缴纳通知书 (残疾人就业条例 第27条). */
    WARNING_NOTICE("警告及限期缴纳通知书", "警"),
    /** Names the worker assigned to a case (法律援助 指派通知书). */
    ASSIGNMENT_NOTICE("指派通知书", "指"),
    ELIGIBILITY_FORM("资格审核表", "资"),
    PLACEMENT_NOTICE("安置通知书", "安");

    private final String nameZh;
    private final String mark;

    DocumentKind(String nameZh, String mark) {
        this.nameZh = nameZh;
        this.mark = mark;
    }

    /** The generic Chinese name, e.g. 决定书; the document's own title is more specific. */
    public String nameZh() {
        return nameZh;
    }

    /** The characters after the agency abbreviation in the document number. */
    public String mark() {
        return mark;
    }
}
