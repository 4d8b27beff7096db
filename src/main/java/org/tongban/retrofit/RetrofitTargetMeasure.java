package org.tongban.retrofit;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.committee.targets.Measurement;
import org.tongban.committee.targets.Measurement.CaseRef;
import org.tongban.committee.targets.Period;
import org.tongban.committee.targets.TargetMeasure;

/**
 * Retrofits against the year's programme (年度实施方案): households of the programme year whose
 * works passed acceptance, over the programme's target households. Yearly only (the programme is
 * yearly); cases still under way are listed as not counted.
 */
@Component
class RetrofitTargetMeasure implements TargetMeasure {

    private final ProgrammeRepository programmes;
    private final RetrofitApplicationRepository applications;

    RetrofitTargetMeasure(ProgrammeRepository programmes, RetrofitApplicationRepository applications) {
        this.programmes = programmes;
        this.applications = applications;
    }

    @Override
    public String targetCode() {
        return "RETROFIT_YEARLY";
    }

    @Override
    public String procedure() {
        return RetrofitProcess.KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Measurement> measure(Period period) {
        if (!period.isYear()) {
            return Optional.empty();
        }
        return programmes.findByProgrammeYear(period.year()).filter(p -> p.getTargetHouseholds() > 0).map(programme -> {
            List<CaseRef> cases = applications.findByProgrammeYear(period.year()).stream()
                    .filter(a -> a.getPassedAt() != null || a.getStatus().inTheRunning())
                    .map(a -> new CaseRef(a.getCaseNumber(), a.getPassedAt() != null)).toList();
            long done = cases.stream().filter(CaseRef::counted).count();
            return Measurement.rate(done, programme.getTargetHouseholds(), cases,
                    period.year() + "年度方案目标" + programme.getTargetHouseholds() + "户中已验收合格" + done + "户");
        });
    }
}
