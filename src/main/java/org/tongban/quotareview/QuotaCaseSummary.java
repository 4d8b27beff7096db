package org.tongban.quotareview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.cases.CaseFact;
import org.tongban.cases.CaseSummaryProvider;

/**
 * The case view's summary of a review: the employer, the figures, the levy and each declared
 * employee by line number (what HRSS's 协查 answers refer to), card numbers masked.
 */
@Component
class QuotaCaseSummary implements CaseSummaryProvider {

    private final ReviewRepository reviews;

    QuotaCaseSummary(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public String processKey() {
        return QuotaReviewProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseFact> summary(String caseNumber, Locale locale) {
        Review r = reviews.findByCaseNumber(caseNumber).orElse(null);
        if (r == null) {
            return List.of();
        }
        List<CaseFact> facts = new ArrayList<>();
        Employer e = r.getEmployer();
        facts.add(fact("quotareview.summary.employer", locale, e.getName()));
        facts.add(fact("quotareview.field.creditCode", locale, e.getCreditCode()));
        facts.add(fact("quotareview.summary.kind", locale, Texts.text("quotareview.kind." + e.getKind().name(), locale)));
        facts.add(fact("quotareview.field.reviewYear", locale, String.valueOf(r.getReviewYear())));
        facts.add(fact("quotareview.summary.status", locale, Texts.text("quotareview.status." + r.getStatus().name(), locale)));
        if (r.getChannel() != null) {
            facts.add(fact("quotareview.summary.channel", locale, Texts.text("quotareview.channel." + r.getChannel().name(), locale)));
        }
        facts.add(fact("quotareview.field.headcount", locale, QuotaReviewDocuments.plain(r.getHeadcount())));
        facts.add(fact("quotareview.field.payroll", locale, QuotaReviewDocuments.plain(r.getPayroll())));
        if (r.getFee() != null) {
            facts.add(fact("quotareview.summary.required", locale, QuotaReviewDocuments.plain(r.getRequiredCount())));
            facts.add(fact("quotareview.summary.weighted", locale, QuotaReviewDocuments.plain(r.getWeightedCount())));
            facts.add(fact("quotareview.summary.fee", locale, QuotaReviewDocuments.plain(r.getFee())));
            facts.add(fact("quotareview.summary.tier", locale, Texts.text("quotareview.tier." + r.getTier().name(), locale)));
        }
        if (r.isReliefRequested()) {
            facts.add(fact("quotareview.field.reliefReason", locale, r.getReliefReason()));
        }
        if (r.getReliefAmount() != null || r.getDeferralMonths() != null) {
            facts.add(fact("quotareview.summary.relief", locale, QuotaReviewDocuments.plain(r.getReliefAmount()) + " / "
                    + (r.getDeferralMonths() == null ? "—" : r.getDeferralMonths())));
        }
        if (r.getLateFee() != null) {
            facts.add(fact("quotareview.summary.lateFee", locale, QuotaReviewDocuments.plain(r.getLateFee())));
        }
        int n = 1;
        for (RosterEntry entry : r.getRoster()) {
            String verdict = entry.counted() ? Texts.text("quotareview.verdict.counted", locale) + " ×" + entry.getWeight()
                    : Texts.text("quotareview.exclusion." + entry.getExclusion().name(), locale);
            facts.add(new CaseFact(Texts.text("quotareview.summary.line", locale, n++),
                    entry.maskedCardNumber() + " · " + entry.getMonthsEmployed() + " " + Texts.text("quotareview.summary.months", locale)
                            + " · " + verdict));
        }
        return facts;
    }

    private static CaseFact fact(String key, Locale locale, String value) {
        return new CaseFact(Texts.text(key, locale), value == null ? "—" : value);
    }
}
