#!/usr/bin/env python3
"""Writes the Camunda Forms of rehab-rescue (forms/rehab-rescue/*.form). Forms carry flags, codes
and amounts only: the child's personal data stays in Tongban's tables (ARCHITECTURE principle 2)."""
import json, os

def text(t): return {"type": "text", "text": t}
def field(key, typ, label, label_en, required=True, **kw):
    f = {"key": key, "type": typ, "label": label, "properties": {"labelEn": label_en}}
    if "description" in kw:
        f["properties"]["descriptionEn"] = DESCRIPTIONS_EN[kw["description"]]
    if required or kw.get("validate"):
        f["validate"] = dict(kw.pop("validate", {}), **({"required": True} if required else {}))
    f.update(kw)
    return f
DESCRIPTIONS_EN = {"仅列出市残联名录中服务该儿童残疾类别和救助项目、目前尚有名额的定点机构":
                   "Only institutions on CDPF's list that serve the child's category and services and have a free place"}
def opts(*pairs): return [{"label": zh, "value": v, "labelEn": en} for v, zh, en in pairs]

REFUSALS = opts(("AGE", "年龄不符", "Age"), ("NO_DISABILITY_PROOF", "无残疾证明", "No disability proof"),
                ("NOT_RESIDENT", "非本市户籍/居住证", "Not resident"), ("NO_NEED", "评估无康复需求", "No rehab need"),
                ("DUPLICATE_SERVICE", "已在其他机构接受服务", "Already served elsewhere"),
                ("CATEGORY", "残疾类别不在救助范围", "Category not covered"))
FORMS = {
    "preliminary-review": [text("社区/嘎查专职委员核实申请人家庭情况后提出初审意见。"),
        field("preliminaryOpinion", "textarea", "初审意见", "Preliminary opinion", validate={"minLength": 4, "maxLength": 1000}),
        field("homeVisited", "checkbox", "已入户核实", "Home visited", required=False)],
    "check-completeness": [text("核对监护人同意书、监护关系证明、户籍或居住证、残疾人证或定点医院诊断证明。"),
        field("completeness", "radio", "审查结果", "Result", values=opts(("COMPLETE", "齐全，受理", "Complete: accept"),
              ("INCOMPLETE", "不齐全，一次性告知补正", "Incomplete: one-time notice"), ("OUT_OF_SCOPE", "不属受理范围", "Out of scope"))),
        field("missingMaterials", "textarea", "需补正的全部材料（一次性告知）", "All missing materials (one notice)", required=False,
              validate={"maxLength": 1000}),
        field("outOfScopeReason", "textarea", "不予受理理由", "Reason for not accepting", required=False, validate={"maxLength": 500}),
        field("needsAssessment", "checkbox", "需要卫健部门诊断评估", "Needs assessment by HEALTH", required=False)],
    "assess-child": [text("评估期间其他办理时限暂停。报告存入档案，表单只填结论。"),
        field("needConfirmed", "checkbox", "确有康复需求", "Rehab need confirmed", required=False),
        field("reportNumber", "textfield", "评估报告编号", "Report number", validate={"maxLength": 40})],
    "check-guardianship": [text("仅核实监护与救助身份，不需其他个人信息。"),
        field("guardianshipStatus", "select", "身份", "Status", values=opts(("ORPHAN", "孤儿", "Orphan"),
              ("UNSUPPORTED", "事实无人抚养儿童", "Child without de facto support"),
              ("WELFARE_INSTITUTION", "福利机构养育", "In a welfare institution"), ("NONE", "无上述身份", "None of these")))],
    "check-insurance": [text("核实儿童是否参加基本医疗保险，医保目录内项目由医保先行支付。"),
        field("insured", "radio", "参保情况", "Insurance", values=opts(("YES", "已参保", "Insured"), ("NO", "未参保", "Not insured")))],
    "decide-application": [text("不予救助须选择理由，决定书载明理由和救济途径。"),
        field("approved", "checkbox", "准予救助", "Approve", required=False),
        field("refusalReason", "radio", "不予救助理由", "Reason for refusal", required=False, values=REFUSALS)],
    # The choices come from CDPF's maintained list (RehabChoiceOptions through the inbox): only
    # institutions serving the child's category and services with a free place on the day.
    "choose-institution": [text("登记监护人选择的定点康复机构；市外机构须经市残联审批。"),
        field("institutionCode", "select", "定点康复机构", "Designated institution", valuesKey="institutionOptions",
              description="仅列出市残联名录中服务该儿童残疾类别和救助项目、目前尚有名额的定点机构")],
    "approve-out-of-area": [field("outOfAreaApproved", "checkbox", "批准到市外机构康复", "Approve out-of-area care", required=False),
        field("outOfAreaReason", "textarea", "理由", "Reason", validate={"minLength": 4, "maxLength": 500})],
    "sign-agreement": [text("签订后出具定点机构转介单，服务期和标准以决定为准。"),
        field("agreementSigned", "checkbox", "协议已由监护人和机构签字", "Signed by guardian and institution")],
    "review-bill": [text("审核机构本结算周期费用清单与出勤记录；医保目录内项目金额由医保先行支付。"),
        field("billedAmount", "number", "机构申报金额（元）", "Billed (yuan)", validate={"min": 0, "max": 1000000}),
        field("approvedAmount", "number", "审核确认金额（元）", "Approved (yuan)", validate={"min": 0, "max": 1000000}),
        field("insuredAmount", "number", "其中医保支付（元）", "Of which insured (yuan)", validate={"min": 0, "max": 1000000})],
    "pay-insured-items": [field("insuredPaid", "checkbox", "医保已支付目录内项目", "Insured items paid")],
    "pay-institution": [text("财政部门将审核确认金额扣除医保支付后直接拨付定点机构。"),
        field("paymentReference", "textfield", "拨付凭证号", "Payment reference", validate={"maxLength": 40})],
    "review-renewal": [text("下一服务期开始时儿童须未满15周岁；满15周岁的完成本期后不再续期。"),
        field("renew", "checkbox", "续期一年", "Renew for a year", required=False)],
    "prepare-ageing-out": [text("儿童即将年满15周岁：告知监护人，安排与教育、成人康复服务衔接。"),
        field("transition", "select", "衔接安排", "Transition", values=opts(("EDU", "转介教育部门", "Referred to education"),
              ("ADULT_REHAB", "转入成人基本康复服务", "Adult basic rehabilitation"), ("NONE", "无需衔接", "None needed")))],
    "review-institution-change": [text("同意更换的，原协议终止，重新选择机构并签订协议。"),
        field("changeApproved", "checkbox", "同意更换机构", "Approve the change", required=False),
        field("changeReason", "textarea", "理由", "Reason", validate={"minLength": 4, "maxLength": 500})],
    "terminate-service": [text("迁出本市的于当月月末终止；终止通知书载明原因和救济途径。"),
        field("stopReason", "select", "终止原因", "Reason", values=opts(("MOVED_AWAY", "迁出本市", "Moved away"),
              ("ABSENT", "无故缺勤超过30日", "Absent over 30 days"), ("GUARDIAN_STOPPED", "监护人申请停止", "Guardian stopped")))],
}

os.makedirs("forms/rehab-rescue", exist_ok=True)
for name, comps in FORMS.items():
    out = []
    for i, c in enumerate(comps):
        c = dict(c)
        c["id"] = ("Text_%d" % i) if c["type"] == "text" else "Field_" + c["key"][0].upper() + c["key"][1:]
        out.append({"id": c.pop("id"), **c})
    form = {"id": "rehab-rescue." + name, "type": "default", "schemaVersion": 16, "executionPlatform": "Camunda Platform",
            "executionPlatformVersion": "7.24.0", "exporter": {"name": "Camunda Modeler", "version": "5.40.0"}, "components": out}
    with open(f"forms/rehab-rescue/{name}.form", "w", encoding="utf-8") as fh:
        json.dump(form, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print(len(FORMS), "forms")
