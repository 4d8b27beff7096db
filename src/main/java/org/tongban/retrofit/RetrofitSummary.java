package org.tongban.retrofit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.cases.CaseFact;
import org.tongban.cases.CaseSummaryProvider;
import org.tongban.people.Masking;
import org.tongban.people.Person;

/**
 * The case view's summary of a retrofit: masked head and ID, unit, channel, status, priority, the
 * agencies' findings, the plan and budget, batch and inspection. No category, grade or address.
 */
@Component
class RetrofitSummary implements CaseSummaryProvider {

    private final RetrofitApplicationRepository applications;
    private final RetrofitRules rules;
    private final RetrofitService service;

    RetrofitSummary(RetrofitApplicationRepository applications, RetrofitRules rules, RetrofitService service) {
        this.applications = applications;
        this.rules = rules;
        this.service = service;
    }

    @Override
    public String processKey() {
        return RetrofitProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseFact> summary(String caseNumber, Locale locale) {
        ResourceBundle t = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        List<CaseFact> facts = new ArrayList<>();
        applications.findByCaseNumber(caseNumber).ifPresent(a -> {
            Household h = a.getHousehold();
            Person head = rules.members(h).stream().filter(p -> p.getId().equals(h.getHeadPersonId())).findFirst().orElseThrow();
            facts.add(new CaseFact(t.getString("retrofit.summary.head"), Masking.name(head.getName())));
            facts.add(new CaseFact(t.getString("retrofit.summary.idNumber"), head.maskedIdNumber()));
            facts.add(new CaseFact(t.getString("retrofit.summary.unit"), h.getGrassRootsUnit()));
            facts.add(new CaseFact(t.getString("retrofit.summary.members"), String.valueOf(h.getMembers().size())));
            facts.add(new CaseFact(t.getString("retrofit.summary.channel"), t.getString("retrofit.channel." + a.getChannel())));
            facts.add(new CaseFact(t.getString("retrofit.summary.status"), t.getString("retrofit.status." + a.getStatus())));
            facts.add(new CaseFact(t.getString("retrofit.summary.year"), String.valueOf(a.getProgrammeYear())));
            facts.add(new CaseFact(t.getString("retrofit.summary.priority"), String.valueOf(a.getPriorityScore())));
            if (a.getRefusalReason() != null) {
                facts.add(new CaseFact(t.getString("retrofit.summary.refusal"), t.getString("retrofit.reason." + a.getRefusalReason())));
            }
            service.plan(caseNumber).ifPresent(p -> {
                facts.add(new CaseFact(t.getString("retrofit.summary.plan"), String.join("；", p.lines())));
                facts.add(new CaseFact(t.getString("retrofit.summary.budget"), RetrofitService.yuan(p.total()) + " / "
                        + RetrofitService.yuan(p.cap())));
                facts.add(new CaseFact(t.getString("retrofit.summary.split"), RetrofitService.yuan(p.split().central()) + " / "
                        + RetrofitService.yuan(p.split().region()) + " / " + RetrofitService.yuan(p.split().city())));
            });
            if (a.getBatchCode() != null) {
                facts.add(new CaseFact(t.getString("retrofit.summary.batch"), a.getBatchCode()));
            }
            if (a.getInspectionRounds() > 0) {
                facts.add(new CaseFact(t.getString("retrofit.summary.inspections"), String.valueOf(a.getInspectionRounds())));
            }
        });
        return facts;
    }
}
