/**
 * The committee's page: league table, hand-off Sankey, BPMN heatmaps, drill-down to case numbers,
 * and the report and CSV downloads.
 */
package org.tongban.committee.ui;
