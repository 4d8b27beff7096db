/**
 * The committee's view across agencies (issue 11): a read model of task facts kept from engine
 * events and rebuildable from history, the figures read from it with SQL percentiles, and the
 * monitoring report. Case numbers only; no personal data enters this package.
 */
package org.tongban.committee;
