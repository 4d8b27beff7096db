package org.tongban.retrofit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A plan's budget split: central lottery fund, region and city; the city takes the rounding rest. */
public record FundingSplit(BigDecimal central, BigDecimal region, BigDecimal city) {

    /** The split of a total by the programme's shares; the city takes what rounding leaves. */
    public static FundingSplit of(BigDecimal total, int centralPercent, int regionPercent) {
        BigDecimal central = total.multiply(BigDecimal.valueOf(centralPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        BigDecimal region = total.multiply(BigDecimal.valueOf(regionPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        return new FundingSplit(central, region, total.subtract(central).subtract(region));
    }
}
