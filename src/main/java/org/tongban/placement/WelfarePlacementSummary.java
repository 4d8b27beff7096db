package org.tongban.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.cases.CaseFact;
import org.tongban.cases.CaseSummaryProvider;
import org.tongban.organisation.Organisation;
import org.tongban.people.PeopleRegistry;
import org.tongban.people.Person;

/**
 * The summary of a placement case for the shared case view: status, applicant (ID masked), unit,
 * post, the person's placement count against the cap, the subsidy term and the outcome. No card
 * category, grade or diagnosis.
 */
@Component
class WelfarePlacementSummary implements CaseSummaryProvider {

    private final WelfareApplicationRepository applications;
    private final WelfarePostPlanRepository plans;
    private final WelfarePostRepository posts;
    private final PlacementRepository placements;
    private final PlacementCounter counter;
    private final PeopleRegistry people;
    private final Organisation organisation;

    WelfarePlacementSummary(WelfareApplicationRepository applications, WelfarePostPlanRepository plans,
            WelfarePostRepository posts, PlacementRepository placements, PlacementCounter counter, PeopleRegistry people,
            Organisation organisation) {
        this.applications = applications;
        this.plans = plans;
        this.posts = posts;
        this.placements = placements;
        this.counter = counter;
        this.people = people;
        this.organisation = organisation;
    }

    @Override
    public String processKey() {
        return WelfarePlacementProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseFact> summary(String caseNumber, Locale locale) {
        ResourceBundle t = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        List<CaseFact> facts = new ArrayList<>();
        var plan = plans.findByCaseNumber(caseNumber);
        if (plan.isPresent()) {
            facts.add(new CaseFact(t.getString("placement.summary.plan"), String.valueOf(plan.get().getPlanYear())));
            facts.add(new CaseFact(t.getString("placement.summary.status"),
                    t.getString("placement.plan.status." + plan.get().getStatus())));
            return facts;
        }
        WelfareApplication a = applications.findByCaseNumber(caseNumber).orElse(null);
        if (a == null) {
            return facts;
        }
        Person p = people.findById(a.getPersonId()).orElseThrow();
        facts.add(new CaseFact(t.getString("placement.summary.status"), t.getString("placement.status." + a.getStatus())));
        facts.add(new CaseFact(t.getString("placement.summary.applicant"), p.getName()));
        facts.add(new CaseFact(t.getString("placement.summary.idNumber"), p.maskedIdNumber()));
        facts.add(new CaseFact(t.getString("placement.summary.unit"),
                organisation.find(a.getGrassRootsUnit()).map(u -> u.name(locale)).orElse(a.getGrassRootsUnit())));
        facts.add(new CaseFact(t.getString("placement.summary.received"), a.getReceivedAt().toLocalDate().toString()));
        if (a.getPostId() != null) {
            posts.findById(a.getPostId()).ifPresent(post -> facts.add(new CaseFact(t.getString("placement.summary.post"),
                    post.getTitle() + " · " + post.getEmployer())));
        }
        PlacementCounter.Count count = counter.count(a.getPersonId());
        facts.add(new CaseFact(t.getString("placement.summary.count"),
                String.format(locale, t.getString("placement.summary.countValue"), count == null ? 0 : count.placements())));
        placements.findByApplicationId(a.getId()).ifPresent(pl -> facts.add(new CaseFact(t.getString("placement.summary.term"),
                pl.getStartedOn() + " – " + pl.getTermEnd() + " (" + t.getString("placement.term." + pl.getTermBasis()) + ")")));
        if (a.getOutcomeReason() != null) {
            facts.add(new CaseFact(t.getString("placement.summary.outcome"), reason(t, a.getOutcomeReason())));
        }
        return facts;
    }

    private static String reason(ResourceBundle t, String code) {
        String key = "placement.reason." + code;
        return t.containsKey(key) ? t.getString(key) : code;
    }
}
