/**
 * Views of the quota review: the yearly campaign with its bulk start, and the window officer's
 * declaration form.
 */
package org.tongban.quotareview.ui;
