/**
 * Who did or saw what, when: every decision, unmasking, export, sign-in and permission change
 * (PIPL; kept at least six months). Entries carry user names and internal ids, never personal data.
 */
package org.tongban.audit;
