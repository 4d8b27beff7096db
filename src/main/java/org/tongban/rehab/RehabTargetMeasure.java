package org.tongban.rehab;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.committee.targets.Measurement;
import org.tongban.committee.targets.Measurement.CaseRef;
import org.tongban.committee.targets.Period;
import org.tongban.committee.targets.TargetMeasure;
import org.tongban.rehab.RehabEnums.Status;

/**
 * The plan's basic rehab service rate as far as Tongban sees it (the same rule as {@link RehabKpi}):
 * of the period's rehab-rescue applicants, the share whose first service started within the
 * period. Withdrawn and not-accepted applications are not applicants; refused ones are.
 */
@Component
class RehabTargetMeasure implements TargetMeasure {

    private static final Set<Status> NOT_APPLICANTS = EnumSet.of(Status.WITHDRAWN, Status.NOT_ACCEPTED);

    private final EntityManager entities;

    RehabTargetMeasure(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public String targetCode() {
        return "REHAB_BASIC_SERVICE";
    }

    @Override
    public String procedure() {
        return RehabProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Measurement> measure(Period period) {
        // Case number, status and service date only: the child (encrypted personal data) is not loaded.
        List<Object[]> rows = entities.createQuery("""
                select a.caseNumber, a.status, a.servedOn from RehabApplication a
                where a.receivedOn >= :from and a.receivedOn <= :to order by a.caseNumber""", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList();
        List<CaseRef> cases = rows.stream().filter(r -> !NOT_APPLICANTS.contains((Status) r[1]))
                .map(r -> new CaseRef((String) r[0], r[2] != null && !((LocalDate) r[2]).isAfter(period.to()))).toList();
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        long served = cases.stream().filter(CaseRef::counted).count();
        return Optional.of(Measurement.rate(served, cases.size(), cases,
                "当期申请儿童中当期开始服务的比例（" + served + "/" + cases.size() + "）"));
    }
}
