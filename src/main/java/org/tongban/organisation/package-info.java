/**
 * Agencies, grass-roots units and the committee (common.md §3), and the roles of their staff.
 * The only source of candidate-group ids: each unit is also a Camunda group with the same id.
 */
package org.tongban.organisation;
