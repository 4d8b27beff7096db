#!/usr/bin/env python3
"""Writes processes/accessibility-retrofit/accessibility-retrofit.bpmn with its diagram interchange.

Nodes carry their centre (x, y); edges are routed through the listed bend points. Edit the tables,
run `python3 scripts/accessibility-retrofit-bpmn.py`, and open the result in Camunda Modeler.
"""
import os
from xml.sax.saxutils import escape

KEY = "accessibility-retrofit"
S = "retrofitSteps"
T = "retrofitTimers"
LANES = [  # id, name, top, bottom
    ("Lane_GrassRoots", "社区/苏木/嘎查 Grass-roots", 60, 350),
    ("Lane_Lead", "牵头单位（住建局）Lead: HOUSING", 350, 650),
    ("Lane_CDPF", "市残联 CDPF", 650, 850),
    ("Lane_CIVIL", "民社局 CIVIL", 850, 1000),
    ("Lane_FIN", "财政局 FIN", 1000, 1140),
]
LEFT, RIGHT = 120, 3280
SIZE = {"task": (100, 80), "event": (36, 36), "gateway": (50, 50)}
N = {}
ORDER = []


def node(i, kind, name, x, y, lane, **a):
    N[i] = dict(id=i, kind=kind, name=name, x=x, y=y, lane=lane, **a)
    ORDER.append(i)


def user(i, name, x, y, lane, group, form, **a):
    node(i, "userTask", name, x, y, lane, group=group, form=form, **a)


def service(i, name, x, y, lane, method, **a):
    node(i, "serviceTask", name, x, y, lane, expr="${%s.%s(execution)}" % (S, method), **a)


GR, LEAD, CDPF, CIVIL, FIN = "Lane_GrassRoots", "Lane_Lead", "Lane_CDPF", "Lane_CIVIL", "Lane_FIN"
node("StartEvent_ApplicationReceived", "start", "申请已提交", 210, 120, GR)
node("Gateway_BeforeInitialCheck", "xor", "初审", 290, 120, GR)
user("Task_InitialCheck", "初审（入户核实）", 400, 120, GR, "${grassRootsUnit}", "initial-check", returnable=True)
node("Gateway_InScope", "xor", "属于受理范围？", 530, 120, GR, default="Flow_InScope")
service("ServiceTask_NotAccept", "不予受理", 530, 210, GR, "notAccept")
node("EndEvent_NotAccepted", "end", "不予受理", 530, 300, GR)
node("Gateway_Complete", "xor", "材料齐全？", 640, 120, GR, default="Flow_Complete")
service("ServiceTask_ReturnForCorrection", "一次性告知补正", 640, 210, GR, "returnForCorrection")
node("EventGateway_Supplement", "eventGateway", "等待补正", 770, 210, GR)
node("Event_SupplementReceived", "catchMessage", "补正材料已收到", 870, 210, GR, message="Message_SupplementReceived")
node("Event_SupplementPeriodEnded", "catchTimer", "补正期满", 870, 300, GR, timer="${%s.supplementEnds(execution)}" % T)
service("ServiceTask_TreatAsWithdrawn", "视为撤回", 1000, 300, GR, "treatAsWithdrawn")
node("EndEvent_Withdrawn", "end", "视为撤回", 1130, 300, GR)

service("ServiceTask_Accept", "受理（受理通知书）", 800, 420, LEAD, "accept")
node("Gateway_SplitChecks", "parallel", "资格审核与协查", 920, 420, LEAD)
user("Task_CheckCardAndHome", "资格审核（残疾人证、住房、需求）", 1040, 720, CDPF, "CDPF", "check-card-and-home")
user("Task_CheckHardship", "困难身份及适老化查重协查", 1040, 925, CIVIL, "CIVIL", "check-hardship")
node("Gateway_JoinChecks", "parallel", "审核完成", 1160, 420, LEAD)
service("ServiceTask_AssessEligibility", "资格认定", 1280, 420, LEAD, "assessEligibility")
node("Gateway_Eligible", "xor", "符合条件？", 1400, 420, LEAD, default="Flow_NotEligible")
node("Gateway_BeforeRefuse", "xor", "不予改造", 1400, 540, LEAD)
# Left of x=1640, where a rejected objection climbs back to the notice.
service("ServiceTask_Refuse", "不予改造（决定书）", 1500, 540, LEAD, "refuse")
node("EndEvent_Refused", "end", "不予改造", 1590, 540, LEAD)
service("ServiceTask_PublishNotice", "公示（5个工作日）", 1520, 420, LEAD, "publishNotice")
node("Gateway_DuringNotice", "xor", "公示中", 1640, 420, LEAD)
node("EventGateway_Notice", "eventGateway", "公示期间", 1740, 420, LEAD)
node("Event_NoticePeriodEnded", "catchTimer", "公示期满", 1840, 420, LEAD, timer="${%s.noticeEnds(execution)}" % T)
node("Event_ObjectionRaised", "catchMessage", "收到异议", 1740, 540, LEAD, message="Message_ObjectionRaised")
user("Task_VerifyObjection", "核实公示异议", 1740, 720, CDPF, "CDPF", "verify-objection")
node("Gateway_ObjectionUpheld", "xor", "异议成立？", 1740, 810, CDPF, default="Flow_ObjectionRejected")
user("Task_HomeAssessment", "入户评估与改造方案", 1960, 720, CDPF, "CDPF", "home-assessment", end="assessmentDone")
node("Gateway_HouseholdAgrees", "xor", "户主确认方案？", 2090, 720, CDPF, default="Flow_HouseholdDeclines")
service("ServiceTask_RecordWithdrawal", "撤回申请", 2210, 810, CDPF, "withdraw")
node("EndEvent_HouseholdWithdrew", "end", "户主放弃改造", 2330, 810, CDPF)
node("ReceiveTask_AwaitProcurement", "receiveTask", "等待批次政府采购", 2210, 420, LEAD, message="Message_BatchContracted")
user("Task_SuperviseWorks", "施工监管与竣工报告", 2340, 420, LEAD, "${leadAgency}", "supervise-works", end="worksCompleted")
node("Gateway_BeforeInspection", "xor", "验收", 2460, 420, LEAD)
user("Task_AcceptanceInspection", "竣工验收（入户）", 2580, 420, LEAD, "${leadAgency}", "acceptance-inspection", end="recordInspection")
node("Gateway_InspectionPassed", "xor", "验收合格？", 2710, 420, LEAD, default="Flow_InspectionFailed")
service("ServiceTask_RecordAcceptance", "出具验收表", 2830, 420, LEAD, "recordAcceptance")
user("Task_PayContractor", "拨付改造资金", 2960, 1070, FIN, "FIN", "pay-contractor")
service("ServiceTask_Close", "办结（拨付凭证）", 3090, 420, LEAD, "close")
node("EndEvent_Paid", "end", "已拨付办结", 3210, 420, LEAD)
node("Gateway_SecondFailure", "xor", "第二次不合格？", 2710, 560, LEAD, default="Flow_FirstFailure")
node("Gateway_BeforeRectification", "xor", "整改", 2580, 560, LEAD)
user("Task_RecordRectification", "整改（15日内）", 2460, 560, LEAD, "${leadAgency}", "record-rectification")
user("Task_ResolveSecondFailure", "二次不合格处理（科室负责人）", 2840, 560, LEAD, "${leadAgency}", "resolve-second-failure")
node("Gateway_Resolution", "xor", "再次整改？", 2970, 560, LEAD, default="Flow_Terminate")
service("ServiceTask_Terminate", "终止（暂停拨付）", 3090, 560, LEAD, "terminate")
node("EndEvent_Terminated", "end", "终止", 3210, 560, LEAD)

# Event sub-process: the household declines, moves or dies before the works.
SUB = ("EventSubProcess_HouseholdDeclines", "户主放弃、迁出或去世", 200, 500, 700, 630)
node("StartEvent_HouseholdDeclined", "startMessage", "户主放弃改造", 270, 565, LEAD, message="Message_HouseholdDeclined", sub=True)
service("ServiceTask_RecordDecline", "撤回申请", 400, 565, LEAD, "withdraw", sub=True)
node("EndEvent_HouseholdDeclined", "end", "已撤回", 530, 565, LEAD, sub=True)

E = []


def flow(i, s, t, pts=None, name=None, cond=None):
    E.append(dict(id=i, s=s, t=t, pts=pts, name=name, cond=cond))


def v(name):
    return "${execution.getVariable('%s') == true}" % name


flow("Flow_ToBeforeInitialCheck", "StartEvent_ApplicationReceived", "Gateway_BeforeInitialCheck")
flow("Flow_ToInitialCheck", "Gateway_BeforeInitialCheck", "Task_InitialCheck")
flow("Flow_ToInScope", "Task_InitialCheck", "Gateway_InScope")
flow("Flow_OutOfScope", "Gateway_InScope", "ServiceTask_NotAccept", [(530, 145), (530, 170)], "否",
     "${execution.getVariable('completeness') == 'OUT_OF_SCOPE'}")
flow("Flow_ToNotAcceptedEnd", "ServiceTask_NotAccept", "EndEvent_NotAccepted", [(530, 250), (530, 282)])
flow("Flow_InScope", "Gateway_InScope", "Gateway_Complete", None, "是")
flow("Flow_Incomplete", "Gateway_Complete", "ServiceTask_ReturnForCorrection", [(640, 145), (640, 170)], "否",
     "${execution.getVariable('returned') == true || execution.getVariable('completeness') == 'INCOMPLETE'}")
flow("Flow_ToSupplementGateway", "ServiceTask_ReturnForCorrection", "EventGateway_Supplement")
flow("Flow_ToSupplementReceived", "EventGateway_Supplement", "Event_SupplementReceived")
flow("Flow_ToSupplementEnded", "EventGateway_Supplement", "Event_SupplementPeriodEnded", [(770, 235), (770, 300), (852, 300)])
flow("Flow_SupplementReceived", "Event_SupplementReceived", "Gateway_BeforeInitialCheck",
     [(870, 228), (870, 258), (290, 258), (290, 145)])
flow("Flow_ToTreatAsWithdrawn", "Event_SupplementPeriodEnded", "ServiceTask_TreatAsWithdrawn")
flow("Flow_ToWithdrawnEnd", "ServiceTask_TreatAsWithdrawn", "EndEvent_Withdrawn")
flow("Flow_Complete", "Gateway_Complete", "ServiceTask_Accept", [(665, 120), (720, 120), (720, 420), (750, 420)], "是")
flow("Flow_ToSplitChecks", "ServiceTask_Accept", "Gateway_SplitChecks")
flow("Flow_ToCheckCardAndHome", "Gateway_SplitChecks", "Task_CheckCardAndHome", [(920, 445), (920, 720), (990, 720)])
flow("Flow_ToCheckHardship", "Gateway_SplitChecks", "Task_CheckHardship", [(920, 445), (920, 925), (990, 925)])
flow("Flow_CardAndHomeChecked", "Task_CheckCardAndHome", "Gateway_JoinChecks", [(1090, 720), (1160, 720), (1160, 445)])
flow("Flow_HardshipChecked", "Task_CheckHardship", "Gateway_JoinChecks", [(1090, 925), (1160, 925), (1160, 445)])
flow("Flow_ToAssessEligibility", "Gateway_JoinChecks", "ServiceTask_AssessEligibility")
flow("Flow_ToEligible", "ServiceTask_AssessEligibility", "Gateway_Eligible")
flow("Flow_Eligible", "Gateway_Eligible", "ServiceTask_PublishNotice", None, "是", v("eligible"))
flow("Flow_NotEligible", "Gateway_Eligible", "Gateway_BeforeRefuse", None, "否")
flow("Flow_ToRefuse", "Gateway_BeforeRefuse", "ServiceTask_Refuse")
flow("Flow_ToRefusedEnd", "ServiceTask_Refuse", "EndEvent_Refused")
flow("Flow_ToDuringNotice", "ServiceTask_PublishNotice", "Gateway_DuringNotice")
flow("Flow_ToNoticeGateway", "Gateway_DuringNotice", "EventGateway_Notice")
flow("Flow_ToNoticeEnded", "EventGateway_Notice", "Event_NoticePeriodEnded")
flow("Flow_ToObjection", "EventGateway_Notice", "Event_ObjectionRaised")
flow("Flow_ToVerifyObjection", "Event_ObjectionRaised", "Task_VerifyObjection")
flow("Flow_ToObjectionUpheld", "Task_VerifyObjection", "Gateway_ObjectionUpheld")
flow("Flow_ObjectionUpheld", "Gateway_ObjectionUpheld", "Gateway_BeforeRefuse", [(1715, 810), (1400, 810), (1400, 565)], "是",
     v("objectionUpheld"))
flow("Flow_ObjectionRejected", "Gateway_ObjectionUpheld", "Gateway_DuringNotice",
     [(1765, 810), (1820, 810), (1820, 600), (1640, 600), (1640, 445)], "否")
flow("Flow_ToHomeAssessment", "Event_NoticePeriodEnded", "Task_HomeAssessment", [(1858, 420), (1890, 420), (1890, 720), (1910, 720)])
flow("Flow_ToHouseholdAgrees", "Task_HomeAssessment", "Gateway_HouseholdAgrees")
flow("Flow_HouseholdAgrees", "Gateway_HouseholdAgrees", "ReceiveTask_AwaitProcurement",
     [(2115, 720), (2140, 720), (2140, 420), (2160, 420)], "是", v("householdAgrees"))
flow("Flow_HouseholdDeclines", "Gateway_HouseholdAgrees", "ServiceTask_RecordWithdrawal", [(2090, 745), (2090, 810), (2160, 810)], "否")
flow("Flow_ToHouseholdWithdrewEnd", "ServiceTask_RecordWithdrawal", "EndEvent_HouseholdWithdrew")
flow("Flow_ToSuperviseWorks", "ReceiveTask_AwaitProcurement", "Task_SuperviseWorks")
flow("Flow_ToBeforeInspection", "Task_SuperviseWorks", "Gateway_BeforeInspection")
flow("Flow_ToInspection", "Gateway_BeforeInspection", "Task_AcceptanceInspection")
flow("Flow_ToInspectionPassed", "Task_AcceptanceInspection", "Gateway_InspectionPassed")
flow("Flow_InspectionPassed", "Gateway_InspectionPassed", "ServiceTask_RecordAcceptance", None, "是", v("inspectionPassed"))
flow("Flow_ToPayContractor", "ServiceTask_RecordAcceptance", "Task_PayContractor", [(2880, 420), (2900, 420), (2900, 1070), (2910, 1070)])
flow("Flow_ToClose", "Task_PayContractor", "ServiceTask_Close", [(3010, 1070), (3030, 1070), (3030, 420), (3040, 420)])
flow("Flow_ToPaidEnd", "ServiceTask_Close", "EndEvent_Paid")
flow("Flow_InspectionFailed", "Gateway_InspectionPassed", "Gateway_SecondFailure", [(2710, 445), (2710, 535)], "否")
flow("Flow_FirstFailure", "Gateway_SecondFailure", "Gateway_BeforeRectification", None, "否")
flow("Flow_SecondFailure", "Gateway_SecondFailure", "Task_ResolveSecondFailure", None, "是",
     "${execution.getVariable('inspectionRound') >= 2}")
flow("Flow_ToRectification", "Gateway_BeforeRectification", "Task_RecordRectification")
flow("Flow_Rectified", "Task_RecordRectification", "Gateway_BeforeInspection", [(2460, 520), (2460, 445)])
flow("Flow_ToResolution", "Task_ResolveSecondFailure", "Gateway_Resolution")
flow("Flow_RectifyAgain", "Gateway_Resolution", "Gateway_BeforeRectification",
     [(2970, 585), (2970, 625), (2580, 625), (2580, 585)], "是", "${execution.getVariable('resolution') == 'RECTIFY_AGAIN'}")
flow("Flow_Terminate", "Gateway_Resolution", "ServiceTask_Terminate", None, "否")
flow("Flow_ToTerminatedEnd", "ServiceTask_Terminate", "EndEvent_Terminated")
flow("Flow_ToRecordDecline", "StartEvent_HouseholdDeclined", "ServiceTask_RecordDecline")
flow("Flow_ToHouseholdDeclinedEnd", "ServiceTask_RecordDecline", "EndEvent_HouseholdDeclined")


def kind_size(k):
    if k in ("userTask", "serviceTask", "receiveTask"):
        return SIZE["task"]
    if k in ("xor", "parallel", "eventGateway"):
        return SIZE["gateway"]
    return SIZE["event"]


def bounds(n):
    w, h = kind_size(n["kind"])
    return n["x"] - w // 2, n["y"] - h // 2, w, h


def anchor(n, toward):
    x, y, w, h = bounds(n)
    tx, ty = toward
    if abs(tx - n["x"]) >= abs(ty - n["y"]):
        return (x + w if tx > n["x"] else x, n["y"])
    return (n["x"], y + h if ty > n["y"] else y)


def waypoints(e):
    s, t = N[e["s"]], N[e["t"]]
    if e["pts"]:
        pts = list(e["pts"])
        first, last = pts[0], pts[-1]
        start = [] if on_edge(s, first) else [anchor(s, first)]
        end = [] if on_edge(t, last) else [anchor(t, last)]
        return start + pts + end
    return [anchor(s, (t["x"], t["y"])), anchor(t, (s["x"], s["y"]))]


def on_edge(n, p):
    x, y, w, h = bounds(n)
    return (p[0] in (x, x + w) and y <= p[1] <= y + h) or (p[1] in (y, y + h) and x <= p[0] <= x + w)


def flow_xml(e):
    name = ' name="%s"' % e["name"] if e["name"] else ""
    head = '    <bpmn:sequenceFlow id="%s"%s sourceRef="%s" targetRef="%s"' % (e["id"], name, e["s"], e["t"])
    if e["cond"]:
        return head + '>\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>' % escape(e["cond"])
    return head + " />"


def node_xml(n, ind):
    i, k, name = n["id"], n["kind"], escape(n["name"])
    ins = "".join('%s  <bpmn:incoming>%s</bpmn:incoming>\n' % (ind, e["id"]) for e in E if e["t"] == i)
    outs = "".join('%s  <bpmn:outgoing>%s</bpmn:outgoing>\n' % (ind, e["id"]) for e in E if e["s"] == i)
    ext = ""
    if n.get("returnable"):
        ext = ('%s  <bpmn:extensionElements>\n%s    <camunda:properties>\n%s      <camunda:property name="tongban.returnable" value="true" />\n'
               '%s    </camunda:properties>\n%s  </bpmn:extensionElements>\n') % (ind, ind, ind, ind, ind)
    if n.get("end"):
        ext = ('%s  <bpmn:extensionElements>\n%s    <camunda:executionListener expression="${%s.%s(execution)}" event="end" />\n'
               '%s  </bpmn:extensionElements>\n') % (ind, ind, S, n["end"], ind)
    body = ext + ins + outs
    if k == "userTask":
        return ('%s<bpmn:userTask id="%s" name="%s" camunda:candidateGroups="%s" camunda:formRef="%s.%s" camunda:formRefBinding="deployment">\n%s%s</bpmn:userTask>\n'
                % (ind, i, name, n["group"], KEY, n["form"], body, ind))
    if k == "serviceTask":
        return '%s<bpmn:serviceTask id="%s" name="%s" camunda:expression="%s">\n%s%s</bpmn:serviceTask>\n' % (ind, i, name, n["expr"], body, ind)
    if k == "receiveTask":
        return '%s<bpmn:receiveTask id="%s" name="%s" messageRef="%s">\n%s%s</bpmn:receiveTask>\n' % (ind, i, name, n["message"], body, ind)
    if k == "xor":
        d = ' default="%s"' % n["default"] if n.get("default") else ""
        return '%s<bpmn:exclusiveGateway id="%s" name="%s"%s>\n%s%s</bpmn:exclusiveGateway>\n' % (ind, i, name, d, body, ind)
    if k == "parallel":
        return '%s<bpmn:parallelGateway id="%s" name="%s">\n%s%s</bpmn:parallelGateway>\n' % (ind, i, name, body, ind)
    if k == "eventGateway":
        return '%s<bpmn:eventBasedGateway id="%s" name="%s">\n%s%s</bpmn:eventBasedGateway>\n' % (ind, i, name, body, ind)
    if k == "start":
        return '%s<bpmn:startEvent id="%s" name="%s">\n%s%s</bpmn:startEvent>\n' % (ind, i, name, body, ind)
    if k == "startMessage":
        return ('%s<bpmn:startEvent id="%s" name="%s" isInterrupting="true">\n%s%s  <bpmn:messageEventDefinition id="%s_Definition" messageRef="%s" />\n%s</bpmn:startEvent>\n'
                % (ind, i, name, body, ind, i, n["message"], ind))
    if k == "end":
        return '%s<bpmn:endEvent id="%s" name="%s">\n%s%s</bpmn:endEvent>\n' % (ind, i, name, body, ind)
    if k == "catchMessage":
        return ('%s<bpmn:intermediateCatchEvent id="%s" name="%s">\n%s%s  <bpmn:messageEventDefinition id="%s_Definition" messageRef="%s" />\n%s</bpmn:intermediateCatchEvent>\n'
                % (ind, i, name, body, ind, i, n["message"], ind))
    if k == "catchTimer":
        return ('%s<bpmn:intermediateCatchEvent id="%s" name="%s">\n%s%s  <bpmn:timerEventDefinition id="%s_Definition">\n%s    <bpmn:timeDate xsi:type="bpmn:tFormalExpression">%s</bpmn:timeDate>\n%s  </bpmn:timerEventDefinition>\n%s</bpmn:intermediateCatchEvent>\n'
                % (ind, i, name, body, ind, i, ind, escape(n["timer"]), ind, ind))
    raise ValueError(k)


MESSAGES = [("Message_SupplementReceived", "补正材料已收到"), ("Message_ObjectionRaised", "收到公示异议"),
            ("Message_BatchContracted", "批次采购合同已签订"), ("Message_HouseholdDeclined", "户主放弃改造")]

out = []
w = out.append
w('<?xml version="1.0" encoding="UTF-8"?>\n')
w('<!-- Generated by scripts/accessibility-retrofit-bpmn.py: edit the tables there, not this file. -->\n')
w('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
  'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_AccessibilityRetrofit" '
  'targetNamespace="http://tongban.org/bpmn" exporter="Camunda Modeler" exporterVersion="5.40.0" '
  'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">\n')
w('  <bpmn:collaboration id="Collaboration_AccessibilityRetrofit">\n')
w('    <bpmn:participant id="Participant_AccessibilityRetrofit" name="困难重度残疾人家庭无障碍改造 Home accessibility retrofit" processRef="%s" />\n' % KEY)
w('  </bpmn:collaboration>\n')
for mid, mname in MESSAGES:
    w('  <bpmn:message id="%s" name="%s" />\n' % (mid, mid))
w('  <bpmn:process id="%s" name="困难重度残疾人家庭无障碍改造" isExecutable="true" camunda:historyTimeToLive="P1825D" camunda:versionTag="1.0">\n' % KEY)
w('    <bpmn:documentation>One case is one household (一户一案): application, 初审, eligibility with CIVIL 协查, masked 公示 with objections, home assessment and plan within the cap, batch procurement, works, 验收 with rectification, payment by FIN within 30 days of passing. The lead agency is the parameter retrofit.lead_agency (HOUSING).</bpmn:documentation>\n')
w('    <bpmn:laneSet id="LaneSet_AccessibilityRetrofit">\n')
for lid, lname, _, _ in LANES:
    w('      <bpmn:lane id="%s" name="%s">\n' % (lid, escape(lname)))
    for i in ORDER:
        if N[i]["lane"] == lid and not N[i].get("sub"):
            w('        <bpmn:flowNodeRef>%s</bpmn:flowNodeRef>\n' % i)
    if lid == LEAD:
        w('        <bpmn:flowNodeRef>%s</bpmn:flowNodeRef>\n' % SUB[0])
    w('      </bpmn:lane>\n')
w('    </bpmn:laneSet>\n')
for i in ORDER:
    if not N[i].get("sub"):
        w(node_xml(N[i], "    "))
w('    <bpmn:subProcess id="%s" name="%s" triggeredByEvent="true">\n' % (SUB[0], SUB[1]))
for i in ORDER:
    if N[i].get("sub"):
        w(node_xml(N[i], "      "))
for e in E:
    if N[e["s"]].get("sub"):
        w("  " + flow_xml(e) + "\n")
w('    </bpmn:subProcess>\n')
for e in E:
    if not N[e["s"]].get("sub"):
        w(flow_xml(e) + "\n")
w('  </bpmn:process>\n')
w('  <bpmndi:BPMNDiagram id="BPMNDiagram_AccessibilityRetrofit">\n')
w('    <bpmndi:BPMNPlane id="BPMNPlane_AccessibilityRetrofit" bpmnElement="Collaboration_AccessibilityRetrofit">\n')
w('      <bpmndi:BPMNShape id="Participant_AccessibilityRetrofit_di" bpmnElement="Participant_AccessibilityRetrofit" isHorizontal="true">\n')
w('        <dc:Bounds x="%d" y="%d" width="%d" height="%d" />\n      </bpmndi:BPMNShape>\n' % (LEFT, LANES[0][2], RIGHT - LEFT, LANES[-1][3] - LANES[0][2]))
for lid, _, top, bottom in LANES:
    w('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s" isHorizontal="true">\n' % (lid, lid))
    w('        <dc:Bounds x="%d" y="%d" width="%d" height="%d" />\n      </bpmndi:BPMNShape>\n' % (LEFT + 30, top, RIGHT - LEFT - 30, bottom - top))
w('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s" isExpanded="true">\n' % (SUB[0], SUB[0]))
w('        <dc:Bounds x="%d" y="%d" width="%d" height="%d" />\n      </bpmndi:BPMNShape>\n' % (SUB[2], SUB[3], SUB[4] - SUB[2], SUB[5] - SUB[3]))
for i in ORDER:
    n = N[i]
    x, y, bw, bh = bounds(n)
    marker = ' isMarkerVisible="true"' if n["kind"] == "xor" else ""
    w('      <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s>\n' % (i, i, marker))
    w('        <dc:Bounds x="%d" y="%d" width="%d" height="%d" />\n' % (x, y, bw, bh))
    if n["kind"] not in ("userTask", "serviceTask", "receiveTask"):
        w('        <bpmndi:BPMNLabel>\n          <dc:Bounds x="%d" y="%d" width="90" height="27" />\n        </bpmndi:BPMNLabel>\n'
          % (n["x"] - 45, y + bh + 4 if n["kind"] not in ("xor", "parallel", "eventGateway") else y - 30))
    w('      </bpmndi:BPMNShape>\n')
for e in E:
    w('      <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">\n' % (e["id"], e["id"]))
    pts = waypoints(e)
    for px, py in pts:
        w('        <di:waypoint x="%d" y="%d" />\n' % (px, py))
    if e["name"]:
        lx, ly = pts[0]
        w('        <bpmndi:BPMNLabel>\n          <dc:Bounds x="%d" y="%d" width="14" height="14" />\n        </bpmndi:BPMNLabel>\n' % (lx + 6, ly + 4))
    w('      </bpmndi:BPMNEdge>\n')
w('    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n')

path = os.path.join(os.path.dirname(__file__), "..", "processes", KEY, KEY + ".bpmn")
with open(path, "w", encoding="utf-8") as f:
    f.write("".join(out))
print("wrote", os.path.normpath(path))
