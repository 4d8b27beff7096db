/**
 * Demo data for the embedded default (profile {@code demo}): users for every role and agency
 * with tasks, and a synthetic registry mirroring the city figures of common.md §7.
 */
package org.tongban.demo;
