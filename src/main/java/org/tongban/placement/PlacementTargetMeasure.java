package org.tongban.placement;

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
 * Towards the plan's "50 就业": welfare placements that started in the period, one per placement.
 * Only the jobs this procedure places; jobs found by other channels are not in Tongban.
 */
@Component
class PlacementTargetMeasure implements TargetMeasure {

    private final EntityManager entities;

    PlacementTargetMeasure(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String targetCode() {
        return "EMPLOYMENT_50";
    }

    @Override
    public String procedure() {
        return WelfarePlacementProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Measurement> measure(Period period) {
        List<String> started = entities.createQuery("""
                select a.caseNumber from Placement p, WelfareApplication a
                where a.id = p.applicationId and p.startedOn >= :from and p.startedOn <= :to
                order by a.caseNumber""", String.class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        return Optional.of(Measurement.count(started.size(), started.stream().map(n -> new CaseRef(n, true)).toList(),
                "当期开始的安置（仅本系统办理的集中安置，不含其他渠道就业）"));
    }
}
