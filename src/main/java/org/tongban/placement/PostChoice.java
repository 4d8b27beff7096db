package org.tongban.placement;

import java.math.BigDecimal;

/** One post offered by the post picker: an open post of this year's funded plan. */
public record PostChoice(long id, String title, String employer, String grassRootsUnit, BigDecimal monthlyWage) {
}
