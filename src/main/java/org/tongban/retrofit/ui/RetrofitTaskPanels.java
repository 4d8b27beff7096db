package org.tongban.retrofit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.tongban.base.TitledSection;
import org.tongban.inbox.InboxRow;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.ui.TaskPanel;
import org.tongban.retrofit.RetrofitProcess;
import org.tongban.retrofit.RetrofitService;
import org.tongban.security.TongbanUser;

/**
 * The retrofit's work areas inside inbox tasks: the plan editor in the home assessment, and in the
 * acceptance inspection the plan to inspect against, the photos before and the upload of photos after.
 */
@org.springframework.stereotype.Component
class RetrofitTaskPanels implements TaskPanel {

    private final RetrofitService service;
    private final InboxService inbox;

    RetrofitTaskPanels(RetrofitService service, InboxService inbox) {
        this.service = service;
        this.inbox = inbox;
    }

    @Override
    public Optional<Component> create(InboxRow row, TongbanUser user, boolean editable) {
        if (!RetrofitProcess.KEY.equals(row.processKey()) || row.caseNumber() == null) {
            return Optional.empty();
        }
        return switch (row.taskDefinitionKey()) {
            case RetrofitProcess.TASK_HOME_ASSESSMENT -> Optional.of(new PlanEditor(service, inbox, user, row, editable));
            case RetrofitProcess.TASK_INSPECT -> Optional.of(inspection(row, user, editable));
            default -> Optional.empty();
        };
    }

    private Component inspection(InboxRow row, TongbanUser user, boolean editable) {
        UnorderedList plan = new UnorderedList();
        plan.setId("inspection-plan");
        service.plan(row.caseNumber()).ifPresent(p -> p.lines().forEach(l -> plan.add(new ListItem(l))));
        TitledSection section = new TitledSection("retrofit.inspection.title",
                new Paragraph(plan.getTranslation("retrofit.inspection.hint")), plan,
                new PhotoList(inbox, user, row.taskId(), RetrofitProcess.PHOTO_BEFORE, "inspection-photos-before", false),
                new PhotoList(inbox, user, row.taskId(), RetrofitProcess.PHOTO_AFTER, "inspection-photos-after", editable));
        section.setId("inspection-panel");
        return section;
    }
}
