#!/usr/bin/env python3
"""Writes processes/rehab-rescue/rehab-rescue.bpmn with full diagram interchange from the layout
table below (lane, column, row per element), so the model and its drawing never drift apart.
Run from the repository root: python3 scripts/rehab-rescue-bpmn.py"""
from xml.sax.saxutils import escape

LANES = [  # id, name, candidate group, rows
    ("Lane_GrassRoots", "社区/嘎查 Grass roots", 1),
    ("Lane_CDPF", "市残联 CDPF (lead)", 7),
    ("Lane_HEALTH", "卫健委 HEALTH (lead)", 1),
    ("Lane_CIVIL", "民社局 CIVIL", 1),
    ("Lane_MEDINS", "医保局 MEDINS", 1),
    ("Lane_FIN", "财政局 FIN", 1),
]
ROW_H, COL_W, X0, LANE_X, HEADER = 100, 120, 200, 150, 30

# id, kind, name, lane, col, row, extra
N = [
    ("StartEvent_ApplicationReceived", "start", "申请已收到", "Lane_CDPF", 0, 0, {}),
    ("Gateway_Channel", "xor", "经社区/嘎查受理？", "Lane_CDPF", 1, 0, {"default": "Flow_DirectIntake"}),
    ("Task_PreliminaryReview", "user", "社区/嘎查初审", "Lane_GrassRoots", 2, 0, {"group": "${grassRootsUnit}", "form": "preliminary-review"}),
    ("Gateway_MergeIntake", "xor", "", "Lane_CDPF", 3, 0, {}),
    ("Task_CheckCompleteness", "user", "审查申请材料", "Lane_CDPF", 4, 0, {"group": "CDPF", "form": "check-completeness", "listen": "end"}),
    ("Gateway_Completeness", "xor", "材料是否齐全？", "Lane_CDPF", 5, 0, {"default": "Flow_Complete"}),
    ("EndEvent_NotAccepted", "end", "不予受理", "Lane_CDPF", 6, 1, {}),
    ("Gateway_AwaitSupplement", "event", "等待补正", "Lane_CDPF", 6, 2, {}),
    ("Event_MaterialsSupplemented", "msgcatch", "材料已补正", "Lane_CDPF", 7, 2, {"message": "Message_Supplemented"}),
    ("Event_ApplicationWithdrawn", "msgcatch", "申请人撤回", "Lane_CDPF", 7, 3, {"message": "Message_Withdrawn"}),
    ("Event_SupplementPeriodPassed", "timercatch", "补正期满", "Lane_CDPF", 7, 4, {"date": "${supplementDeadline}"}),
    ("EndEvent_Withdrawn", "end", "已撤回", "Lane_CDPF", 8, 3, {"listen": "start"}),
    ("EndEvent_TreatedAsWithdrawn", "end", "视为撤回", "Lane_CDPF", 8, 4, {"listen": "start"}),
    ("Gateway_AssessmentNeeded", "xor", "需要诊断评估？", "Lane_CDPF", 6, 0, {"default": "Flow_NoAssessment"}),
    ("Task_AssessChild", "user", "诊断评估", "Lane_HEALTH", 7, 0, {"group": "HEALTH", "form": "assess-child"}),
    ("Gateway_MergeAssessment", "xor", "", "Lane_CDPF", 8, 0, {}),
    ("Gateway_SplitChecks", "or", "协查", "Lane_CDPF", 9, 0, {}),
    ("Task_CheckGuardianship", "user", "核实监护与救助身份", "Lane_CIVIL", 10, 0, {"group": "CIVIL", "form": "check-guardianship"}),
    ("Task_CheckInsurance", "user", "核实医保参保", "Lane_MEDINS", 10, 0, {"group": "MEDINS", "form": "check-insurance"}),
    ("Gateway_JoinChecks", "or", "", "Lane_CDPF", 11, 0, {}),
    ("Task_DecideApplication", "user", "审核决定", "Lane_CDPF", 12, 0, {"group": "CDPF", "form": "decide-application", "listen": "end"}),
    ("Gateway_Approved", "xor", "准予救助？", "Lane_CDPF", 13, 0, {"default": "Flow_Refused"}),
    ("EndEvent_Refused", "end", "不予救助", "Lane_CDPF", 14, 1, {}),
    ("Gateway_MergeChoice", "xor", "", "Lane_CDPF", 14, 0, {}),
    ("Task_ChooseInstitution", "user", "登记选择的定点机构", "Lane_CDPF", 15, 0, {"group": "CDPF", "form": "choose-institution", "listen": "end"}),
    ("Gateway_OutOfArea", "xor", "市外机构？", "Lane_CDPF", 16, 0, {"default": "Flow_InArea"}),
    ("Task_ApproveOutOfArea", "user", "审批市外康复", "Lane_CDPF", 17, 1, {"group": "CDPF", "form": "approve-out-of-area"}),
    ("Gateway_OutOfAreaApproved", "xor", "批准市外康复？", "Lane_CDPF", 18, 1, {"default": "Flow_OutOfAreaRefused"}),
    ("Gateway_MergeAgreement", "xor", "", "Lane_CDPF", 19, 0, {}),
    ("Task_SignAgreement", "user", "签订服务协议", "Lane_CDPF", 20, 0, {"group": "CDPF", "form": "sign-agreement", "listen": "end"}),
    ("Gateway_ServiceLoop", "xor", "", "Lane_CDPF", 21, 0, {}),
    ("Gateway_ServiceEvents", "event", "服务期内", "Lane_CDPF", 22, 0, {}),
    ("Event_SettlementDue", "timercatch", "结算周期到", "Lane_CDPF", 23, 0, {"date": "${nextSettlementAt}"}),
    ("Event_RenewalDue", "timercatch", "续期开始", "Lane_CDPF", 23, 1, {"date": "${renewalOpensAt}"}),
    ("Event_AgeingReminder", "timercatch", "15周岁前提醒", "Lane_CDPF", 23, 2, {"date": "${ageingReminderAt}", "listen": "end"}),
    ("Event_ChangeRequested", "msgcatch", "申请更换机构", "Lane_CDPF", 23, 3, {"message": "Message_ChangeRequested"}),
    ("Event_ServiceStopped", "msgcatch", "迁出/停止服务", "Lane_CDPF", 23, 4, {"message": "Message_ServiceStopped"}),
    ("Event_AbsenceReported", "msgcatch", "无故缺勤超30日", "Lane_CDPF", 23, 5, {"message": "Message_AbsenceReported", "listen": "end"}),
    ("Gateway_Suspended", "event", "暂停服务", "Lane_CDPF", 24, 5, {}),
    ("Event_SuspensionExpired", "timercatch", "暂停期满", "Lane_CDPF", 25, 5, {"date": "${suspensionEndsAt}", "listen": "end"}),
    ("Event_AttendanceResumed", "msgcatch", "恢复出勤", "Lane_CDPF", 25, 6, {"message": "Message_AttendanceResumed", "listen": "end"}),
    ("Task_ReviewBill", "user", "审核机构费用清单", "Lane_CDPF", 24, 0, {"group": "CDPF", "form": "review-bill", "listen": "end"}),
    ("Task_ReviewRenewal", "user", "年度续期审核", "Lane_CDPF", 24, 1, {"group": "CDPF", "form": "review-renewal", "listen": "end"}),
    ("Task_PrepareAgeingOut", "user", "满15周岁衔接安排", "Lane_CDPF", 24, 2, {"group": "CDPF", "form": "prepare-ageing-out", "listen": "end"}),
    ("Task_ReviewInstitutionChange", "user", "审核更换机构", "Lane_CDPF", 24, 3, {"group": "CDPF", "form": "review-institution-change", "listen": "end"}),
    ("Gateway_MergeTermination", "xor", "", "Lane_CDPF", 26, 4, {}),
    ("Task_TerminateService", "user", "终止救助", "Lane_CDPF", 27, 4, {"group": "CDPF", "form": "terminate-service", "listen": "end"}),
    ("EndEvent_Terminated", "end", "已终止", "Lane_CDPF", 28, 4, {}),
    ("Gateway_ChangeApproved", "xor", "同意更换？", "Lane_CDPF", 25, 3, {"default": "Flow_ChangeRefused"}),
    ("Gateway_InsuredItems", "xor", "含医保支付项目？", "Lane_CDPF", 29, 0, {"default": "Flow_NothingInsured"}),
    ("Task_PayInsuredItems", "user", "医保先行支付", "Lane_MEDINS", 30, 0, {"group": "MEDINS", "form": "pay-insured-items", "listen": "end"}),
    ("Gateway_MergeInsured", "xor", "", "Lane_FIN", 31, 0, {}),
    ("Task_PayInstitution", "user", "财政直接结算", "Lane_FIN", 32, 0, {"group": "FIN", "form": "pay-institution", "listen": "end"}),
    ("Gateway_PeriodOver", "xor", "服务期结束？", "Lane_FIN", 33, 0, {"default": "Flow_PeriodContinues"}),
    ("EndEvent_ServiceEnded", "end", "救助结束", "Lane_FIN", 34, 0, {"listen": "start"}),
]

# id, source, target, name, condition
F = [
    ("Flow_ToChannel", "StartEvent_ApplicationReceived", "Gateway_Channel", "", None),
    ("Flow_ViaGrassRoots", "Gateway_Channel", "Task_PreliminaryReview", "是", "${viaGrassRoots}"),
    ("Flow_DirectIntake", "Gateway_Channel", "Gateway_MergeIntake", "否", None),
    ("Flow_PreliminaryDone", "Task_PreliminaryReview", "Gateway_MergeIntake", "", None),
    ("Flow_ToCompleteness", "Gateway_MergeIntake", "Task_CheckCompleteness", "", None),
    ("Flow_ToCompletenessGateway", "Task_CheckCompleteness", "Gateway_Completeness", "", None),
    ("Flow_Complete", "Gateway_Completeness", "Gateway_AssessmentNeeded", "齐全，受理", None),
    ("Flow_OutOfScope", "Gateway_Completeness", "EndEvent_NotAccepted", "不属受理范围", "${completeness == 'OUT_OF_SCOPE'}"),
    ("Flow_Incomplete", "Gateway_Completeness", "Gateway_AwaitSupplement", "不齐全，一次性告知", "${completeness == 'INCOMPLETE'}"),
    ("Flow_AwaitSupplemented", "Gateway_AwaitSupplement", "Event_MaterialsSupplemented", "", None),
    ("Flow_AwaitWithdrawn", "Gateway_AwaitSupplement", "Event_ApplicationWithdrawn", "", None),
    ("Flow_AwaitPeriod", "Gateway_AwaitSupplement", "Event_SupplementPeriodPassed", "", None),
    ("Flow_Supplemented", "Event_MaterialsSupplemented", "Gateway_MergeIntake", "", None),
    ("Flow_Withdrawn", "Event_ApplicationWithdrawn", "EndEvent_Withdrawn", "", None),
    ("Flow_PeriodPassed", "Event_SupplementPeriodPassed", "EndEvent_TreatedAsWithdrawn", "", None),
    ("Flow_AssessmentNeeded", "Gateway_AssessmentNeeded", "Task_AssessChild", "是", "${needsAssessment}"),
    ("Flow_NoAssessment", "Gateway_AssessmentNeeded", "Gateway_MergeAssessment", "否", None),
    ("Flow_Assessed", "Task_AssessChild", "Gateway_MergeAssessment", "", None),
    ("Flow_ToChecks", "Gateway_MergeAssessment", "Gateway_SplitChecks", "", None),
    ("Flow_CheckGuardianship", "Gateway_SplitChecks", "Task_CheckGuardianship", "福利机构监护", "${civilCheckNeeded}"),
    ("Flow_CheckInsurance", "Gateway_SplitChecks", "Task_CheckInsurance", "医保协查", "${true}"),
    ("Flow_GuardianshipChecked", "Task_CheckGuardianship", "Gateway_JoinChecks", "", None),
    ("Flow_InsuranceChecked", "Task_CheckInsurance", "Gateway_JoinChecks", "", None),
    ("Flow_ToDecision", "Gateway_JoinChecks", "Task_DecideApplication", "", None),
    ("Flow_ToApproved", "Task_DecideApplication", "Gateway_Approved", "", None),
    ("Flow_Approved", "Gateway_Approved", "Gateway_MergeChoice", "准予", "${approved}"),
    ("Flow_Refused", "Gateway_Approved", "EndEvent_Refused", "不予", None),
    ("Flow_ToChoice", "Gateway_MergeChoice", "Task_ChooseInstitution", "", None),
    ("Flow_ToOutOfArea", "Task_ChooseInstitution", "Gateway_OutOfArea", "", None),
    ("Flow_OutOfArea", "Gateway_OutOfArea", "Task_ApproveOutOfArea", "是", "${outOfArea}"),
    ("Flow_InArea", "Gateway_OutOfArea", "Gateway_MergeAgreement", "否", None),
    ("Flow_ToOutOfAreaApproved", "Task_ApproveOutOfArea", "Gateway_OutOfAreaApproved", "", None),
    ("Flow_OutOfAreaApproved", "Gateway_OutOfAreaApproved", "Gateway_MergeAgreement", "批准", "${outOfAreaApproved}"),
    ("Flow_OutOfAreaRefused", "Gateway_OutOfAreaApproved", "Gateway_MergeChoice", "不批准，重选", None),
    ("Flow_ToAgreement", "Gateway_MergeAgreement", "Task_SignAgreement", "", None),
    ("Flow_AgreementSigned", "Task_SignAgreement", "Gateway_ServiceLoop", "", None),
    ("Flow_ToServiceEvents", "Gateway_ServiceLoop", "Gateway_ServiceEvents", "", None),
    ("Flow_AwaitSettlement", "Gateway_ServiceEvents", "Event_SettlementDue", "", None),
    ("Flow_AwaitRenewal", "Gateway_ServiceEvents", "Event_RenewalDue", "", None),
    ("Flow_AwaitAgeing", "Gateway_ServiceEvents", "Event_AgeingReminder", "", None),
    ("Flow_AwaitChange", "Gateway_ServiceEvents", "Event_ChangeRequested", "", None),
    ("Flow_AwaitStop", "Gateway_ServiceEvents", "Event_ServiceStopped", "", None),
    ("Flow_SettlementDue", "Event_SettlementDue", "Task_ReviewBill", "", None),
    ("Flow_RenewalDue", "Event_RenewalDue", "Task_ReviewRenewal", "", None),
    ("Flow_AgeingReminder", "Event_AgeingReminder", "Task_PrepareAgeingOut", "", None),
    ("Flow_ChangeRequested", "Event_ChangeRequested", "Task_ReviewInstitutionChange", "", None),
    ("Flow_ServiceStopped", "Event_ServiceStopped", "Gateway_MergeTermination", "", None),
    ("Flow_ToTerminate", "Gateway_MergeTermination", "Task_TerminateService", "", None),
    ("Flow_ToInsuredItems", "Task_ReviewBill", "Gateway_InsuredItems", "", None),
    ("Flow_InsuredItems", "Gateway_InsuredItems", "Task_PayInsuredItems", "是", "${insuredAmount > 0}"),
    ("Flow_NothingInsured", "Gateway_InsuredItems", "Gateway_MergeInsured", "否", None),
    ("Flow_InsuredPaid", "Task_PayInsuredItems", "Gateway_MergeInsured", "", None),
    ("Flow_ToPayInstitution", "Gateway_MergeInsured", "Task_PayInstitution", "", None),
    ("Flow_ToPeriodOver", "Task_PayInstitution", "Gateway_PeriodOver", "", None),
    ("Flow_PeriodOver", "Gateway_PeriodOver", "EndEvent_ServiceEnded", "是", "${serviceFinished}"),
    ("Flow_PeriodContinues", "Gateway_PeriodOver", "Gateway_ServiceLoop", "否", None),
    ("Flow_RenewalReviewed", "Task_ReviewRenewal", "Gateway_ServiceLoop", "", None),
    ("Flow_AgeingPrepared", "Task_PrepareAgeingOut", "Gateway_ServiceLoop", "", None),
    ("Flow_ToChangeApproved", "Task_ReviewInstitutionChange", "Gateway_ChangeApproved", "", None),
    ("Flow_ChangeApproved", "Gateway_ChangeApproved", "Gateway_MergeChoice", "同意，重新选择", "${changeApproved}"),
    ("Flow_ChangeRefused", "Gateway_ChangeApproved", "Gateway_ServiceLoop", "不同意", None),
    ("Flow_Terminated", "Task_TerminateService", "EndEvent_Terminated", "", None),
    ("Flow_AwaitAbsence", "Gateway_ServiceEvents", "Event_AbsenceReported", "", None),
    ("Flow_Suspended", "Event_AbsenceReported", "Gateway_Suspended", "", None),
    ("Flow_AwaitSuspensionEnd", "Gateway_Suspended", "Event_SuspensionExpired", "", None),
    ("Flow_AwaitResumption", "Gateway_Suspended", "Event_AttendanceResumed", "", None),
    ("Flow_SuspensionExpired", "Event_SuspensionExpired", "Gateway_MergeTermination", "", None),
    ("Flow_AttendanceResumed", "Event_AttendanceResumed", "Gateway_ServiceLoop", "", None),
]
MESSAGES = [("Message_Supplemented", "RehabMaterialsSupplemented"), ("Message_Withdrawn", "RehabApplicationWithdrawn"),
            ("Message_ChangeRequested", "RehabInstitutionChangeRequested"), ("Message_ServiceStopped", "RehabServiceStopped"),
            ("Message_AbsenceReported", "RehabAbsenceReported"), ("Message_AttendanceResumed", "RehabAttendanceResumed")]

SIZE = {"user": (100, 80), "xor": (50, 50), "or": (50, 50), "event": (50, 50), "start": (36, 36), "end": (36, 36),
        "msgcatch": (36, 36), "timercatch": (36, 36)}

lane_y, y = {}, 80
for lid, _, rows in LANES:
    lane_y[lid] = (y, rows * ROW_H)
    y += rows * ROW_H
TOTAL_H = y - 80
MAX_COL = max(n[4] for n in N)
WIDTH = X0 - LANE_X + (MAX_COL + 1) * COL_W + 40

pos = {}
for nid, kind, name, lane, col, row, extra in N:
    w, h = SIZE[kind]
    cx = X0 + col * COL_W + 50
    cy = lane_y[lane][0] + row * ROW_H + ROW_H // 2
    pos[nid] = (cx - w // 2, cy - h // 2, w, h)


def center(nid):
    x, y, w, h = pos[nid]
    return x + w / 2, y + h / 2


def first_waypoints(s, t):
    sx, sy, sw, sh = pos[s]
    tx, ty, tw, th = pos[t]
    (scx, scy), (tcx, tcy) = center(s), center(t)
    if tcx > scx:  # forward
        if abs(scy - tcy) < 1:
            return [(sx + sw, scy), (tx, tcy)]
        # leave right, turn, enter left
        mid = sx + sw + (tx - (sx + sw)) / 2
        if tcx - scx <= COL_W + 1:
            # next column: go vertical from the source's bottom/top then right
            if tcy > scy:
                return [(scx, sy + sh), (scx, tcy), (tx, tcy)]
            return [(scx, sy), (scx, tcy), (tx, tcy)]
        return [(sx + sw, scy), (mid, scy), (mid, tcy), (tx, tcy)]
    if abs(tcx - scx) < 1:
        return [(scx, sy + sh), (tcx, ty)] if tcy > scy else [(scx, sy), (tcx, ty + th)]
    # backward: below the source row, back left, up into the target
    below = max(sy + sh, ty + th) + 12 + (sum(map(ord, s + t)) % 5) * 4
    if tcy > scy:
        return [(scx, sy + sh), (scx, below), (tcx, below), (tcx, ty + th)]
    return [(scx, sy + sh), (scx, below), (tcx, below), (tcx, ty + th)]



def crosses(pts, s, t):
    """Whether a route passes through a shape other than its own ends."""
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        for nid, (x, y, w, h) in pos.items():
            if nid in (s, t):
                continue
            if x1 == x2 and x < x1 < x + w and max(min(y1, y2), y) < min(max(y1, y2), y + h):
                return True
            if y1 == y2 and y < y1 < y + h and max(min(x1, x2), x) < min(max(x1, x2), x + w):
                return True
    return False


def waypoints(s, t):
    """The simple route; when it would cross a shape, an elbow turning at the source or the target instead."""
    pts = first_waypoints(s, t)
    if not crosses(pts, s, t):
        return pts
    sx, sy, sw, sh = pos[s]
    tx, ty, tw, th = pos[t]
    (scx, scy), (tcx, tcy) = center(s), center(t)
    down = tcy > scy
    candidates = [
        [(scx, sy + sh if down else sy), (scx, tcy), (tx if tcx > scx else tx + tw, tcy)],   # turn at the source
        [(sx + sw if tcx > scx else sx, scy), (tcx, scy), (tcx, ty if down else ty + th)],   # turn at the target
    ]
    for c in candidates:
        if abs(tcx - scx) > 1 and abs(tcy - scy) > 1 and not crosses(c, s, t):
            return c
    return pts


out = []
a = out.append
a('<?xml version="1.0" encoding="UTF-8"?>')
a('<!-- Generated by scripts/rehab-rescue-bpmn.py from its layout table; edit the script, not this file. -->')
a('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
  'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_RehabRescue" targetNamespace="http://tongban.org/bpmn" '
  'exporter="Camunda Modeler" exporterVersion="5.40.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">')
a('  <bpmn:collaboration id="Collaboration_RehabRescue">')
a('    <bpmn:participant id="Participant_RehabRescue" name="残疾儿童康复救助 Child rehabilitation rescue" processRef="rehab-rescue" />')
a('  </bpmn:collaboration>')
a('  <bpmn:process id="rehab-rescue" name="残疾儿童康复救助" isExecutable="true" camunda:historyTimeToLive="P1095D" camunda:versionTag="1.0">')
a('    <bpmn:documentation>A guardian applies for publicly funded rehabilitation of a disabled child aged 0–14 (city plan task 三3): completeness with a one-time notice, assessment by HEALTH where needed, MEDINS and CIVIL checks, decision by CDPF, choice of a designated institution (out-of-area approved by CDPF), agreement, quarterly direct settlement (MEDINS first for insured items, then FIN), annual renewal, change of institution, and exit at 15, on moving away or on stopping. Nothing is published.</bpmn:documentation>')
a('    <bpmn:laneSet id="LaneSet_RehabRescue">')
for lid, lname, _ in LANES:
    a(f'      <bpmn:lane id="{lid}" name="{escape(lname)}">')
    for n in N:
        if n[3] == lid:
            a(f'        <bpmn:flowNodeRef>{n[0]}</bpmn:flowNodeRef>')
    a('      </bpmn:lane>')
a('    </bpmn:laneSet>')
incoming = {n[0]: [] for n in N}
outgoing = {n[0]: [] for n in N}
for fid, s, t, _, _ in F:
    outgoing[s].append(fid)
    incoming[t].append(fid)
TAGS = {"user": "userTask", "xor": "exclusiveGateway", "or": "inclusiveGateway", "event": "eventBasedGateway",
        "start": "startEvent", "end": "endEvent", "msgcatch": "intermediateCatchEvent", "timercatch": "intermediateCatchEvent"}
for nid, kind, name, lane, col, row, extra in N:
    tag = TAGS[kind]
    attrs = f'id="{nid}"' + (f' name="{escape(name)}"' if name else "")
    if kind == "user":
        attrs += f' camunda:candidateGroups="{extra["group"]}" camunda:formRef="rehab-rescue.{extra["form"]}" camunda:formRefBinding="deployment"'
    if "default" in extra:
        attrs += f' default="{extra["default"]}"'
    a(f'    <bpmn:{tag} {attrs}>')
    ext = []
    if "listen" in extra:
        ext.append(f'        <camunda:executionListener delegateExpression="${{rehabSteps}}" event="{extra["listen"]}" />')
    if ext:
        a('      <bpmn:extensionElements>')
        out.extend(ext)
        a('      </bpmn:extensionElements>')
    for f in incoming[nid]:
        a(f'      <bpmn:incoming>{f}</bpmn:incoming>')
    for f in outgoing[nid]:
        a(f'      <bpmn:outgoing>{f}</bpmn:outgoing>')
    if kind == "msgcatch":
        a(f'      <bpmn:messageEventDefinition id="{nid}_Definition" messageRef="{extra["message"]}" />')
    if kind == "timercatch":
        a(f'      <bpmn:timerEventDefinition id="{nid}_Definition">')
        a(f'        <bpmn:timeDate xsi:type="bpmn:tFormalExpression">{extra["date"]}</bpmn:timeDate>')
        a('      </bpmn:timerEventDefinition>')
    a(f'    </bpmn:{tag}>')
for fid, s, t, name, cond in F:
    nm = f' name="{escape(name)}"' if name else ""
    if cond:
        a(f'    <bpmn:sequenceFlow id="{fid}"{nm} sourceRef="{s}" targetRef="{t}">')
        a(f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(cond)}</bpmn:conditionExpression>')
        a('    </bpmn:sequenceFlow>')
    else:
        a(f'    <bpmn:sequenceFlow id="{fid}"{nm} sourceRef="{s}" targetRef="{t}" />')
a('  </bpmn:process>')
for mid, mname in MESSAGES:
    a(f'  <bpmn:message id="{mid}" name="{mname}" />')
a('  <bpmndi:BPMNDiagram id="BPMNDiagram_RehabRescue">')
a('    <bpmndi:BPMNPlane id="BPMNPlane_RehabRescue" bpmnElement="Collaboration_RehabRescue">')
a(f'      <bpmndi:BPMNShape id="Participant_RehabRescue_di" bpmnElement="Participant_RehabRescue" isHorizontal="true">')
a(f'        <dc:Bounds x="{LANE_X - HEADER}" y="80" width="{WIDTH + HEADER}" height="{TOTAL_H}" />')
a('      </bpmndi:BPMNShape>')
for lid, _, rows in LANES:
    ly, lh = lane_y[lid]
    a(f'      <bpmndi:BPMNShape id="{lid}_di" bpmnElement="{lid}" isHorizontal="true">')
    a(f'        <dc:Bounds x="{LANE_X}" y="{ly}" width="{WIDTH}" height="{lh}" />')
    a('      </bpmndi:BPMNShape>')
for nid, kind, name, lane, col, row, extra in N:
    x, y, w, h = pos[nid]
    marker = ' isMarkerVisible="true"' if kind == "xor" else ""
    a(f'      <bpmndi:BPMNShape id="{nid}_di" bpmnElement="{nid}"{marker}>')
    a(f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />')
    if name and kind != "user":
        a(f'        <bpmndi:BPMNLabel><dc:Bounds x="{x + w/2 - 45:.0f}" y="{y - 22 if kind in ("xor","or","event") else y + h + 4}" width="90" height="14" /></bpmndi:BPMNLabel>')
    a('      </bpmndi:BPMNShape>')
for fid, s, t, name, cond in F:
    a(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">')
    pts = waypoints(s, t)
    for px, py in pts:
        a(f'        <di:waypoint x="{px:.0f}" y="{py:.0f}" />')
    if name:
        lx, ly = (pts[0][0] + pts[1][0]) / 2, (pts[0][1] + pts[1][1]) / 2
        a(f'        <bpmndi:BPMNLabel><dc:Bounds x="{lx + 4:.0f}" y="{ly - 16:.0f}" width="80" height="14" /></bpmndi:BPMNLabel>')
    a('      </bpmndi:BPMNEdge>')
a('    </bpmndi:BPMNPlane>')
a('  </bpmndi:BPMNDiagram>')
a('</bpmn:definitions>')
import os
os.makedirs("processes/rehab-rescue", exist_ok=True)
open("processes/rehab-rescue/rehab-rescue.bpmn", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("wrote", len(N), "nodes,", len(F), "flows")
