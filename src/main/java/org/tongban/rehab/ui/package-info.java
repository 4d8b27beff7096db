/**
 * Views of rehab rescue: the intake officer's new-application form (consent first).
 */
package org.tongban.rehab.ui;
