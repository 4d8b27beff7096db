package org.tongban.retrofit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.tongban.base.ShownTo;
import org.tongban.inbox.RuleRefusal;
import org.tongban.retrofit.CaseStatus;
import org.tongban.retrofit.RetrofitCaseActions;
import org.tongban.retrofit.RetrofitCaseActions.Action;
import org.tongban.retrofit.RetrofitService.CaseLine;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * What happens to a case outside the inbox: an objection during 公示 (lead agency, CDPF), the
 * supplement received after the one-time notice (grass-roots unit, lead agency), the household
 * declining before the works (grass-roots unit, lead agency, CDPF). Each asks for its text where
 * one is needed, is checked again by the service and audited there.
 */
@Route("accessibility-retrofit/case-actions")
@ShownTo(agencies = {"HOUSING", "CDPF"}, grassRoots = true)
@Menu(order = 23, icon = "vaadin:clipboard-text", title = "retrofit.actions.menu")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class RetrofitCaseActionsView extends VerticalLayout implements HasDynamicTitle {

    private final transient RetrofitCaseActions actions;
    private final TongbanUser user = CurrentUser.require();
    private final int year = LocalDate.now().getYear();
    final Grid<CaseLine> cases = new Grid<>();
    final com.vaadin.flow.component.textfield.TextArea text = new com.vaadin.flow.component.textfield.TextArea();
    final Button objection = new Button();
    final Button supplement = new Button();
    final Button decline = new Button();
    final Paragraph result = new Paragraph();

    public RetrofitCaseActionsView(RetrofitCaseActions actions) {
        this.actions = actions;
        cases.setId("cases");
        cases.addColumn(CaseLine::caseNumber).setHeader(getTranslation("retrofit.programme.case")).setAutoWidth(true);
        cases.addColumn(CaseLine::maskedHead).setHeader(getTranslation("retrofit.programme.name"));
        cases.addColumn(CaseLine::grassRootsUnit).setHeader(getTranslation("retrofit.programme.unit"));
        cases.addColumn(c -> getTranslation("retrofit.status." + c.status())).setHeader(getTranslation("retrofit.programme.status"));
        cases.setAllRowsVisible(true);
        cases.asSingleSelect().addValueChangeListener(e -> enable(e.getValue()));
        text.setId("action-text");
        text.setLabel(getTranslation("retrofit.actions.text"));
        text.setHelperText(getTranslation("retrofit.actions.textHelp"));
        text.setMaxLength(500);
        text.setWidthFull();
        button(objection, "objection", () -> actions.objection(user, selected(), required()));
        button(supplement, "supplement", () -> actions.supplementReceived(user, selected()));
        button(decline, "decline", () -> actions.decline(user, selected(), required()));
        result.setId("action-result");
        result.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("retrofit.actions.title")), new Paragraph(getTranslation("retrofit.actions.hint")),
                new H3(getTranslation("retrofit.actions.cases", year)), cases, text,
                new HorizontalLayout(objection, supplement, decline), result);
        reload();
    }

    private void button(Button b, String key, Runnable action) {
        b.setText(getTranslation("retrofit.actions." + key));
        b.setId("action-" + key);
        b.setEnabled(false);
        b.addClickListener(e -> {
            try {
                action.run();
                result.setText(getTranslation("retrofit.actions.done." + key, selected()));
                text.clear();
                text.setInvalid(false);
                reload();
            } catch (RuleRefusal refusal) {
                result.setText(getTranslation(refusal.messageKey(), refusal.arguments().toArray()));
            }
        });
    }

    private String selected() {
        CaseLine c = cases.asSingleSelect().getValue();
        return c == null ? null : c.caseNumber();
    }

    /** The text, marked on the field when missing; the service refuses a blank one too. */
    private String required() {
        boolean blank = text.getValue().isBlank();
        text.setInvalid(blank);
        text.setErrorMessage(blank ? getTranslation("retrofit.refusal.reasonRequired", 500) : null);
        return text.getValue();
    }

    private void enable(CaseLine c) {
        objection.setEnabled(c != null && c.status() == CaseStatus.PUBLIC_NOTICE && actions.may(user, c, Action.OBJECTION));
        supplement.setEnabled(c != null && c.status() == CaseStatus.RETURNED && actions.may(user, c, Action.SUPPLEMENT));
        decline.setEnabled(c != null && c.status().ordinal() <= CaseStatus.IN_SERVICE.ordinal()
                && actions.may(user, c, Action.DECLINE));
    }

    private void reload() {
        cases.setItems(actions.cases(user, year));
        enable(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retrofit.actions.title");
    }
}
