/**
 * Case numbers ({@code <PREFIX>-<year>-<6-digit sequence>}), the business key of every process
 * instance and the number citizens quote.
 */
package org.tongban.cases;
