/**
 * Views of the retrofit procedure: the new-application form for intake officers and the year's
 * programme (target, budget, progress and the ranked list).
 */
package org.tongban.retrofit.ui;
