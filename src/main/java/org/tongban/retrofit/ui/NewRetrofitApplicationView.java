package org.tongban.retrofit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tongban.base.ShownTo;
import org.tongban.organisation.OrgUnit;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.UnitKind;
import org.tongban.retrofit.Channel;
import org.tongban.retrofit.NewApplication;
import org.tongban.retrofit.RetrofitIntake;
import org.tongban.retrofit.RetrofitService;
import org.tongban.retrofit.RetrofitValidationException;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The intake officer's form for a household's retrofit application (grass-roots unit, CDPF or the
 * lead agency). Fields are checked as the user types and again on the server; the form carries
 * one idempotency key, so a double submit makes one case.
 */
@Route("accessibility-retrofit/new")
@ShownTo(agencies = {"HOUSING", "CDPF"}, grassRoots = true)
@Menu(order = 21, icon = "vaadin:home", title = "retrofit.new.menu")
@RolesAllowed("OFFICER")
public class NewRetrofitApplicationView extends VerticalLayout implements HasDynamicTitle {

    private final transient RetrofitService service;
    private final TongbanUser user = CurrentUser.require();
    private String idempotencyKey = UUID.randomUUID().toString();

    final TextField headIdNumber = text("headIdNumber", "retrofit.new.headIdNumber");
    final TextField memberIdNumber = text("memberIdNumber", "retrofit.new.memberIdNumber");
    final TextField memberRelation = text("memberRelation", "retrofit.new.memberRelation");
    final ComboBox<OrgUnit> unit = new ComboBox<>();
    final TextField address = text("address", "retrofit.new.address");
    final RadioButtonGroup<String> hardship = new RadioButtonGroup<>();
    final Checkbox elderlyCarer = new Checkbox();
    final Checkbox relapse = new Checkbox();
    final RadioButtonGroup<String> tenure = new RadioButtonGroup<>();
    final Checkbox landlordConsent = new Checkbox();
    final Checkbox resident = new Checkbox(true);
    final RadioButtonGroup<Channel> channel = new RadioButtonGroup<>();
    final TextArea need = new TextArea();
    final Button submit = new Button();
    final Paragraph result = new Paragraph();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public NewRetrofitApplicationView(RetrofitService service, RetrofitIntake intake, Organisation organisation) {
        this.service = service;
        H2 title = new H2(getTranslation("retrofit.new.title"));
        if (!intake.isIntakeUser(user)) {
            add(title, new Paragraph(getTranslation("case.notFound.text")));
            return;
        }
        unit.setId("unit");
        unit.setLabel(getTranslation("retrofit.new.unit"));
        unit.setItems(organisation.ofKind(UnitKind.GRASSROOTS).stream().filter(OrgUnit::hasInbox).toList());
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        organisation.find(user.unitCode()).filter(u -> u.getKind() == UnitKind.GRASSROOTS).ifPresent(own -> {
            unit.setValue(own);
            unit.setReadOnly(true);
        });
        radio(hardship, "hardship", "retrofit.new.hardship", List.of("DIBAO", "TEKUN", "LOW_INCOME", "NONE"), "retrofit.hardship.");
        radio(tenure, "tenure", "retrofit.new.tenure", List.of("OWNED", "LONG_TERM_RENT", "PUBLIC_RENT"), "retrofit.tenure.");
        channel.setId("channel");
        channel.setLabel(getTranslation("retrofit.new.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("retrofit.channel." + c));
        channel.setValue(organisation.find(user.unitCode()).filter(u -> u.getKind() == UnitKind.GRASSROOTS).isPresent()
                ? Channel.GRASS_ROOTS : Channel.DIRECT);
        checkbox(elderlyCarer, "elderlyCarer", "retrofit.new.elderlyCarer");
        checkbox(relapse, "relapse", "retrofit.new.relapse");
        checkbox(landlordConsent, "landlordConsent", "retrofit.new.landlordConsent");
        checkbox(resident, "resident", "retrofit.new.resident");
        need.setId("need");
        need.setLabel(getTranslation("retrofit.new.need"));
        need.setMaxLength(500);
        need.setValueChangeMode(ValueChangeMode.LAZY);
        need.addValueChangeListener(e -> recheck("need"));
        headIdNumber.addValueChangeListener(e -> idCheck(headIdNumber));
        memberIdNumber.addValueChangeListener(e -> {
            if (!memberIdNumber.isEmpty()) {
                idCheck(memberIdNumber);
            } else {
                memberIdNumber.setInvalid(false);
            }
        });
        address.addValueChangeListener(e -> recheck("address"));
        tenure.addValueChangeListener(e -> recheck("tenure", "landlordConsent"));
        landlordConsent.addValueChangeListener(e -> recheck("landlordConsent"));
        fields.putAll(Map.of("headIdNumber", headIdNumber, "members[0].idNumber", memberIdNumber,
                "members[0].relation", memberRelation, "grassRootsUnit", unit, "address", address,
                "hardshipClaimed", hardship, "tenure", tenure, "channel", channel, "need", need));
        submit.setId("submit");
        submit.setText(getTranslation("retrofit.new.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        result.setId("result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        FormLayout household = new FormLayout(headIdNumber, memberIdNumber, memberRelation, unit, address, hardship,
                elderlyCarer, relapse);
        FormLayout home = new FormLayout(tenure, landlordConsent, resident, channel, need);
        add(title, new H3(getTranslation("retrofit.new.household")), household, new H3(getTranslation("retrofit.new.home")),
                home, submit, result);
    }

    private NewApplication application() {
        List<NewApplication.Member> members = memberIdNumber.isEmpty() ? List.of()
                : List.of(new NewApplication.Member(memberIdNumber.getValue(), memberRelation.getValue()));
        return new NewApplication(headIdNumber.getValue(), members, unit.getValue() == null ? null : unit.getValue().getCode(),
                address.getValue(), hardship.getValue(), elderlyCarer.getValue(), relapse.getValue(), tenure.getValue(),
                landlordConsent.getValue(), resident.getValue(), channel.getValue(), need.getValue());
    }

    private void submit() {
        try {
            Map<String, RetrofitValidationException.Problem> problems = service.check(application());
            if (!problems.isEmpty()) {
                show(problems);
                return;
            }
            RetrofitService.ApplicationResult created = service.apply(application(), user.username(), idempotencyKey);
            idempotencyKey = UUID.randomUUID().toString();
            result.removeAll();
            result.setText(getTranslation("retrofit.new.created", created.caseNumber()));
            result.add(new Paragraph(new RouterLink(created.caseNumber(), org.tongban.cases.ui.CaseView.class,
                    new com.vaadin.flow.router.RouteParameters("caseNumber", created.caseNumber()))));
            headIdNumber.clear();
            memberIdNumber.clear();
            memberRelation.clear();
            address.clear();
            need.clear();
        } catch (RetrofitValidationException e) {
            show(e.problems());
        } finally {
            submit.setEnabled(true);
        }
    }

    private void show(Map<String, RetrofitValidationException.Problem> problems) {
        fields.values().forEach(f -> f.setInvalid(false));
        problems.forEach((field, problem) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(problem.in(getLocale()));
                target.setInvalid(true);
            }
        });
        if (problems.containsKey("landlordConsent")) {
            tenure.setErrorMessage(problems.get("landlordConsent").in(getLocale()));
            tenure.setInvalid(true);
        }
        result.setText(getTranslation("retrofit.new.fix"));
    }

    private void recheck(String... names) {
        Map<String, RetrofitValidationException.Problem> problems = service.check(application());
        for (String name : names) {
            HasValidation target = "landlordConsent".equals(name) ? tenure : fields.get(name);
            RetrofitValidationException.Problem p = problems.get(name);
            if (p != null) {
                target.setErrorMessage(p.in(getLocale()));
            }
            target.setInvalid(p != null);
        }
    }

    private void idCheck(TextField field) {
        RetrofitValidationException.Problem p = service.idNumberProblem(field.getValue());
        field.setErrorMessage(p == null ? null : p.in(getLocale()));
        field.setInvalid(p != null);
    }

    private TextField text(String id, String label) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.ON_BLUR);
        return field;
    }

    private void radio(RadioButtonGroup<String> group, String id, String label, List<String> values, String prefix) {
        group.setId(id);
        group.setLabel(getTranslation(label));
        group.setItems(values);
        group.setItemLabelGenerator(v -> getTranslation(prefix + v));
    }

    private void checkbox(Checkbox box, String id, String label) {
        box.setId(id);
        box.setLabel(getTranslation(label));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retrofit.new.title");
    }
}
