/**
 * Spring Security over Camunda's identity service: users, passwords and memberships live once,
 * in Camunda; this package turns them into a signed-in {@link org.tongban.security.TongbanUser}.
 */
package org.tongban.security;
