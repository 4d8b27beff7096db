package org.tongban.documents.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.util.Optional;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The one link through which the UI hands out a stored document: shows kind and number, names the
 * file by its number, checks {@link DocumentAccess} on every request and writes each download
 * (and each refusal) to the audit trail. Refused requests get HTTP 403 and no bytes.
 */
public class DocumentDownload extends Anchor {

    private final transient DocumentService documents;
    private final IssuedDocument document;
    private final DocumentAccess access;

    public DocumentDownload(DocumentService documents, IssuedDocument document, DocumentAccess access) {
        this.documents = documents;
        this.document = document;
        this.access = access;
        String kind = getTranslation("document.kind." + document.kind().name());
        setText(kind + " " + document.number());
        getElement().setAttribute("aria-label", getTranslation("document.download.label", kind, document.number(),
                Math.max(1, Math.round(document.size() / 1024.0))));
        getElement().setAttribute("title", getTranslation("document.download.title"));
        addClassName("document-download");
        boolean allowed = CurrentUser.get().filter(user -> access.mayDownload(user, document)).isPresent();
        if (allowed) {
            setHref(new Handler(this), AttachmentType.DOWNLOAD);
        } else {
            setEnabled(false);
        }
    }

    public IssuedDocument getDocument() {
        return document;
    }

    /** Serves the bytes; a named class so the anchor's state stays small and serializable. */
    private static final class Handler implements DownloadHandler {

        private final DocumentDownload link;

        Handler(DocumentDownload link) {
            this.link = link;
        }

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            Optional<TongbanUser> user = CurrentUser.get();
            IssuedDocument document = link.document;
            if (user.isEmpty() || !link.access.mayDownload(user.get(), document)) {
                user.ifPresent(u -> link.documents.refuseDownload(document.id(), u.username()));
                event.getResponse().setStatus(403);
                return;
            }
            byte[] pdf = link.documents.download(document.id(), user.get().username());
            event.setFileName(document.fileName());
            event.setContentType("application/pdf");
            event.setContentLength(pdf.length);
            event.getOutputStream().write(pdf);
        }
    }
}
