package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.tongban.people.IdNumbers;

/** Synthetic ID numbers, certificate numbers and credit codes with correct check characters. */
public final class QuotaFixtures {

    private static final AtomicInteger CODES = new AtomicInteger((int) (System.nanoTime() % 100000));

    private QuotaFixtures() {
    }

    /** An 18-character ID number; odd sequence digits are men. */
    public static String idNumber(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    static String card(String idNumber, int category, int grade) {
        return idNumber + category + grade;
    }

    /** A unified social credit code: the 17 given characters and their check character. */
    public static String creditCode(String first17) {
        return first17 + UnifiedCreditCode.checkCharacter(first17);
    }

    /** A fresh valid unified social credit code (enterprise, region 152501). */
    public static String newCreditCode() {
        String first17 = "91152501" + "MA%07d".formatted(CODES.incrementAndGet() % 10_000_000).replace(' ', '0');
        return first17 + UnifiedCreditCode.checkCharacter(first17);
    }

    static RosterLine fullYear(String card) {
        return new RosterLine(CardKind.DISABILITY, card, null, false, 36, 12, new BigDecimal("48000"), true, true);
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }
}
