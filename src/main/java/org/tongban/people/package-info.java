/**
 * The disabled-person registry: persons, their dated disability cards, certificate-number
 * validation (common.md §5) and the masking every list, log line and PDF uses.
 */
package org.tongban.people;
