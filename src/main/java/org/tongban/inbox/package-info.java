/**
 * Task inboxes: a projection of open user tasks kept in step by task events, the queries the
 * lists run on it, and the task actions (over Camunda's TaskService) with their access checks.
 */
package org.tongban.inbox;
