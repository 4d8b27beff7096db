package org.tongban.retrofit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.EnumSet;
import org.tongban.inbox.AttachmentType;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.Outcome;
import org.tongban.security.TongbanUser;

/**
 * The case's photos of one kind (before or after the works): the list, and an upload that takes
 * only PNG and JPEG up to the inbox's size limit, recognised by content. Stored as the case's
 * attachments through the inbox, labelled, so the 验收表 can print them.
 */
class PhotoList extends Div {

    private final transient InboxService inbox;
    private final TongbanUser user;
    private final String taskId;
    private final String label;
    final UnorderedList list = new UnorderedList();
    final Paragraph message = new Paragraph();

    PhotoList(InboxService inbox, TongbanUser user, String taskId, String label, String id, boolean editable) {
        this.inbox = inbox;
        this.user = user;
        this.taskId = taskId;
        this.label = label;
        setId(id);
        list.setId(id + "-list");
        list.getElement().setAttribute("aria-label", getTranslation(label));
        message.setId(id + "-message");
        message.getElement().setAttribute("role", "status");
        long maxMb = inbox.attachmentMaxBytes() / (1024 * 1024);
        add(new Paragraph(getTranslation(label) + "：" + getTranslation("retrofit.photo.hint", maxMb)), list);
        if (editable) {
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                    ui.access(() -> upload(metadata.fileName(), bytes))));
            upload.setId(id + "-upload");
            upload.setMaxFileSize((int) inbox.attachmentMaxBytes());
            upload.setAcceptedFileTypes("image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
            upload.addFileRejectedListener(e -> show(e.getErrorMessage(), false));
            add(upload);
        }
        add(message);
        refresh();
    }

    /** Stores one photo; a PDF, a renamed file or an oversized one is refused in words. */
    void upload(String fileName, byte[] bytes) {
        Outcome outcome = inbox.attach(user, taskId, fileName, bytes, label,
                EnumSet.of(AttachmentType.PNG, AttachmentType.JPEG));
        show(getTranslation(outcome.messageKey(), outcome.arguments().toArray()), outcome.done());
        refresh();
    }

    long count() {
        return inbox.attachments(user, taskId).stream().filter(a -> label.equals(a.label())).count();
    }

    private void refresh() {
        list.removeAll();
        inbox.attachments(user, taskId).stream().filter(a -> label.equals(a.label()))
                .forEach(a -> list.add(new ListItem(a.name())));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("retrofit.photo.none")));
        }
    }

    private void show(String text, boolean ok) {
        message.setText(text);
        Notification.show(text, ok ? 3000 : 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
