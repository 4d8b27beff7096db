package org.tongban.retrofit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tongban.base.TitledSection;
import org.tongban.inbox.InboxRow;
import org.tongban.inbox.InboxService;
import org.tongban.inbox.RuleRefusal;
import org.tongban.retrofit.FundingSplit;
import org.tongban.retrofit.RetrofitProcess;
import org.tongban.retrofit.RetrofitService;
import org.tongban.retrofit.RetrofitService.CatalogueItem;
import org.tongban.security.TongbanUser;

/**
 * The plan editor of the home assessment (一户一案): items from the catalogue that serve the
 * members' disability categories, quantities, the total against the cap and the funding split as
 * the officer types, the family's wishes and photos before the works. Saved through the service,
 * which checks everything again; completing the task without a saved plan is refused.
 */
class PlanEditor extends TitledSection {

    private final transient RetrofitService service;
    private final transient InboxService inbox;
    private final TongbanUser user;
    private final InboxRow row;
    private final RetrofitService.PlanContext context;
    final Div lines = new Div();
    final List<Line> rows = new ArrayList<>();
    final Paragraph total = new Paragraph();
    final Paragraph split = new Paragraph();
    final TextArea wishes = new TextArea();
    final Paragraph message = new Paragraph();
    final Button add = new Button();
    final Button save = new Button();
    final PhotoList photos;

    PlanEditor(RetrofitService service, InboxService inbox, TongbanUser user, InboxRow row, boolean editable) {
        super("retrofit.plan.title");
        this.service = service;
        this.inbox = inbox;
        this.user = user;
        this.row = row;
        this.context = service.planContext(row.caseNumber());
        setId("plan-editor");
        lines.setId("plan-lines");
        total.setId("plan-total");
        split.setId("plan-split");
        message.setId("plan-message");
        message.getElement().setAttribute("role", "alert");
        wishes.setId("plan-wishes");
        wishes.setLabel(getTranslation("retrofit.plan.wishes"));
        wishes.setMaxLength(500);
        wishes.setWidthFull();
        wishes.setValue(context.wishes());
        add.setText(getTranslation("retrofit.plan.add"));
        add.setId("plan-add");
        add.addClickListener(e -> addLine(null, 1));
        save.setText(getTranslation("retrofit.plan.save"));
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        photos = new PhotoList(inbox, user, row.taskId(), RetrofitProcess.PHOTO_BEFORE, "plan-photos", editable);
        add(new Paragraph(getTranslation("retrofit.plan.hint", RetrofitService.yuan(context.cap()))),
                lines, add, total, split, wishes, photos, save, message);
        context.lines().forEach(l -> addLine(l.itemCode(), l.quantity()));
        if (rows.isEmpty()) {
            addLine(null, 1);
        }
        add.setEnabled(editable);
        save.setEnabled(editable);
        wishes.setReadOnly(!editable);
        rows.forEach(r -> r.setReadOnly(!editable));
        refresh();
    }

    /** One line of the plan: item and quantity, with a button that removes it. */
    final class Line extends HorizontalLayout {
        final ComboBox<CatalogueItem> item = new ComboBox<>();
        final IntegerField quantity = new IntegerField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Line(String code, int qty) {
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            item.setLabel(getTranslation("retrofit.plan.item"));
            item.setItems(context.items());
            item.setItemLabelGenerator(i -> ("en".equals(getLocale().getLanguage()) ? i.nameEn() : i.nameZh())
                    + "（" + RetrofitService.yuan(i.unitPrice()) + "/" + i.unit() + "）");
            item.setWidth("24em");
            context.items().stream().filter(i -> i.code().equals(code)).findFirst().ifPresent(item::setValue);
            quantity.setLabel(getTranslation("retrofit.plan.quantity"));
            quantity.setMin(1);
            quantity.setMax(99);
            quantity.setStepButtonsVisible(true);
            quantity.setValue(qty);
            quantity.setValueChangeMode(ValueChangeMode.EAGER);
            remove.getElement().setAttribute("aria-label", getTranslation("retrofit.plan.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> {
                rows.remove(this);
                lines.remove(this);
                refresh();
            });
            item.addValueChangeListener(e -> refresh());
            quantity.addValueChangeListener(e -> refresh());
            add(item, quantity, remove);
        }

        void setReadOnly(boolean readOnly) {
            item.setReadOnly(readOnly);
            quantity.setReadOnly(readOnly);
            remove.setEnabled(!readOnly);
        }

        boolean complete() {
            return item.getValue() != null && quantity.getValue() != null && quantity.getValue() >= 1
                    && quantity.getValue() <= 99;
        }

        BigDecimal amount() {
            return complete() ? item.getValue().unitPrice().multiply(BigDecimal.valueOf(quantity.getValue()))
                    : BigDecimal.ZERO;
        }
    }

    void addLine(String code, int quantity) {
        Line line = new Line(code, quantity);
        rows.add(line);
        lines.add(line);
        refresh();
    }

    /** The total against the cap and the split, as the officer types; over the cap is said in words. */
    void refresh() {
        BigDecimal sum = rows.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean over = sum.compareTo(context.cap()) > 0;
        total.setText(getTranslation(over ? "retrofit.plan.totalOver" : "retrofit.plan.total",
                RetrofitService.yuan(sum), RetrofitService.yuan(context.cap()),
                RetrofitService.yuan(sum.subtract(context.cap()).abs())));
        total.getStyle().set("color", over ? "var(--lumo-error-text-color)" : "inherit");
        FundingSplit s = context.split(sum);
        split.setText(getTranslation("retrofit.plan.split", RetrofitService.yuan(s.central()),
                RetrofitService.yuan(s.region()), RetrofitService.yuan(s.city())));
        rows.forEach(r -> {
            boolean bad = r.quantity.getValue() == null || r.quantity.getValue() < 1 || r.quantity.getValue() > 99;
            r.quantity.setInvalid(bad);
            r.quantity.setErrorMessage(bad ? getTranslation("retrofit.refusal.quantity") : null);
        });
    }

    void save() {
        if (rows.stream().anyMatch(r -> !r.complete())) {
            rows.stream().filter(r -> r.item.getValue() == null).forEach(r -> {
                r.item.setInvalid(true);
                r.item.setErrorMessage(getTranslation("retrofit.plan.itemRequired"));
            });
            show(getTranslation("retrofit.plan.fix"), false);
            return;
        }
        List<RetrofitService.PlanItem> items = rows.stream()
                .map(r -> new RetrofitService.PlanItem(r.item.getValue().code(), r.quantity.getValue())).toList();
        try {
            RetrofitService.PlanSummary saved = service.savePlan(row.caseNumber(), items, wishes.getValue(),
                    user.username());
            show(getTranslation("retrofit.plan.saved", RetrofitService.yuan(saved.total())), true);
        } catch (RuleRefusal refusal) {
            show(getTranslation(refusal.messageKey(), refusal.arguments().toArray()), false);
        }
    }

    private void show(String text, boolean ok) {
        message.setText(text);
        Notification n = Notification.show(text, ok ? 3000 : 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }
}
