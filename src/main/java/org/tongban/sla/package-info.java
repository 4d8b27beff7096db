/**
 * SLA clocks: the business calendar of Chinese working days, time limits as dated policies per
 * task, pauses and extensions, and the escalation ladder (黄牌, 红牌, 督办) with notifications.
 */
package org.tongban.sla;
