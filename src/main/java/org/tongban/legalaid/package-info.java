/**
 * Legal aid (法律援助) for disabled persons: intake from the centre, the CDPF legal help station, hotlines
 * and custody; means test; decision, assignment, handling, termination, objection, complaints and closing.
 */
package org.tongban.legalaid;
