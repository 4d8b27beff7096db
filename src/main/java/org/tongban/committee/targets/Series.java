package org.tongban.committee.targets;

import java.util.List;
import org.tongban.committee.targets.TargetFigure.Source;
import org.tongban.committee.targets.TargetFigure.TrendPoint;

/**
 * A target's points before the arithmetic against the target: one per year that has a figure,
 * one per quarter of the chosen year, and the chosen year's own point with its source.
 *
 * @param latest null when the chosen year has no figure
 * @param source null when the chosen year has no figure
 */
record Series(List<TrendPoint> years, List<TrendPoint> quarters, TrendPoint latest, Source source) {
}
