/**
 * The UI shell (main layout, login, home), language choice, error handling and time;
 * features add themselves to the menu with {@code @Menu} and never import the layout.
 */
package org.tongban.base;
