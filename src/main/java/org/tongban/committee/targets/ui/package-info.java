/**
 * The plan targets on screen: {@link org.tongban.committee.targets.ui.PlanTargetsSection} for the
 * committee page and the CDPF entry page {@code committee/targets}.
 */
package org.tongban.committee.targets.ui;
