/**
 * Official documents: numbered, archival (PDF/A-2b) Chinese PDFs rendered with PDFBox, stored
 * once and never changed, verifiable from paper by the code and QR code on every page.
 */
package org.tongban.documents;
