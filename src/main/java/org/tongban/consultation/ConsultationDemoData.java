package org.tongban.consultation;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongban.organisation.OrgStartup;

/** A few referred consultations, so agencies' queues are not empty on first start. */
@Component
@Profile("demo")
@Order(OrgStartup.DEMO_DATA + 2)
class ConsultationDemoData implements ApplicationRunner {

    private final ConsultationService consultations;
    private final HistoryService history;

    ConsultationDemoData(ConsultationService consultations, HistoryService history) {
        this.consultations = consultations;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ConsultationProcess.KEY).count() > 0) {
            return;
        }
        consultations.refer("CDPF", "残疾人证换领咨询");
        consultations.refer("CDPF", "辅助器具适配咨询");
        consultations.refer("JUSTICE", "法律援助申请条件咨询");
        consultations.refer("HOUSING", "无障碍改造申请咨询");
        consultations.refer("HRSS", "公益性岗位政策咨询");
        consultations.refer("CDPF", "CIVIL", "困难残疾人生活补贴与低保衔接咨询");
        consultations.refer("HOUSING", "CDPF", "重度残疾人家庭无障碍改造标准咨询");
    }
}
