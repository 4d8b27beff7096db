#!/usr/bin/env python3
"""Writes welfare-placement.bpmn with its diagram interchange from the table below.

Kept in scripts/ so the layout stays legible after a change: edit the tables, run
`python3 scripts/welfare-placement-bpmn.py`, open the result in Camunda Modeler.
"""
import os
from xml.sax.saxutils import escape

KEY = "welfare-placement"
S = "welfarePlacementSteps"
T = "welfarePlacementTimers"

# lane id, name, candidate group, rows
LANES = [
    ("Lane_GrassRoots", "社区/苏木/嘎查 Grass-roots", 2),
    ("Lane_CDPF", "市残联 CDPF", 4),
    ("Lane_HRSS", "人社局 HRSS", 4),
    ("Lane_FIN", "财政局 FIN", 2),
    ("Lane_CIVIL", "民社局 CIVIL", 1),
    ("Lane_MARKET", "市场监管局 MARKET", 1),
]
LANE_INDEX = {l[0]: i for i, l in enumerate(LANES)}
COL, ROW, LEFT, TOP = 130, 110, 210, 60

# id, kind, name, lane, row, col, attrs
N = []
# Columns inserted for the merging gateways (before these original columns).
INSERTED = [10, 14, 16, 18, 19, 19, 19, 25, 31]

def shift(c):
    return c + sum(1 for i in INSERTED if c >= i)

def node(i, kind, name, lane, row, col, raw=False, **a):
    if "cols" in a:
        a["cols"] = (shift(a["cols"][0]), shift(a["cols"][1]))
    N.append(dict(id=i, kind=kind, name=name, lane=lane, row=row, col=col if raw else shift(col), **a))

def merge(i, lane, row, before):
    node(i, "xor", None, lane, row, shift(before) - 1, raw=True)

def user(i, name, lane, row, col, group, form, **a):
    node(i, "userTask", name, lane, row, col, group=group, form=form, **a)

def service(i, name, lane, row, col, method, **a):
    node(i, "serviceTask", name, lane, row, col, expr="${%s.%s(execution)}" % (S, method), **a)

# Yearly post plan (message start)
node("StartEvent_PostPlanDue", "startMsg", "编制年度岗位计划", "Lane_CDPF", 3, 0, message="Message_PostPlanDue")
user("Task_ProposePosts", "提出年度公益性岗位", "Lane_CDPF", 3, 1, "CDPF", "propose-posts")
user("Task_ApprovePostPlan", "审定岗位计划", "Lane_HRSS", 3, 2, "HRSS", "approve-post-plan")
user("Task_ConfirmPlanBudget", "确认补贴预算", "Lane_FIN", 1, 2, "FIN", "confirm-plan-budget")
service("ServiceTask_ApprovePostPlan", "岗位计划生效", "Lane_FIN", 1, 3, "approvePostPlan")
node("EndEvent_PostPlanApproved", "end", "岗位计划已批准", "Lane_FIN", 0, 3)

# Application, completeness
node("StartEvent_ApplicationReceived", "start", "申请已提交", "Lane_GrassRoots", 0, 0)
user("Task_CheckCompleteness", "审查申请材料", "Lane_CDPF", 0, 1, "CDPF", "check-completeness", returnable=True)
node("Gateway_Completeness", "xor", "材料齐全且属受理范围？", "Lane_CDPF", 0, 2)
service("ServiceTask_NotAccept", "不予受理", "Lane_CDPF", 2, 3, "notAccept")
node("EndEvent_NotAccepted", "end", "不予受理", "Lane_CDPF", 3, 3)
service("ServiceTask_ReturnForCorrection", "一次性告知补正", "Lane_CDPF", 1, 3, "returnForCorrection")
user("Task_SupplementMaterials", "补正材料", "Lane_GrassRoots", 0, 4, "${grassRootsUnit}", "supplement-materials")
node("BoundaryEvent_SupplementPeriodPassed", "boundaryTimer", "补正期满", "Lane_GrassRoots", 0, 4,
     attached="Task_SupplementMaterials", timer="${%s.supplementEnds(execution)}" % T, interrupting=True)
service("ServiceTask_TreatAsWithdrawn", "视为撤回", "Lane_GrassRoots", 1, 5, "withdraw")
node("EndEvent_Withdrawn", "end", "视为撤回", "Lane_GrassRoots", 1, 6)
service("ServiceTask_Accept", "受理", "Lane_CDPF", 0, 3, "accept")

# Eligibility with parallel checks
node("Gateway_ChecksFork", "and", None, "Lane_CDPF", 0, 4)
user("Task_CheckCardAndCount", "核验残疾人证与安置次数", "Lane_CDPF", 0, 5, "CDPF", "check-card-and-count")
user("Task_RecogniseHardship", "就业困难人员认定", "Lane_HRSS", 1, 5, "HRSS", "recognise-hardship")
user("Task_CheckDibao", "低保与零就业家庭协查", "Lane_CIVIL", 0, 5, "CIVIL", "check-dibao")
user("Task_CheckBusinessRegistration", "经营主体登记协查", "Lane_MARKET", 0, 5, "MARKET", "check-business-registration")
node("Gateway_ChecksJoin", "and", None, "Lane_CDPF", 0, 6)
node("BusinessRuleTask_Eligibility", "dmn", "资格审核", "Lane_HRSS", 1, 7, decision="welfare-placement-eligibility",
     listener="${%s.assessFacts(execution)}" % S)
node("Gateway_Eligible", "xor", "符合条件？", "Lane_HRSS", 1, 8)
service("ServiceTask_ConfirmEligibility", "出具资格审核表", "Lane_HRSS", 1, 9, "confirmEligibility")

# Matching, community assessment, public notice
user("Task_MatchPost", "人岗匹配", "Lane_HRSS", 1, 10, "HRSS", "match-post",
     completeListener="${%s.reservePost(task.execution)}" % S)
user("Task_CommunityAssessment", "民主评议", "Lane_GrassRoots", 0, 11, "${grassRootsUnit}", "community-assessment")
node("Gateway_AssessmentPassed", "xor", "评议通过？", "Lane_HRSS", 1, 12)
service("ServiceTask_PublishNotice", "公示（姓名隐去部分）", "Lane_HRSS", 1, 13, "publishNotice")
node("Gateway_DuringNotice", "event", None, "Lane_HRSS", 1, 14)
node("Event_NoticePeriodEnded", "timerCatch", "公示期满", "Lane_HRSS", 1, 15, timer="${%s.noticeEnds(execution)}" % T)
node("Event_ObjectionRaised", "msgCatch", "收到异议", "Lane_HRSS", 2, 15, message="Message_ObjectionRaised")
user("Task_VerifyObjection", "核实异议", "Lane_HRSS", 2, 16, "HRSS", "verify-objection")
node("Gateway_ObjectionUpheld", "xor", "异议成立？", "Lane_HRSS", 2, 17)

# Placement
user("Task_RecordPlacement", "办理安置（核验合同与工资）", "Lane_HRSS", 1, 16, "HRSS", "record-placement")
service("ServiceTask_Place", "安置登记并计次", "Lane_HRSS", 1, 17, "place")
node("Gateway_Placed", "xor", "安置成功？", "Lane_HRSS", 1, 18)
service("ServiceTask_Refuse", "不予安置决定", "Lane_HRSS", 3, shift(18) + 2, "refuse", raw=True)
node("EndEvent_Refused", "end", "不予安置", "Lane_HRSS", 3, shift(18) + 3, raw=True)
node("Gateway_Dibao", "xor", "低保对象？", "Lane_HRSS", 1, 19)
user("Task_StartDibaoTaper", "启动低保渐退期", "Lane_CIVIL", 0, 20, "CIVIL", "start-dibao-taper")
node("Gateway_DibaoDone", "xor", None, "Lane_HRSS", 1, 21)

# Subsidy term: quarterly claims (the sub-process spans HRSS rows 1–2 and FIN row 0)
SUB = "SubProcess_SubsidyTerm"
node(SUB, "sub", "补贴期", "Lane_HRSS", 1, 22, cols=(22, 32))
node("StartEvent_TermStarted", "start", "补贴期开始", "Lane_HRSS", 1, 22, parent=SUB)
node("Gateway_NextQuarter", "xor", None, "Lane_HRSS", 1, 23, parent=SUB)
node("Event_QuarterEnded", "timerCatch", "季度结束", "Lane_HRSS", 1, 24, parent=SUB,
     timer="${%s.nextQuarterEnd(execution)}" % T, endListener="${%s.quarterEnded(execution)}" % T)
node("Gateway_ClaimOrReminder", "event", None, "Lane_HRSS", 1, 25, parent=SUB)
node("Event_ClaimFiled", "msgCatch", "收到季度补贴申请", "Lane_HRSS", 1, 26, parent=SUB, message="Message_ClaimFiled")
node("Event_ClaimOverdue", "timerCatch", "逾期未申领", "Lane_HRSS", 2, 26, parent=SUB,
     timer="${%s.claimReminder(execution)}" % T)
service("ServiceTask_RemindEmployer", "提醒用人单位申领", "Lane_HRSS", 2, 27, "remindEmployer", parent=SUB)
user("Task_ReviewClaim", "审核季度补贴申请", "Lane_HRSS", 1, 27, "HRSS", "review-claim", parent=SUB)
node("Gateway_ClaimApproved", "xor", "审核通过？", "Lane_HRSS", 1, 28, parent=SUB,
     listener="${%s.recordClaimReview(execution)}" % S)
user("Task_PayClaim", "拨付岗位补贴", "Lane_FIN", 0, 29, "FIN", "pay-claim", parent=SUB)
service("ServiceTask_IssuePaymentVoucher", "出具补贴拨付凭证", "Lane_FIN", 0, 30, "issuePaymentVoucher", parent=SUB)
node("Gateway_TermOver", "xor", "补贴期满？", "Lane_HRSS", 1, 31, parent=SUB)
node("EndEvent_TermCompleted", "end", "补贴期满", "Lane_HRSS", 1, 32, parent=SUB)
node("BoundaryEvent_ExpiryWarning", "boundaryTimer", "期满前60日", "Lane_HRSS", 0, 26, attached=SUB,
     timer="${%s.expiryWarning(execution)}" % T, interrupting=False, top=True)
service("ServiceTask_WarnExpiry", "到期预警", "Lane_HRSS", 0, 27, "warnExpiry")
node("EndEvent_ExpiryWarned", "end", "已预警", "Lane_HRSS", 0, 28)
node("BoundaryEvent_PlacementEnded", "boundaryMsg", "退岗或空岗报告", "Lane_HRSS", 0, 29, attached=SUB,
     message="Message_PlacementEnded", interrupting=True, top=True)
user("Task_ConfirmExit", "确认提前退岗", "Lane_HRSS", 0, 33, "HRSS", "confirm-exit")
service("ServiceTask_Terminate", "终止安置并出具退岗通知书", "Lane_HRSS", 0, 34, "terminate")
node("EndEvent_Terminated", "end", "提前退岗（计入次数）", "Lane_HRSS", 0, 35)

# At expiry
user("Task_DecideAfterExpiry", "期满评估", "Lane_HRSS", 1, 33, "HRSS", "decide-after-expiry")
node("Gateway_Replacement", "xor", "再次安置？", "Lane_HRSS", 1, 34)
service("ServiceTask_OpenNewCase", "开启再次安置申请", "Lane_HRSS", 1, 35, "openNewCase")
node("EndEvent_Replaced", "end", "转入再次安置", "Lane_HRSS", 1, 36)
service("ServiceTask_ExitWithReferral", "退岗并转介就业服务", "Lane_HRSS", 2, 35, "exitWithReferral")
node("EndEvent_Exited", "end", "期满退出", "Lane_HRSS", 2, 36)

merge("Gateway_BeforeCompletenessCheck", "Lane_CDPF", 0, 1)
merge("Gateway_BeforeMatch", "Lane_HRSS", 1, 10)
merge("Gateway_BeforeNotice", "Lane_HRSS", 1, 14)
merge("Gateway_BeforeRecordPlacement", "Lane_HRSS", 1, 16)
node("Gateway_BeforeRefuse", "xor", None, "Lane_HRSS", 3, shift(18) + 1, raw=True)
node("Gateway_BeforeClaimWait", "xor", None, "Lane_HRSS", 1, shift(25) - 1, raw=True, parent=SUB)
node("Gateway_ClaimDone", "xor", None, "Lane_HRSS", 1, shift(31) - 1, raw=True, parent=SUB)

# id, source, target, name, condition
F = []
def flow(s, t, name=None, cond=None, default=False):
    F.append(dict(id="Flow_" + s.split("_", 1)[1] + "_" + t.split("_", 1)[1], s=s, t=t, name=name, cond=cond, default=default))

flow("StartEvent_PostPlanDue", "Task_ProposePosts")
flow("Task_ProposePosts", "Task_ApprovePostPlan")
flow("Task_ApprovePostPlan", "Task_ConfirmPlanBudget")
flow("Task_ConfirmPlanBudget", "ServiceTask_ApprovePostPlan")
flow("ServiceTask_ApprovePostPlan", "EndEvent_PostPlanApproved")
flow("StartEvent_ApplicationReceived", "Gateway_BeforeCompletenessCheck")
flow("Gateway_BeforeCompletenessCheck", "Task_CheckCompleteness")
flow("Task_CheckCompleteness", "Gateway_Completeness")
flow("Gateway_Completeness", "ServiceTask_Accept", "齐全", default=True)
flow("Gateway_Completeness", "ServiceTask_ReturnForCorrection", "需补正",
     "${execution.getVariable('returned') == true or execution.getVariable('completeness') == 'INCOMPLETE'}")
flow("Gateway_Completeness", "ServiceTask_NotAccept", "不属受理范围",
     "${execution.getVariable('returned') != true and execution.getVariable('completeness') == 'OUT_OF_SCOPE'}")
flow("ServiceTask_NotAccept", "EndEvent_NotAccepted")
flow("ServiceTask_ReturnForCorrection", "Task_SupplementMaterials")
flow("Task_SupplementMaterials", "Gateway_BeforeCompletenessCheck")
flow("BoundaryEvent_SupplementPeriodPassed", "ServiceTask_TreatAsWithdrawn")
flow("ServiceTask_TreatAsWithdrawn", "EndEvent_Withdrawn")
flow("ServiceTask_Accept", "Gateway_ChecksFork")
for t in ["Task_CheckCardAndCount", "Task_RecogniseHardship", "Task_CheckDibao", "Task_CheckBusinessRegistration"]:
    flow("Gateway_ChecksFork", t)
    flow(t, "Gateway_ChecksJoin")
flow("Gateway_ChecksJoin", "BusinessRuleTask_Eligibility")
flow("BusinessRuleTask_Eligibility", "Gateway_Eligible")
flow("Gateway_Eligible", "ServiceTask_ConfirmEligibility", "符合", "${eligibility == 'ELIGIBLE'}")
flow("Gateway_Eligible", "Gateway_BeforeRefuse", "不符合", default=True)
flow("ServiceTask_ConfirmEligibility", "Gateway_BeforeMatch")
flow("Gateway_BeforeMatch", "Task_MatchPost")
flow("Task_MatchPost", "Task_CommunityAssessment")
flow("Task_CommunityAssessment", "Gateway_AssessmentPassed")
flow("Gateway_AssessmentPassed", "ServiceTask_PublishNotice", "通过", "${execution.getVariable('assessmentPassed') == true}")
flow("Gateway_AssessmentPassed", "Gateway_BeforeMatch", "重新匹配", default=True)
flow("ServiceTask_PublishNotice", "Gateway_BeforeNotice")
flow("Gateway_BeforeNotice", "Gateway_DuringNotice")
flow("Gateway_DuringNotice", "Event_NoticePeriodEnded")
flow("Gateway_DuringNotice", "Event_ObjectionRaised")
flow("Event_ObjectionRaised", "Task_VerifyObjection")
flow("Task_VerifyObjection", "Gateway_ObjectionUpheld")
flow("Gateway_ObjectionUpheld", "Gateway_BeforeRefuse", "成立", "${execution.getVariable('objectionUpheld') == true}")
flow("Gateway_ObjectionUpheld", "Gateway_BeforeNotice", "不成立", default=True)
flow("Event_NoticePeriodEnded", "Gateway_BeforeRecordPlacement")
flow("Gateway_BeforeRecordPlacement", "Task_RecordPlacement")
flow("Task_RecordPlacement", "ServiceTask_Place")
flow("ServiceTask_Place", "Gateway_Placed")
flow("Gateway_Placed", "Gateway_Dibao", "已安置", "${placementResult == 'PLACED'}")
flow("Gateway_Placed", "Gateway_BeforeRefuse", "次数已满或前次期未满",
     "${placementResult == 'CAP_REACHED' or placementResult == 'TERM_NOT_EXPIRED'}")
flow("Gateway_Placed", "Gateway_BeforeRecordPlacement", "合同或工资不符", default=True)
flow("Gateway_BeforeRefuse", "ServiceTask_Refuse")
flow("ServiceTask_Refuse", "EndEvent_Refused")
flow("Gateway_Dibao", "Task_StartDibaoTaper", "是", "${execution.getVariable('dibao') == true}")
flow("Gateway_Dibao", "Gateway_DibaoDone", "否", default=True)
flow("Task_StartDibaoTaper", "Gateway_DibaoDone")
flow("Gateway_DibaoDone", SUB)
flow("StartEvent_TermStarted", "Gateway_NextQuarter")
flow("Gateway_NextQuarter", "Event_QuarterEnded")
flow("Event_QuarterEnded", "Gateway_BeforeClaimWait")
flow("Gateway_BeforeClaimWait", "Gateway_ClaimOrReminder")
flow("Gateway_ClaimOrReminder", "Event_ClaimFiled")
flow("Gateway_ClaimOrReminder", "Event_ClaimOverdue")
flow("Event_ClaimOverdue", "ServiceTask_RemindEmployer")
flow("ServiceTask_RemindEmployer", "Gateway_BeforeClaimWait")
flow("Event_ClaimFiled", "Task_ReviewClaim")
flow("Task_ReviewClaim", "Gateway_ClaimApproved")
flow("Gateway_ClaimApproved", "Task_PayClaim", "通过", "${execution.getVariable('claimApproved') == true}")
flow("Gateway_ClaimApproved", "Gateway_ClaimDone", "不予拨付", default=True)
flow("Task_PayClaim", "ServiceTask_IssuePaymentVoucher")
flow("ServiceTask_IssuePaymentVoucher", "Gateway_ClaimDone")
flow("Gateway_ClaimDone", "Gateway_TermOver")
flow("Gateway_TermOver", "EndEvent_TermCompleted", "是", "${%s.termOver(execution)}" % T)
flow("Gateway_TermOver", "Gateway_NextQuarter", "否", default=True)
flow("BoundaryEvent_ExpiryWarning", "ServiceTask_WarnExpiry")
flow("ServiceTask_WarnExpiry", "EndEvent_ExpiryWarned")
flow("BoundaryEvent_PlacementEnded", "Task_ConfirmExit")
flow("Task_ConfirmExit", "ServiceTask_Terminate")
flow("ServiceTask_Terminate", "EndEvent_Terminated")
flow(SUB, "Task_DecideAfterExpiry")
flow("Task_DecideAfterExpiry", "Gateway_Replacement")
flow("Gateway_Replacement", "ServiceTask_OpenNewCase", "再次安置",
     "${execution.getVariable('stillUnemployed') == true and %s.replacementPossible(execution)}" % S)
flow("Gateway_Replacement", "ServiceTask_ExitWithReferral", "退出并转介", default=True)
flow("ServiceTask_OpenNewCase", "EndEvent_Replaced")
flow("ServiceTask_ExitWithReferral", "EndEvent_Exited")

# ---------------------------------------------------------------- geometry
lane_top = {}
y = TOP
for lid, _, rows in LANES:
    lane_top[lid] = y
    y += rows * ROW + 20
POOL_H = y - TOP
MAXCOL = max(n["col"] for n in N) + 1
POOL_W = LEFT - 120 + MAXCOL * COL + 80

SIZES = {"userTask": (100, 80), "serviceTask": (100, 80), "dmn": (100, 80), "start": (36, 36), "startMsg": (36, 36),
         "end": (36, 36), "xor": (50, 50), "and": (50, 50), "event": (50, 50), "timerCatch": (36, 36),
         "msgCatch": (36, 36), "boundaryTimer": (36, 36), "boundaryMsg": (36, 36)}

def centre(n):
    return LEFT + n["col"] * COL + 50, lane_top[n["lane"]] + 20 + n["row"] * ROW + 45

byid = {n["id"]: n for n in N}
def bounds(n):
    if n["kind"] == "sub":
        c1, c2 = n["cols"]
        x = LEFT + c1 * COL - 15
        y1 = lane_top["Lane_HRSS"] + 20 + 1 * ROW - 5
        y2 = lane_top["Lane_FIN"] + 20 + 1 * ROW - 10
        return x, y1, (c2 - c1 + 1) * COL + 10, y2 - y1
    if n["kind"].startswith("boundary"):
        host = byid[n["attached"]]
        hx, hy, hw, hh = bounds(host)
        x = LEFT + n["col"] * COL + 50 - 18 if host["kind"] == "sub" else hx + hw - 30
        return x, (hy - 18 if n.get("top") else hy + hh - 18), 36, 36
    w, h = SIZES[n["kind"]]
    cx, cy = centre(n)
    return cx - w // 2, cy - h // 2, w, h

def anchor(n, side):
    x, y, w, h = bounds(n)
    return {"r": (x + w, y + h // 2), "l": (x, y + h // 2), "t": (x + w // 2, y), "b": (x + w // 2, y + h)}[side]

def waypoints(f):
    s, t = byid[f["s"]], byid[f["t"]]
    sx, sy, sw, sh = bounds(s)
    tx, ty, tw, th = bounds(t)
    if s["kind"].startswith("boundary"):
        p = anchor(s, "t" if s.get("top") else "b")
        q = anchor(t, "l")
        return [p, (p[0], q[1]), q]
    scx, scy = sx + sw // 2, sy + sh // 2
    tcx, tcy = tx + tw // 2, ty + th // 2
    if tx > sx + sw - 1 and s["kind"] != "sub" or (s["kind"] == "sub" and tx > sx + sw):
        p = anchor(s, "r")
        q = anchor(t, "l")
        if s["kind"] == "sub":
            p = (sx + sw, tcy)
            return [p, q]
        if t["kind"] == "sub":
            q = (tx, scy)
            return [p, q]
        if abs(p[1] - q[1]) < 2:
            return [p, q]
        if s["kind"] in ("xor", "and", "event"):
            p = anchor(s, "b" if tcy > scy else "t")
            return [p, (p[0], q[1]), q]
        mx = q[0] - 25
        return [p, (mx, p[1]), (mx, q[1]), q]
    if abs(tcx - scx) < 5:
        p = anchor(s, "b" if tcy > scy else "t")
        q = anchor(t, "t" if tcy > scy else "b")
        return [p, q]
    # backwards: leave from the bottom (or top), come in from the bottom (or top)
    down = tcy >= scy
    p = anchor(s, "b")
    q = anchor(t, "b")
    low = max(sy + sh, ty + th) + 22
    if not down:
        p = anchor(s, "t")
        q = anchor(t, "b")
        mid = (ty + th + sy) // 2 if sy > ty + th + 10 else sy - 20
        return [p, (p[0], mid), (q[0], mid), q]
    return [p, (p[0], low), (q[0], low), q]

# ---------------------------------------------------------------- XML
out = []
w = out.append
def attr(**kv):
    return "".join(' %s="%s"' % (k.replace("__", ":"), escape(str(v), {'"': "&quot;"})) for k, v in kv.items() if v is not None)

flows_in = {n["id"]: [f["id"] for f in F if f["t"] == n["id"]] for n in N}
flows_out = {n["id"]: [f["id"] for f in F if f["s"] == n["id"]] for n in N}
defaults = {f["s"]: f["id"] for f in F if f["default"]}

def event_definition(n, ind):
    """The timer (a date expression) or message definition of a catching or boundary event."""
    suffix = n["id"].split("_", 1)[1]
    if "timer" in n:
        return (ind + '  <bpmn:timerEventDefinition id="TimerEventDefinition_%s">\n%s    <bpmn:timeDate xsi:type="bpmn:tFormalExpression">%s</bpmn:timeDate>\n%s  </bpmn:timerEventDefinition>\n'
                % (suffix, ind, escape(n["timer"]), ind))
    return ind + '  <bpmn:messageEventDefinition id="MessageEventDefinition_%s" messageRef="%s" />\n' % (suffix, n["message"])

def element(n, ind):
    k, i, name = n["kind"], n["id"], n["name"]
    io = "".join("%s  <bpmn:incoming>%s</bpmn:incoming>\n" % (ind, x) for x in flows_in[i]) + \
         "".join("%s  <bpmn:outgoing>%s</bpmn:outgoing>\n" % (ind, x) for x in flows_out[i])
    if k == "userTask":
        ext = ""
        if n.get("returnable"):
            ext = (ind + "  <bpmn:extensionElements>\n" + ind + "    <camunda:properties>\n" + ind +
                   '      <camunda:property name="tongban.returnable" value="true" />\n' + ind +
                   "    </camunda:properties>\n" + ind + "  </bpmn:extensionElements>\n")
        if n.get("completeListener"):
            # The rule (e.g. only an open post) refuses the completion itself, before the flow moves on.
            ext = (ind + "  <bpmn:extensionElements>\n" + ind +
                   '    <camunda:taskListener expression="%s" event="complete" />\n' % escape(n["completeListener"], {'"': "&quot;"})
                   + ind + "  </bpmn:extensionElements>\n")
        return (ind + "<bpmn:userTask%s>\n" % attr(id=i, name=name, camunda__candidateGroups=n["group"],
                camunda__formRef="%s.%s" % (KEY, n["form"]), camunda__formRefBinding="deployment")
                + ext + io + ind + "</bpmn:userTask>\n")
    if k == "serviceTask":
        return ind + "<bpmn:serviceTask%s>\n" % attr(id=i, name=name, camunda__expression=n["expr"]) + io + ind + "</bpmn:serviceTask>\n"
    if k == "dmn":
        return (ind + "<bpmn:businessRuleTask%s>\n" % attr(id=i, name=name, camunda__decisionRef=n["decision"],
                camunda__decisionRefBinding="deployment", camunda__resultVariable="eligibility", camunda__mapDecisionResult="singleEntry")
                + ind + "  <bpmn:extensionElements>\n" + ind + '    <camunda:executionListener expression="%s" event="start" />\n' % n["listener"]
                + ind + "  </bpmn:extensionElements>\n" + io + ind + "</bpmn:businessRuleTask>\n")
    if k in ("start", "startMsg"):
        body = io + ("%s  <bpmn:messageEventDefinition id=\"MessageEventDefinition_%s\" messageRef=\"%s\" />\n" % (ind, i.split("_", 1)[1], n["message"]) if k == "startMsg" else "")
        return ind + "<bpmn:startEvent%s>\n" % attr(id=i, name=name) + body + ind + "</bpmn:startEvent>\n"
    if k == "end":
        return ind + "<bpmn:endEvent%s>\n" % attr(id=i, name=name) + io + ind + "</bpmn:endEvent>\n"
    if k in ("xor", "and", "event"):
        tag = {"xor": "exclusiveGateway", "and": "parallelGateway", "event": "eventBasedGateway"}[k]
        ext = ""
        if n.get("listener"):
            ext = ind + "  <bpmn:extensionElements>\n" + ind + '    <camunda:executionListener expression="%s" event="start" />\n' % n["listener"] + ind + "  </bpmn:extensionElements>\n"
        return ind + "<bpmn:%s%s>\n" % (tag, attr(id=i, name=name, default=defaults.get(i))) + ext + io + ind + "</bpmn:%s>\n" % tag
    if k in ("timerCatch", "msgCatch"):
        ext = ""
        if n.get("endListener"):
            ext = ind + "  <bpmn:extensionElements>\n" + ind + '    <camunda:executionListener expression="%s" event="end" />\n' % n["endListener"] + ind + "  </bpmn:extensionElements>\n"
        d = event_definition(n, ind)
        return ind + "<bpmn:intermediateCatchEvent%s>\n" % attr(id=i, name=name) + ext + io + d + ind + "</bpmn:intermediateCatchEvent>\n"
    if k.startswith("boundary"):
        d = event_definition(n, ind)
        return (ind + "<bpmn:boundaryEvent%s>\n" % attr(id=i, name=name, cancelActivity=None if n["interrupting"] else "false", attachedToRef=n["attached"])
                + io + d + ind + "</bpmn:boundaryEvent>\n")
    if k == "sub":
        inner = "".join(element(c, ind + "  ") for c in N if c.get("parent") == i)
        inner += "".join(seqflow(f, ind + "  ") for f in F if byid[f["s"]].get("parent") == i)
        return ind + "<bpmn:subProcess%s>\n" % attr(id=i, name=name) + io + inner + ind + "</bpmn:subProcess>\n"
    raise ValueError(k)

def seqflow(f, ind):
    a = attr(id=f["id"], name=f["name"], sourceRef=f["s"], targetRef=f["t"])
    if f["cond"]:
        return ind + "<bpmn:sequenceFlow%s>\n%s  <bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:conditionExpression>\n%s</bpmn:sequenceFlow>\n" % (a, ind, escape(f["cond"]), ind)
    return ind + "<bpmn:sequenceFlow%s />\n" % a

MESSAGES = [("Message_PostPlanDue", "WelfarePostPlanDue"), ("Message_ObjectionRaised", "WelfarePlacementObjectionRaised"),
            ("Message_ClaimFiled", "WelfarePlacementClaimFiled"), ("Message_PlacementEnded", "WelfarePlacementEnded")]

w('<?xml version="1.0" encoding="UTF-8"?>\n')
w('<!-- Generated by scripts/welfare-placement-bpmn.py: edit the tables there and run it again. -->\n')
w('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
  'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_WelfarePlacement" targetNamespace="http://tongban.org/bpmn" '
  'exporter="Camunda Modeler" exporterVersion="5.40.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">\n')
w('  <bpmn:collaboration id="Collaboration_WelfarePlacement">\n')
w('    <bpmn:participant id="Participant_WelfarePlacement" name="公益性岗位安置 Public-welfare job placement" processRef="%s" />\n' % KEY)
w('  </bpmn:collaboration>\n')
w('  <bpmn:process id="%s" name="公益性岗位安置" isExecutable="true" camunda:historyTimeToLive="P1825D" camunda:versionTag="1.0">\n' % KEY)
w('    <bpmn:documentation>Disabled people with difficulty finding work are placed in subsidised public-welfare posts, at most twice in a lifetime (city plan 四(一)2). welfare-placement.md.</bpmn:documentation>\n')
w('    <bpmn:laneSet id="LaneSet_WelfarePlacement">\n')
for lid, lname, _ in LANES:
    w('      <bpmn:lane id="%s" name="%s">\n' % (lid, escape(lname)))
    for n in N:
        if n["lane"] == lid and not n.get("parent"):
            w('        <bpmn:flowNodeRef>%s</bpmn:flowNodeRef>\n' % n["id"])
    w('      </bpmn:lane>\n')
w('    </bpmn:laneSet>\n')
for n in N:
    if not n.get("parent"):
        w(element(n, "    "))
for f in F:
    if not byid[f["s"]].get("parent"):
        w(seqflow(f, "    "))
w('  </bpmn:process>\n')
for mid, mname in MESSAGES:
    w('  <bpmn:message id="%s" name="%s" />\n' % (mid, mname))
w('  <bpmndi:BPMNDiagram id="BPMNDiagram_WelfarePlacement">\n')
w('    <bpmndi:BPMNPlane id="BPMNPlane_WelfarePlacement" bpmnElement="Collaboration_WelfarePlacement">\n')
w('      <bpmndi:BPMNShape id="Participant_WelfarePlacement_di" bpmnElement="Participant_WelfarePlacement" isHorizontal="true">\n'
  '        <dc:Bounds x="120" y="%d" width="%d" height="%d" />\n      </bpmndi:BPMNShape>\n' % (TOP, POOL_W, POOL_H))
for lid, _, rows in LANES:
    h = rows * ROW + 20
    w('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s" isHorizontal="true">\n        <dc:Bounds x="150" y="%d" width="%d" height="%d" />\n      </bpmndi:BPMNShape>\n' % (lid, lid, lane_top[lid], POOL_W - 30, h))
order = [n for n in N if n["kind"] == "sub"] + [n for n in N if n["kind"] != "sub" and not n["kind"].startswith("boundary")] + [n for n in N if n["kind"].startswith("boundary")]
for n in order:
    x, y0, wd, ht = bounds(n)
    extra = ' isMarkerVisible="true"' if n["kind"] == "xor" else (' isExpanded="true"' if n["kind"] == "sub" else "")
    label = ""
    if n["name"] and n["kind"] not in ("userTask", "serviceTask", "dmn", "sub"):
        lw = max(40, min(140, 14 * len(n["name"])))
        ly = y0 - 22 if n["kind"] in ("xor", "and", "event") or (n["kind"].startswith("boundary") and n.get("top")) else y0 + ht + 6
        if n["kind"].startswith("boundary") and n.get("top"):
            ly = y0 - 20
            lx = x + 40
        else:
            lx = x + wd // 2 - lw // 2
        label = '\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="%d" y="%d" width="%d" height="14" />\n        </bpmndi:BPMNLabel>' % (lx, ly, lw)
    w('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s>\n        <dc:Bounds x="%d" y="%d" width="%d" height="%d" />%s\n      </bpmndi:BPMNShape>\n' % (n["id"], n["id"], extra, x, y0, wd, ht, label))
for f in F:
    pts = waypoints(f)
    w('      <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">\n' % (f["id"], f["id"]))
    for px, py in pts:
        w('        <di:waypoint x="%d" y="%d" />\n' % (px, py))
    if f["name"]:
        (ax, ay), (bx, by) = pts[0], pts[1]
        lx, ly = (ax + bx) // 2 + 4, (ay + by) // 2 - 16
        w('        <bpmndi:BPMNLabel>\n          <dc:Bounds x="%d" y="%d" width="%d" height="14" />\n        </bpmndi:BPMNLabel>\n' % (lx, ly, max(24, 13 * len(f["name"]))))
    w('      </bpmndi:BPMNEdge>\n')
w('    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n')

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "processes", KEY)
with open(os.path.join(here, KEY + ".bpmn"), "w", encoding="utf-8") as fh:
    fh.write("".join(out))
print("wrote", len(N), "elements,", len(F), "flows")
