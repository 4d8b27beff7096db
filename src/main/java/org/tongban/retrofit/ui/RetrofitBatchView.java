package org.tongban.retrofit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.tongban.base.ShownTo;
import org.tongban.inbox.RuleRefusal;
import org.tongban.retrofit.RetrofitCaseActions;
import org.tongban.retrofit.RetrofitService;
import org.tongban.retrofit.RetrofitService.CaseLine;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * One procurement batch (政府采购) over many households: the lead agency selects households whose
 * plan the head signed, names the batch by its contract, and each selected case goes on to
 * construction under the batch.
 */
@Route("accessibility-retrofit/procurement")
@ShownTo(agencies = {"HOUSING"})
@Menu(order = 24, icon = "vaadin:cart", title = "retrofit.batch.menu")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class RetrofitBatchView extends VerticalLayout implements HasDynamicTitle {

    private final transient RetrofitCaseActions actions;
    private final TongbanUser user = CurrentUser.require();
    private final int year = LocalDate.now().getYear();
    final Grid<CaseLine> households = new Grid<>();
    final TextField batchCode = new TextField();
    final Button contract = new Button();
    final Paragraph result = new Paragraph();

    public RetrofitBatchView(RetrofitCaseActions actions) {
        this.actions = actions;
        add(new H2(getTranslation("retrofit.batch.title")));
        if (!actions.runsProcurement(user)) {
            add(new Paragraph(getTranslation("retrofit.refusal.notYourCase")));
            return;
        }
        households.setId("households");
        households.setSelectionMode(Grid.SelectionMode.MULTI);
        households.addColumn(CaseLine::caseNumber).setHeader(getTranslation("retrofit.programme.case")).setAutoWidth(true);
        households.addColumn(CaseLine::maskedHead).setHeader(getTranslation("retrofit.programme.name"));
        households.addColumn(CaseLine::grassRootsUnit).setHeader(getTranslation("retrofit.programme.unit"));
        households.addColumn(c -> c.planTotal() == null ? "—" : RetrofitService.yuan(c.planTotal()))
                .setHeader(getTranslation("retrofit.programme.estimate"));
        households.setAllRowsVisible(true);
        batchCode.setId("batch-code");
        batchCode.setLabel(getTranslation("retrofit.batch.code"));
        batchCode.setHelperText(getTranslation("retrofit.batch.codeHelp"));
        batchCode.setRequired(true);
        batchCode.setMaxLength(40);
        contract.setText(getTranslation("retrofit.batch.contract"));
        contract.setId("batch-contract");
        contract.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        contract.addClickListener(e -> contract());
        result.setId("batch-result");
        result.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("retrofit.batch.hint", year)), households, batchCode, contract, result);
        reload();
    }

    void contract() {
        List<String> selected = households.getSelectedItems().stream().map(CaseLine::caseNumber).sorted().toList();
        batchCode.setInvalid(batchCode.getValue().isBlank());
        batchCode.setErrorMessage(getTranslation("retrofit.refusal.batchCode", 40));
        try {
            actions.contractBatch(user, year, batchCode.getValue(), selected);
            result.setText(getTranslation("retrofit.batch.done", batchCode.getValue().strip(), selected.size()));
            batchCode.clear();
            batchCode.setInvalid(false);
            reload();
        } catch (RuleRefusal refusal) {
            result.setText(getTranslation(refusal.messageKey(), refusal.arguments().toArray()));
        }
    }

    private void reload() {
        households.deselectAll();
        households.setItems(actions.awaitingProcurement(user, year));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retrofit.batch.title");
    }
}
