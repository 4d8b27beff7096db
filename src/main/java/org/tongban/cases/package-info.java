/**
 * Case numbers ({@code <PREFIX>-<year>-<6-digit sequence>}), the business key of every process
 * instance and the number citizens quote, and the gap-free yearly counter behind every number.
 */
package org.tongban.cases;
