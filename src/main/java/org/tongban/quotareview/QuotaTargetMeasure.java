package org.tongban.quotareview;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.committee.targets.Measurement;
import org.tongban.committee.targets.Measurement.CaseRef;
import org.tongban.committee.targets.Period;
import org.tongban.committee.targets.TargetMeasure;

/**
 * Member units of the committee that reached the employment ratio: of their reviews of the
 * review year that were certified, those whose weighted count reached the required count (the
 * rule of {@link QuotaReviewService#memberUnits()}). Yearly only; uncertified reviews are not counted.
 */
@Component
class QuotaTargetMeasure implements TargetMeasure {

    private final EntityManager entities;

    QuotaTargetMeasure(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String targetCode() {
        return "QUOTA_MEMBER_UNITS";
    }

    @Override
    public String procedure() {
        return QuotaReviewProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Measurement> measure(Period period) {
        if (!period.isYear()) {
            return Optional.empty();
        }
        List<Review> certified = entities.createQuery("""
                select r from Review r join r.employer e
                where r.reviewYear = :year and r.certifiedAt is not null and e.committeeMember = true
                order by r.caseNumber""", Review.class).setParameter("year", period.year()).getResultList();
        if (certified.isEmpty()) {
            return Optional.empty();
        }
        List<CaseRef> cases = certified.stream().map(r -> new CaseRef(r.getCaseNumber(),
                r.getWeightedCount() != null && r.getRequiredCount() != null
                        && r.getWeightedCount().compareTo(r.getRequiredCount()) >= 0)).toList();
        long reached = cases.stream().filter(CaseRef::counted).count();
        return Optional.of(Measurement.rate(reached, cases.size(), cases,
                "残工委成员单位" + period.year() + "年度已核定" + cases.size() + "家，达标" + reached + "家"));
    }
}
