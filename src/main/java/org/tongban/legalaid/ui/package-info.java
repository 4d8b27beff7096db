/**
 * Legal aid views: the centre's "new application" form, validated as the user types and again on the server.
 */
package org.tongban.legalaid.ui;
