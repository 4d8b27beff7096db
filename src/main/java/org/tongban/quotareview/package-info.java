/**
 * Quota-employment annual review and levy (按比例安排残疾人就业年审 + 残保金): employer registry,
 * yearly campaign, declarations with their roster, the levy of quota-review.md and process {@code quota-review}.
 */
package org.tongban.quotareview;
