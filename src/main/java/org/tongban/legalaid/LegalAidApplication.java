package org.tongban.legalaid;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An application as taken at intake (UI or REST). Facts, income, name, ID number, phone and category
 * are personal data: they go encrypted into the case row and never into the process or a log.
 *
 * @param channel             WALK_IN, STATION, HOTLINE, CUSTODY or DEFENCE_NOTICE
 * @param disabilityCategory  the card's category digit 1–7 (GB/T 26341)
 * @param matterType          one of {@link MatterType}
 * @param monthlyIncome       declared income per household member and month (yuan), null if none declared
 * @param exemptGroup         one of {@link ExemptGroup} (法律援助法 第42条)
 * @param defendantWithoutLawyer a suspect or defendant without a lawyer (第25条, with category 1–3)
 * @param forwardingAgency    POLICE, PROCURATORATE or COURT for CUSTODY and DEFENCE_NOTICE
 * @param custodyRequestAt    when the person in custody asked (CUSTODY; the 24-hour clock runs from it)
 * @param hotline             12345, 12385 or 12348 (HOTLINE)
 */
public record LegalAidApplication(String channel, String applicantName, String idNumber, String phone,
        Integer disabilityCategory, String matterType, String caseFacts, BigDecimal monthlyIncome,
        String exemptGroup, boolean noMeansTestMatter, boolean assistanceClaimed, boolean defendantWithoutLawyer,
        LocalDate limitationDate, String forwardingAgency, Instant custodyRequestAt, String hotline,
        String hotlineOrderNumber) {

    /** How the request reached the centre (legal-aid.md steps 1a–1e). */
    public enum Channel { WALK_IN, STATION, HOTLINE, CUSTODY, DEFENCE_NOTICE }

    /** 法律援助法 第31条 matters, and criminal defence (第25条). */
    public enum MatterType {
        STATE_COMPENSATION, SOCIAL_INSURANCE, MAINTENANCE, LABOUR, INCAPACITY, INJURY, CRIMINAL_DEFENCE, OTHER
    }

    /** The groups whose means are not checked (第42条); social-assistance recipients are confirmed by CIVIL instead. */
    public enum ExemptGroup {
        NONE, DISABLED_NO_FIXED_INCOME, MINOR_NO_FIXED_INCOME, ELDERLY_NO_FIXED_INCOME, MIGRANT_WAGE_CLAIM
    }
}
