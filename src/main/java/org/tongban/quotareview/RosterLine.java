package org.tongban.quotareview;

import java.math.BigDecimal;

/**
 * One disabled employee as declared by the employer.
 *
 * @param cardNumber     the 20-character 残疾人证 number, or for a 残疾军人证 the holder's ID number
 * @param veteranGrade   the 残疾军人证 grade (1–8); null for a 残疾人证
 * @param contractMonths the contract length in months (ignored for 在编 staff)
 * @param monthsEmployed months employed in the figures year (1–12); part years are pro-rated
 * @param annualWage     wages paid in the figures year
 */
public record RosterLine(CardKind cardKind, String cardNumber, Integer veteranGrade, boolean permanentStaff,
        int contractMonths, int monthsEmployed, BigDecimal annualWage, boolean insuranceFull,
        boolean innerMongoliaHukou) {
}
