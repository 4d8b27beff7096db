package org.tongban.documents.ui;

import java.io.Serializable;
import org.tongban.documents.IssuedDocument;
import org.tongban.security.TongbanUser;

/**
 * Whether a user may download a document; supplied by the view that shows the link, which knows
 * the case and the rules for it (common.md §6.3). Checked again on every download request.
 */
@FunctionalInterface
public interface DocumentAccess extends Serializable {

    boolean mayDownload(TongbanUser user, IssuedDocument document);
}
