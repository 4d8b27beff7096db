/**
 * Rehabilitation rescue for disabled children aged 0–14 (残疾儿童康复救助, process {@code rehab-rescue}):
 * guardian consent first, eligibility on dated parameters, one institution at a time, direct settlement.
 */
package org.tongban.rehab;
