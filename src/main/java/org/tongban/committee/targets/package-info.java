/**
 * The city plan's targets for the committee (残工委): each figure computed by a procedure through
 * {@link org.tongban.committee.targets.TargetMeasure} or entered by CDPF, with trend and gap.
 */
package org.tongban.committee.targets;
