#!/usr/bin/env python3
"""Writes processes/quota-review/quota-review.bpmn: semantics and a complete diagram (DI) laid out
on a grid of lanes, rows and columns, so that every shape and edge has coordinates the Modeler keeps."""
import sys
from xml.sax.saxutils import escape

LANES = [  # id, name, agency, rows
    ("Lane_Cdpf", "市残联（残疾人就业服务机构）", 5),
    ("Lane_Hrss", "人社局", 1),
    ("Lane_Tax", "税务局", 2),
    ("Lane_Fin", "财政局", 2),
]
ROW_H, TOP, LEFT, COL_W, X0 = 110, 80, 120, 140, 260
lane_top, y = {}, TOP
for lid, _, rows in LANES:
    lane_top[lid] = y
    y += rows * ROW_H + 20
POOL_BOTTOM = y

def cy(lane, row):
    return lane_top[lane] + 10 + ROW_H // 2 + row * ROW_H

def cx(col):
    return X0 + col * COL_W

SIZE = {"task": (100, 80), "gw": (50, 50), "ev": (36, 36)}
nodes = {}  # id -> dict(kind, x, y, lane, xml)
order = []

def node(nid, kind, lane, col, row, xml):
    w, h = SIZE[kind]
    nodes[nid] = dict(kind=kind, cx=cx(col), cy=cy(lane, row), w=w, h=h, lane=lane, xml=xml)
    order.append(nid)

def b(nid):  # bounds
    n = nodes[nid]
    return n["cx"] - n["w"] // 2, n["cy"] - n["h"] // 2, n["w"], n["h"]

def left(nid):
    n = nodes[nid]; return (n["cx"] - n["w"] // 2, n["cy"])
def right(nid):
    n = nodes[nid]; return (n["cx"] + n["w"] // 2, n["cy"])
def top(nid):
    n = nodes[nid]; return (n["cx"], n["cy"] - n["h"] // 2)
def bottom(nid):
    n = nodes[nid]; return (n["cx"], n["cy"] + n["h"] // 2)

boundaries = {}  # id -> (host, dx, side, xml)
def boundary(bid, host, dx, side, xml):
    h = nodes[host]
    x = h["cx"] - h["w"] // 2 + dx
    yy = h["cy"] - h["h"] // 2 if side == "top" else h["cy"] + h["h"] // 2
    nodes[bid] = dict(kind="ev", cx=x, cy=yy, w=36, h=36, lane=h["lane"], xml=xml, boundary=True)
    order.append(bid)

flows = []  # id, src, tgt, name, cond, waypoints
def flow(fid, src, tgt, pts, name=None, cond=None):
    flows.append((fid, src, tgt, name, cond, pts))

def ut(nid, name, group, form, extra=""):
    ret = ""
    return (f'<bpmn:userTask id="{nid}" name="{name}" camunda:candidateGroups="{group}" '
            f'camunda:formRef="quota-review.{form}" camunda:formRefBinding="deployment">{extra}')
def st(nid, name, expr):
    return f'<bpmn:serviceTask id="{nid}" name="{name}" camunda:expression="${{quotaReviewSteps.{expr}(execution)}}">'
def listener(event, method):
    return f'<camunda:taskListener event="{event}" expression="${{quotaReviewSteps.{method}(task)}}" />'
def ext(*parts, returnable=False):
    props = ('<camunda:properties><camunda:property name="tongban.returnable" value="true" /></camunda:properties>'
             if returnable else "")
    return f'<bpmn:extensionElements>{props}{"".join(parts)}</bpmn:extensionElements>'
def timer(expr):
    return f'<bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{{expr}}}</bpmn:timeDate></bpmn:timerEventDefinition>'

C, H, T, F = "Lane_Cdpf", "Lane_Hrss", "Lane_Tax", "Lane_Fin"
# ---- nodes (grid positions) ----
node("StartEvent_ReviewStarted", "ev", C, 0, 2, '<bpmn:startEvent id="StartEvent_ReviewStarted" name="年审已启动">')
node("ReceiveTask_AwaitDeclaration", "task", C, 1, 2,
     '<bpmn:receiveTask id="ReceiveTask_AwaitDeclaration" name="等待用人单位申报" messageRef="Message_Declared">')
boundary("BoundaryEvent_FirstReminder", "ReceiveTask_AwaitDeclaration", 20, "top",
         '<bpmn:boundaryEvent id="BoundaryEvent_FirstReminder" name="截止前30日" cancelActivity="false" attachedToRef="ReceiveTask_AwaitDeclaration">' + timer("firstReminderAt"))
boundary("BoundaryEvent_SecondReminder", "ReceiveTask_AwaitDeclaration", 75, "top",
         '<bpmn:boundaryEvent id="BoundaryEvent_SecondReminder" name="截止前7日" cancelActivity="false" attachedToRef="ReceiveTask_AwaitDeclaration">' + timer("secondReminderAt"))
boundary("BoundaryEvent_WindowClosed", "ReceiveTask_AwaitDeclaration", 50, "bottom",
         '<bpmn:boundaryEvent id="BoundaryEvent_WindowClosed" name="申报期截止" attachedToRef="ReceiveTask_AwaitDeclaration">' + timer("windowClosesAt"))
node("ServiceTask_SendFirstReminder", "task", C, 2, 0, st("ServiceTask_SendFirstReminder", "提醒未申报单位（30日）", "sendReminder"))
node("EndEvent_FirstReminderSent", "ev", C, 3, 0, '<bpmn:endEvent id="EndEvent_FirstReminderSent" name="已提醒">')
node("ServiceTask_SendSecondReminder", "task", C, 2, 1, st("ServiceTask_SendSecondReminder", "提醒未申报单位（7日）", "sendReminder"))
node("EndEvent_SecondReminderSent", "ev", C, 3, 1, '<bpmn:endEvent id="EndEvent_SecondReminderSent" name="已提醒">')
node("Gateway_DeclarationReceived", "gw", C, 2, 2, '<bpmn:exclusiveGateway id="Gateway_DeclarationReceived" name="申报或补正已收到">')
node("Task_CheckDeclaration", "task", C, 3, 2, ut("Task_CheckDeclaration", "受理审查", "CDPF", "check-declaration",
     ext(returnable=True)))
node("Gateway_IntakeOutcome", "gw", C, 4, 2, '<bpmn:exclusiveGateway id="Gateway_IntakeOutcome" name="受理？" default="Flow_Accepted">')
node("ServiceTask_IssueCorrectionNotice", "task", C, 6, 3, st("ServiceTask_IssueCorrectionNotice", "出具一次性告知书", "issueCorrectionNotice"))
node("ReceiveTask_AwaitSupplement", "task", C, 7, 3,
     '<bpmn:receiveTask id="ReceiveTask_AwaitSupplement" name="等待补正材料" messageRef="Message_Declared">')
boundary("BoundaryEvent_SupplementExpired", "ReceiveTask_AwaitSupplement", 80, "bottom",
         '<bpmn:boundaryEvent id="BoundaryEvent_SupplementExpired" name="补正期满" attachedToRef="ReceiveTask_AwaitSupplement">' + timer("supplementEndsAt"))
node("ServiceTask_IssueNonAcceptance", "task", C, 5, 1, st("ServiceTask_IssueNonAcceptance", "出具不予受理通知书", "issueNonAcceptance"))
node("EndEvent_NotAccepted", "ev", C, 6, 1, '<bpmn:endEvent id="EndEvent_NotAccepted" name="不予受理">')
node("ServiceTask_IssueAcceptanceNotice", "task", C, 5, 2, st("ServiceTask_IssueAcceptanceNotice", "出具受理通知书", "issueAcceptanceNotice"))
node("Task_VerifySocialInsurance", "task", H, 6, 0, ut("Task_VerifySocialInsurance", "协查社保和工资", "HRSS", "verify-social-insurance",
     ext(listener("complete", "applyInsuranceFindings"))))
node("Gateway_NoDeclaration", "gw", C, 8, 4, '<bpmn:exclusiveGateway id="Gateway_NoDeclaration" name="未按期申报">')
node("ServiceTask_TreatAsNoneEmployed", "task", C, 9, 4, st("ServiceTask_TreatAsNoneEmployed", "视为未安排残疾人就业", "treatAsNone"))
node("Gateway_FiguresReady", "gw", C, 10, 2, '<bpmn:exclusiveGateway id="Gateway_FiguresReady" name="进入审核认定">')
node("ServiceTask_CalculateLevy", "task", C, 11, 2, st("ServiceTask_CalculateLevy", "计算应缴残保金", "calculateLevy"))
node("Task_CertifyReview", "task", C, 12, 2, ut("Task_CertifyReview", "审核认定", "CDPF", "certify-review",
     ext(listener("complete", "certify"))))
node("ServiceTask_IssueConfirmation", "task", C, 13, 2, st("ServiceTask_IssueConfirmation", "出具审核确认书", "issueConfirmation"))
node("Gateway_ObjectionWindow", "gw", C, 14, 2, '<bpmn:eventBasedGateway id="Gateway_ObjectionWindow" name="复核申请期">')
node("CatchEvent_ObjectionFiled", "ev", C, 15, 1,
     '<bpmn:intermediateCatchEvent id="CatchEvent_ObjectionFiled" name="收到复核申请"><bpmn:messageEventDefinition messageRef="Message_Objection" />')
node("CatchEvent_ObjectionPeriodEnded", "ev", C, 15, 2,
     '<bpmn:intermediateCatchEvent id="CatchEvent_ObjectionPeriodEnded" name="复核申请期满">' + timer("objectionEndsAt"))
node("Task_ReexamineReview", "task", C, 16, 1, ut("Task_ReexamineReview", "复核（另一经办人）", "CDPF", "reexamine-review",
     ext(listener("assignment", "checkReexaminer"), listener("complete", "reexamine"))))
node("Gateway_ReexaminationOutcome", "gw", C, 17, 1,
     '<bpmn:exclusiveGateway id="Gateway_ReexaminationOutcome" name="复核结果？" default="Flow_Upheld">')
node("ServiceTask_IssueRevisedConfirmation", "task", C, 18, 1,
     st("ServiceTask_IssueRevisedConfirmation", "出具变更后的审核确认书", "issueRevisedConfirmation"))
node("Gateway_ReexaminationDone", "gw", C, 19, 1, '<bpmn:exclusiveGateway id="Gateway_ReexaminationDone" name="复核已办结">')
node("Gateway_Certified", "gw", C, 19, 2, '<bpmn:exclusiveGateway id="Gateway_Certified" name="认定结果已确定">')
node("Gateway_FeeDue", "gw", C, 20, 2, '<bpmn:exclusiveGateway id="Gateway_FeeDue" name="应缴残保金？" default="Flow_NoFee">')
node("Task_HandOverToTax", "task", C, 21, 2, ut("Task_HandOverToTax", "移交核定数据至税务", "CDPF", "hand-over-to-tax"))
node("ServiceTask_SetPaymentDeadline", "task", C, 22, 2, st("ServiceTask_SetPaymentDeadline", "确定缴款期限", "setPaymentDeadline"))
node("Gateway_ReliefRequested", "gw", C, 23, 2,
     '<bpmn:exclusiveGateway id="Gateway_ReliefRequested" name="申请减免或缓缴？" default="Flow_NoRelief">')
node("Task_DecideRelief", "task", F, 24, 0, ut("Task_DecideRelief", "减免缓缴审批", "FIN", "decide-relief",
     ext(listener("complete", "decideRelief"))))
node("Gateway_ReliefDone", "gw", C, 25, 2, '<bpmn:exclusiveGateway id="Gateway_ReliefDone" name="减免缓缴已定">')
node("Task_CollectLevy", "task", T, 26, 0, ut("Task_CollectLevy", "征收残保金并确认缴款", "TAX", "collect-levy"))
boundary("BoundaryEvent_PaymentOverdue", "Task_CollectLevy", 50, "bottom",
         '<bpmn:boundaryEvent id="BoundaryEvent_PaymentOverdue" name="缴款期限届满" attachedToRef="Task_CollectLevy">' + timer("paymentDueAt"))
node("Gateway_Paid", "gw", T, 27, 0, '<bpmn:exclusiveGateway id="Gateway_Paid" name="已缴款？" default="Flow_Paid">')
node("EndEvent_LevyPaid", "ev", T, 28, 0, '<bpmn:endEvent id="EndEvent_LevyPaid" name="已缴款办结">')
node("Gateway_NonPayment", "gw", F, 27, 0, '<bpmn:exclusiveGateway id="Gateway_NonPayment" name="未按期缴纳">')
node("Task_IssueWarning", "task", F, 28, 0, ut("Task_IssueWarning", "警告并限期缴纳", "FIN", "issue-warning"))
node("ServiceTask_IssueWarningNotice", "task", F, 29, 0,
     st("ServiceTask_IssueWarningNotice", "出具警告及限期缴纳通知书", "issueWarningNotice"))
node("Task_ConfirmLatePayment", "task", T, 30, 1, ut("Task_ConfirmLatePayment", "确认补缴及滞纳金", "TAX", "confirm-late-payment"))
boundary("BoundaryEvent_WarningExpired", "Task_ConfirmLatePayment", 50, "bottom",
         '<bpmn:boundaryEvent id="BoundaryEvent_WarningExpired" name="限期届满" attachedToRef="Task_ConfirmLatePayment">' + timer("warningDueAt"))
node("Gateway_PaidAfterWarning", "gw", T, 31, 1,
     '<bpmn:exclusiveGateway id="Gateway_PaidAfterWarning" name="已补缴？" default="Flow_PaidLate">')
node("ServiceTask_ChargeLateFee", "task", T, 32, 1, st("ServiceTask_ChargeLateFee", "计收滞纳金", "chargeLateFee"))
node("EndEvent_PaidWithLateFee", "ev", T, 33, 1, '<bpmn:endEvent id="EndEvent_PaidWithLateFee" name="补缴办结">')
node("Gateway_CreditRecord", "gw", F, 31, 1, '<bpmn:exclusiveGateway id="Gateway_CreditRecord" name="拒不缴纳">')
node("ServiceTask_RecordCredit", "task", F, 32, 1, st("ServiceTask_RecordCredit", "记入信用记录", "recordCredit"))
node("EndEvent_CreditRecorded", "ev", F, 33, 1, '<bpmn:endEvent id="EndEvent_CreditRecorded" name="已记入信用记录">')
node("Gateway_RewardProposed", "gw", C, 20, 4,
     '<bpmn:exclusiveGateway id="Gateway_RewardProposed" name="符合超比例奖励条件？" default="Flow_NoReward">')
node("EndEvent_NoFeeClosed", "ev", H, 20, 0, '<bpmn:endEvent id="EndEvent_NoFeeClosed" name="无需缴纳办结">')
node("Task_ReviewReward", "task", C, 21, 4, ut("Task_ReviewReward", "审核超比例奖励", "CDPF", "review-reward"))
node("Gateway_RewardApproved", "gw", C, 22, 4,
     '<bpmn:exclusiveGateway id="Gateway_RewardApproved" name="给予奖励？" default="Flow_RewardRefused">')
node("EndEvent_RewardRefused", "ev", C, 22, 3, '<bpmn:endEvent id="EndEvent_RewardRefused" name="不予奖励办结">')
node("ServiceTask_IssueRewardDecision", "task", H, 22, 0, st("ServiceTask_IssueRewardDecision", "出具奖励决定", "issueRewardDecision"))
node("Task_PayReward", "task", F, 22, 1, ut("Task_PayReward", "拨付奖励资金", "FIN", "pay-reward"))
node("EndEvent_Rewarded", "ev", F, 23, 1, '<bpmn:endEvent id="EndEvent_Rewarded" name="已奖励办结">')

# ---- flows ----
def hline(a, bb):
    return [right(a), left(bb)]
def down_right(a, bb, via=None):  # leave a at bottom, go down to b's row, then right into b
    s = bottom(a); t = left(bb); return [s, (s[0], t[1]), t]
def up_right(a, bb):
    s = top(a); t = left(bb); return [s, (s[0], t[1]), t]
def right_down(a, bb):
    s = right(a); t = top(bb); return [s, (t[0], s[1]), t]
def right_up(a, bb):
    s = right(a); t = bottom(bb); return [s, (t[0], s[1]), t]

flow("Flow_ToAwaitDeclaration", "StartEvent_ReviewStarted", "ReceiveTask_AwaitDeclaration", hline("StartEvent_ReviewStarted", "ReceiveTask_AwaitDeclaration"))
flow("Flow_FirstReminder", "BoundaryEvent_FirstReminder", "ServiceTask_SendFirstReminder", up_right("BoundaryEvent_FirstReminder", "ServiceTask_SendFirstReminder"))
flow("Flow_SecondReminder", "BoundaryEvent_SecondReminder", "ServiceTask_SendSecondReminder", up_right("BoundaryEvent_SecondReminder", "ServiceTask_SendSecondReminder"))
flow("Flow_FirstReminderSent", "ServiceTask_SendFirstReminder", "EndEvent_FirstReminderSent", hline("ServiceTask_SendFirstReminder", "EndEvent_FirstReminderSent"))
flow("Flow_SecondReminderSent", "ServiceTask_SendSecondReminder", "EndEvent_SecondReminderSent", hline("ServiceTask_SendSecondReminder", "EndEvent_SecondReminderSent"))
flow("Flow_Declared", "ReceiveTask_AwaitDeclaration", "Gateway_DeclarationReceived", hline("ReceiveTask_AwaitDeclaration", "Gateway_DeclarationReceived"))
flow("Flow_ToCheckDeclaration", "Gateway_DeclarationReceived", "Task_CheckDeclaration", hline("Gateway_DeclarationReceived", "Task_CheckDeclaration"))
flow("Flow_ToIntakeOutcome", "Task_CheckDeclaration", "Gateway_IntakeOutcome", hline("Task_CheckDeclaration", "Gateway_IntakeOutcome"))
flow("Flow_Returned", "Gateway_IntakeOutcome", "ServiceTask_IssueCorrectionNotice", down_right("Gateway_IntakeOutcome", "ServiceTask_IssueCorrectionNotice"),
     "退回补正", "${execution.getVariable('returned') == true}")
flow("Flow_NotAccepted", "Gateway_IntakeOutcome", "ServiceTask_IssueNonAcceptance", up_right("Gateway_IntakeOutcome", "ServiceTask_IssueNonAcceptance"),
     "不予受理", "${execution.getVariable('returned') != true and execution.getVariable('notInJurisdiction') == true}")
flow("Flow_Accepted", "Gateway_IntakeOutcome", "ServiceTask_IssueAcceptanceNotice", hline("Gateway_IntakeOutcome", "ServiceTask_IssueAcceptanceNotice"), "受理")
flow("Flow_ToAwaitSupplement", "ServiceTask_IssueCorrectionNotice", "ReceiveTask_AwaitSupplement", hline("ServiceTask_IssueCorrectionNotice", "ReceiveTask_AwaitSupplement"))
sb = bottom("ReceiveTask_AwaitSupplement"); gb = bottom("Gateway_DeclarationReceived")
flow("Flow_Supplemented", "ReceiveTask_AwaitSupplement", "Gateway_DeclarationReceived",
     [(sb[0] - 30, sb[1]), (sb[0] - 30, sb[1] + 20), (gb[0], sb[1] + 20), gb])
flow("Flow_NotAcceptedNoticeIssued", "ServiceTask_IssueNonAcceptance", "EndEvent_NotAccepted", hline("ServiceTask_IssueNonAcceptance", "EndEvent_NotAccepted"))
flow("Flow_ToVerifySocialInsurance", "ServiceTask_IssueAcceptanceNotice", "Task_VerifySocialInsurance", down_right("ServiceTask_IssueAcceptanceNotice", "Task_VerifySocialInsurance"))
wb = bottom("BoundaryEvent_WindowClosed"); ng = bottom("Gateway_NoDeclaration")
flow("Flow_WindowClosed", "BoundaryEvent_WindowClosed", "Gateway_NoDeclaration",
     [wb, (wb[0], ng[1] + 30), (ng[0], ng[1] + 30), ng])
flow("Flow_SupplementExpired", "BoundaryEvent_SupplementExpired", "Gateway_NoDeclaration", down_right("BoundaryEvent_SupplementExpired", "Gateway_NoDeclaration"))
flow("Flow_ToTreatAsNone", "Gateway_NoDeclaration", "ServiceTask_TreatAsNoneEmployed", hline("Gateway_NoDeclaration", "ServiceTask_TreatAsNoneEmployed"))
flow("Flow_TreatedAsNone", "ServiceTask_TreatAsNoneEmployed", "Gateway_FiguresReady", up_right("ServiceTask_TreatAsNoneEmployed", "Gateway_FiguresReady"))
flow("Flow_Verified", "Task_VerifySocialInsurance", "Gateway_FiguresReady", right_up("Task_VerifySocialInsurance", "Gateway_FiguresReady"))
flow("Flow_ToCalculateLevy", "Gateway_FiguresReady", "ServiceTask_CalculateLevy", hline("Gateway_FiguresReady", "ServiceTask_CalculateLevy"))
flow("Flow_ToCertify", "ServiceTask_CalculateLevy", "Task_CertifyReview", hline("ServiceTask_CalculateLevy", "Task_CertifyReview"))
flow("Flow_Certified", "Task_CertifyReview", "ServiceTask_IssueConfirmation", hline("Task_CertifyReview", "ServiceTask_IssueConfirmation"))
flow("Flow_ToObjectionWindow", "ServiceTask_IssueConfirmation", "Gateway_ObjectionWindow", hline("ServiceTask_IssueConfirmation", "Gateway_ObjectionWindow"))
flow("Flow_ToObjectionFiled", "Gateway_ObjectionWindow", "CatchEvent_ObjectionFiled", up_right("Gateway_ObjectionWindow", "CatchEvent_ObjectionFiled"))
flow("Flow_ToObjectionPeriodEnded", "Gateway_ObjectionWindow", "CatchEvent_ObjectionPeriodEnded", hline("Gateway_ObjectionWindow", "CatchEvent_ObjectionPeriodEnded"))
flow("Flow_ToReexamine", "CatchEvent_ObjectionFiled", "Task_ReexamineReview", hline("CatchEvent_ObjectionFiled", "Task_ReexamineReview"))
flow("Flow_Reexamined", "Task_ReexamineReview", "Gateway_ReexaminationOutcome", hline("Task_ReexamineReview", "Gateway_ReexaminationOutcome"))
flow("Flow_Changed", "Gateway_ReexaminationOutcome", "ServiceTask_IssueRevisedConfirmation", hline("Gateway_ReexaminationOutcome", "ServiceTask_IssueRevisedConfirmation"),
     "变更", "${reexaminationOutcome == 'CHANGED'}")
g = top("Gateway_ReexaminationOutcome"); d = top("Gateway_ReexaminationDone")
flow("Flow_Upheld", "Gateway_ReexaminationOutcome", "Gateway_ReexaminationDone", [g, (g[0], g[1] - 45), (d[0], g[1] - 45), d], "维持")
flow("Flow_RevisedIssued", "ServiceTask_IssueRevisedConfirmation", "Gateway_ReexaminationDone", hline("ServiceTask_IssueRevisedConfirmation", "Gateway_ReexaminationDone"))
flow("Flow_ReexaminationClosed", "Gateway_ReexaminationDone", "Gateway_Certified", [bottom("Gateway_ReexaminationDone"), top("Gateway_Certified")])
flow("Flow_ObjectionPeriodEnded", "CatchEvent_ObjectionPeriodEnded", "Gateway_Certified", hline("CatchEvent_ObjectionPeriodEnded", "Gateway_Certified"))
flow("Flow_ToFeeDue", "Gateway_Certified", "Gateway_FeeDue", hline("Gateway_Certified", "Gateway_FeeDue"))
flow("Flow_FeeDue", "Gateway_FeeDue", "Task_HandOverToTax", hline("Gateway_FeeDue", "Task_HandOverToTax"), "应缴", "${feeDue == true}")
flow("Flow_NoFee", "Gateway_FeeDue", "Gateway_RewardProposed", [bottom("Gateway_FeeDue"), top("Gateway_RewardProposed")], "无需缴纳")
flow("Flow_HandedOver", "Task_HandOverToTax", "ServiceTask_SetPaymentDeadline", hline("Task_HandOverToTax", "ServiceTask_SetPaymentDeadline"))
flow("Flow_ToReliefRequested", "ServiceTask_SetPaymentDeadline", "Gateway_ReliefRequested", hline("ServiceTask_SetPaymentDeadline", "Gateway_ReliefRequested"))
flow("Flow_ReliefRequested", "Gateway_ReliefRequested", "Task_DecideRelief", down_right("Gateway_ReliefRequested", "Task_DecideRelief"), "是",
     "${reliefRequested == true}")
flow("Flow_NoRelief", "Gateway_ReliefRequested", "Gateway_ReliefDone", hline("Gateway_ReliefRequested", "Gateway_ReliefDone"), "否")
flow("Flow_ReliefDecided", "Task_DecideRelief", "Gateway_ReliefDone", right_up("Task_DecideRelief", "Gateway_ReliefDone"))
flow("Flow_ToCollectLevy", "Gateway_ReliefDone", "Task_CollectLevy", right_down("Gateway_ReliefDone", "Task_CollectLevy"))
flow("Flow_ToPaid", "Task_CollectLevy", "Gateway_Paid", hline("Task_CollectLevy", "Gateway_Paid"))
flow("Flow_Paid", "Gateway_Paid", "EndEvent_LevyPaid", hline("Gateway_Paid", "EndEvent_LevyPaid"), "已缴款")
flow("Flow_NotPaid", "Gateway_Paid", "Gateway_NonPayment", [bottom("Gateway_Paid"), top("Gateway_NonPayment")], "未缴款", "${execution.getVariable('paid') == false}")
flow("Flow_PaymentOverdue", "BoundaryEvent_PaymentOverdue", "Gateway_NonPayment", down_right("BoundaryEvent_PaymentOverdue", "Gateway_NonPayment"))
flow("Flow_ToWarning", "Gateway_NonPayment", "Task_IssueWarning", hline("Gateway_NonPayment", "Task_IssueWarning"))
flow("Flow_WarningDecided", "Task_IssueWarning", "ServiceTask_IssueWarningNotice", hline("Task_IssueWarning", "ServiceTask_IssueWarningNotice"))
flow("Flow_WarningIssued", "ServiceTask_IssueWarningNotice", "Task_ConfirmLatePayment", up_right("ServiceTask_IssueWarningNotice", "Task_ConfirmLatePayment"))
flow("Flow_ToPaidAfterWarning", "Task_ConfirmLatePayment", "Gateway_PaidAfterWarning", hline("Task_ConfirmLatePayment", "Gateway_PaidAfterWarning"))
flow("Flow_PaidLate", "Gateway_PaidAfterWarning", "ServiceTask_ChargeLateFee", hline("Gateway_PaidAfterWarning", "ServiceTask_ChargeLateFee"), "已补缴")
flow("Flow_LateFeeCharged", "ServiceTask_ChargeLateFee", "EndEvent_PaidWithLateFee", hline("ServiceTask_ChargeLateFee", "EndEvent_PaidWithLateFee"))
flow("Flow_StillUnpaid", "Gateway_PaidAfterWarning", "Gateway_CreditRecord", [bottom("Gateway_PaidAfterWarning"), top("Gateway_CreditRecord")],
     "未补缴", "${execution.getVariable('paid') == false}")
flow("Flow_WarningExpired", "BoundaryEvent_WarningExpired", "Gateway_CreditRecord", down_right("BoundaryEvent_WarningExpired", "Gateway_CreditRecord"))
flow("Flow_ToRecordCredit", "Gateway_CreditRecord", "ServiceTask_RecordCredit", hline("Gateway_CreditRecord", "ServiceTask_RecordCredit"))
flow("Flow_CreditRecorded", "ServiceTask_RecordCredit", "EndEvent_CreditRecorded", hline("ServiceTask_RecordCredit", "EndEvent_CreditRecorded"))
flow("Flow_RewardProposed", "Gateway_RewardProposed", "Task_ReviewReward", hline("Gateway_RewardProposed", "Task_ReviewReward"), "是",
     "${rewardProposed == true}")
flow("Flow_NoReward", "Gateway_RewardProposed", "EndEvent_NoFeeClosed", [bottom("Gateway_RewardProposed"), top("EndEvent_NoFeeClosed")], "否")
flow("Flow_ToRewardApproved", "Task_ReviewReward", "Gateway_RewardApproved", hline("Task_ReviewReward", "Gateway_RewardApproved"))
flow("Flow_RewardRefused", "Gateway_RewardApproved", "EndEvent_RewardRefused", [top("Gateway_RewardApproved"), bottom("EndEvent_RewardRefused")], "否")
flow("Flow_RewardApproved", "Gateway_RewardApproved", "ServiceTask_IssueRewardDecision",
     [bottom("Gateway_RewardApproved"), top("ServiceTask_IssueRewardDecision")], "是", "${rewardApproved == true}")
flow("Flow_ToPayReward", "ServiceTask_IssueRewardDecision", "Task_PayReward", [bottom("ServiceTask_IssueRewardDecision"), top("Task_PayReward")])
flow("Flow_RewardPaid", "Task_PayReward", "EndEvent_Rewarded", hline("Task_PayReward", "EndEvent_Rewarded"))

# ---- write ----
incoming = {n: [] for n in nodes}; outgoing = {n: [] for n in nodes}
for fid, s, t, *_ in flows:
    outgoing[s].append(fid); incoming[t].append(fid)
closing = {"startEvent": "startEvent", "receiveTask": "receiveTask", "boundaryEvent": "boundaryEvent", "serviceTask": "serviceTask",
           "endEvent": "endEvent", "exclusiveGateway": "exclusiveGateway", "userTask": "userTask",
           "eventBasedGateway": "eventBasedGateway", "intermediateCatchEvent": "intermediateCatchEvent"}
out = []
w = out.append
w('<?xml version="1.0" encoding="UTF-8"?>')
w('<!-- Generated by scripts/quota-review-bpmn.py: edit the script, not this file, then run it. -->')
w('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
  'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_QuotaReview" targetNamespace="http://tongban.org/bpmn" '
  'exporter="Camunda Modeler" exporterVersion="5.40.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">')
w('  <bpmn:collaboration id="Collaboration_QuotaReview">')
w('    <bpmn:participant id="Participant_QuotaReview" name="按比例安排残疾人就业年审及残保金 Quota-employment review and levy" processRef="quota-review" />')
w('  </bpmn:collaboration>')
w('  <bpmn:message id="Message_Declared" name="QuotaReviewDeclared" />')
w('  <bpmn:message id="Message_Objection" name="QuotaReviewObjection" />')
w('  <bpmn:process id="quota-review" name="按比例安排残疾人就业年审" isExecutable="true" camunda:historyTimeToLive="P1095D" camunda:versionTag="1.0">')
w('    <bpmn:documentation>One employer\'s yearly review: declaration, 受理 or return, HRSS 协查, 审核认定 with the levy, 复核, hand-over to TAX, payment or the non-payment ladder, relief, reward (quota-review.md).</bpmn:documentation>')
w('    <bpmn:extensionElements><camunda:executionListener event="end" expression="${quotaReviewSteps.close(execution)}" /></bpmn:extensionElements>')
w('    <bpmn:laneSet id="LaneSet_QuotaReview">')
for lid, name, _ in LANES:
    w(f'      <bpmn:lane id="{lid}" name="{name}">')
    for n in order:
        if nodes[n]["lane"] == lid:
            w(f'        <bpmn:flowNodeRef>{n}</bpmn:flowNodeRef>')
    w('      </bpmn:lane>')
w('    </bpmn:laneSet>')
for n in order:
    xml = nodes[n]["xml"]
    tag = xml[1:xml.index(" ")]
    inner = "".join(f"<bpmn:incoming>{f}</bpmn:incoming>" for f in incoming[n]) + "".join(
        f"<bpmn:outgoing>{f}</bpmn:outgoing>" for f in outgoing[n])
    # extension elements must come first, event definitions last
    head, rest = xml.split(">", 1)
    if rest.startswith("<bpmn:extensionElements>"):
        ext_end = rest.index("</bpmn:extensionElements>") + len("</bpmn:extensionElements>")
        body = rest[:ext_end] + inner + rest[ext_end:]
    else:
        body = inner + rest
    w(f'    {head}>{body}</{tag}>')
for fid, s, t, name, cond, _ in flows:
    nm = f' name="{name}"' if name else ""
    if cond:
        w(f'    <bpmn:sequenceFlow id="{fid}"{nm} sourceRef="{s}" targetRef="{t}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(cond)}</bpmn:conditionExpression></bpmn:sequenceFlow>')
    else:
        w(f'    <bpmn:sequenceFlow id="{fid}"{nm} sourceRef="{s}" targetRef="{t}" />')
w('  </bpmn:process>')
w('  <bpmndi:BPMNDiagram id="BPMNDiagram_QuotaReview">')
w('    <bpmndi:BPMNPlane id="BPMNPlane_QuotaReview" bpmnElement="Collaboration_QuotaReview">')
width = cx(33) + 80 - LEFT
w(f'      <bpmndi:BPMNShape id="Participant_QuotaReview_di" bpmnElement="Participant_QuotaReview" isHorizontal="true"><dc:Bounds x="{LEFT}" y="{TOP}" width="{width}" height="{POOL_BOTTOM - TOP}" /></bpmndi:BPMNShape>')
for lid, _, rows in LANES:
    w(f'      <bpmndi:BPMNShape id="{lid}_di" bpmnElement="{lid}" isHorizontal="true"><dc:Bounds x="{LEFT + 30}" y="{lane_top[lid]}" width="{width - 30}" height="{rows * ROW_H + 20}" /></bpmndi:BPMNShape>')
for n in order:
    x, yy, ww, hh = b(n)
    kind = nodes[n]["kind"]
    marker = ' isMarkerVisible="true"' if kind == "gw" and "exclusiveGateway" in nodes[n]["xml"] else ""
    label = ""
    if kind == "ev":
        label = f'<bpmndi:BPMNLabel><dc:Bounds x="{x - 22}" y="{yy + hh + 4}" width="80" height="14" /></bpmndi:BPMNLabel>'
        if nodes[n].get("boundary") and "top" in [bb for bb in ["top"] if nodes[n]["cy"] < nodes[nodes[n]["xml"].split('attachedToRef="')[1].split('"')[0]]["cy"]]:
            label = f'<bpmndi:BPMNLabel><dc:Bounds x="{x + 20}" y="{yy - 16}" width="70" height="14" /></bpmndi:BPMNLabel>'
    elif kind == "gw":
        label = f'<bpmndi:BPMNLabel><dc:Bounds x="{x - 30}" y="{yy - 20}" width="110" height="14" /></bpmndi:BPMNLabel>'
    w(f'      <bpmndi:BPMNShape id="{n}_di" bpmnElement="{n}"{marker}><dc:Bounds x="{x}" y="{yy}" width="{ww}" height="{hh}" />{label}</bpmndi:BPMNShape>')
for fid, s, t, name, cond, pts in flows:
    wp = "".join(f'<di:waypoint x="{px}" y="{py}" />' for px, py in pts)
    label = ""
    if name:
        (ax, ay), (bx, by) = pts[0], pts[1]
        label = f'<bpmndi:BPMNLabel><dc:Bounds x="{(ax + bx) // 2 + 4}" y="{(ay + by) // 2 - 16}" width="50" height="14" /></bpmndi:BPMNLabel>'
    w(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">{wp}{label}</bpmndi:BPMNEdge>')
w('    </bpmndi:BPMNPlane>')
w('  </bpmndi:BPMNDiagram>')
w('</bpmn:definitions>')
open(sys.argv[1] if len(sys.argv) > 1 else "processes/quota-review/quota-review.bpmn", "w").write("\n".join(out) + "\n")
