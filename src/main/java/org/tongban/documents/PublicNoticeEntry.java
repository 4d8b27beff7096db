package org.tongban.documents;

import java.math.BigDecimal;
import java.util.Locale;
import org.tongban.people.Masking;

/**
 * One person on a 公示 list. Only what may be published (common.md §6.6): the name (masked when
 * printed), the grass-roots unit, the item and the amount of public funds, if any. There is no
 * place for an ID, card, category, grade, diagnosis or address.
 */
public record PublicNoticeEntry(String name, String unit, String item, BigDecimal amount) {

    public String maskedName() {
        return Masking.name(name);
    }

    /** The amount with two decimals and thousands separators, or a dash when no money is involved. */
    public String formattedAmount() {
        return amount == null ? "—" : String.format(Locale.ROOT, "%,.2f", amount);
    }
}
