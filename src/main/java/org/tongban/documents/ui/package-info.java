/**
 * UI pieces of the documents capability: the one download link every case and task view uses.
 */
package org.tongban.documents.ui;
