package org.tongban.quotareview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.base.ShownTo;
import org.tongban.people.CertificateNumber;
import org.tongban.people.Masking;
import org.tongban.quotareview.CardKind;
import org.tongban.quotareview.Declaration;
import org.tongban.quotareview.DeclarationProblem;
import org.tongban.quotareview.DeclarationReceipt;
import org.tongban.quotareview.Employer;
import org.tongban.quotareview.EmployerRegistry;
import org.tongban.quotareview.InvalidDeclarationException;
import org.tongban.quotareview.QuotaReviewService;
import org.tongban.quotareview.Review;
import org.tongban.quotareview.RosterLine;
import org.tongban.quotareview.UnifiedCreditCode;
import org.tongban.security.CurrentUser;

/**
 * The window officer takes an employer's declaration: the employer by its credit code, N and
 * payroll, the roster line by line (each card checked as it is typed), then the verdict per
 * employee. The service checks everything again.
 */
@Route("quota-review/declare")
@ShownTo(agencies = "CDPF")
@Menu(order = 20, icon = "vaadin:clipboard-check", title = "quotareview.menu.declare")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class QuotaDeclarationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmployerRegistry employers;
    private final QuotaReviewService reviews;
    private final Clock clock;

    final TextField creditCode = new TextField();
    final IntegerField reviewYear = new IntegerField();
    final Paragraph employerInfo = new Paragraph();
    final BigDecimalField headcount = new BigDecimalField();
    final BigDecimalField payroll = new BigDecimalField();
    final Checkbox reliefRequested = new Checkbox();
    final TextArea reliefReason = new TextArea();

    final Select<CardKind> cardKind = new Select<>();
    final TextField cardNumber = new TextField();
    final IntegerField veteranGrade = new IntegerField();
    final Checkbox permanentStaff = new Checkbox();
    final IntegerField contractMonths = new IntegerField();
    final IntegerField monthsEmployed = new IntegerField();
    final BigDecimalField annualWage = new BigDecimalField();
    final Checkbox insuranceFull = new Checkbox();
    final Checkbox hukou = new Checkbox();
    final Button addLine = new Button();
    final Grid<RosterLine> roster = new Grid<>();
    final Button submit = new Button();
    final Grid<DeclarationReceipt.Verdict> verdicts = new Grid<>();
    final Paragraph result = new Paragraph();

    private final List<RosterLine> lines = new ArrayList<>();

    public QuotaDeclarationView(EmployerRegistry employers, QuotaReviewService reviews, Clock clock) {
        this.employers = employers;
        this.reviews = reviews;
        this.clock = clock;
        add(new H2(getTranslation("quotareview.declare.title")), new Paragraph(getTranslation("quotareview.declare.intro")));

        creditCode.setLabel(getTranslation("quotareview.field.creditCode"));
        creditCode.setHelperText(getTranslation("quotareview.field.creditCode.help"));
        creditCode.setMaxLength(18);
        creditCode.setRequiredIndicatorVisible(true);
        creditCode.setValueChangeMode(ValueChangeMode.LAZY);
        creditCode.addValueChangeListener(e -> checkEmployer());
        reviewYear.setLabel(getTranslation("quotareview.field.reviewYear"));
        reviewYear.setValue(LocalDate.now(clock).getYear());
        reviewYear.addValueChangeListener(e -> checkEmployer());
        employerInfo.setId("employer-info");
        employerInfo.getElement().setAttribute("aria-live", "polite");

        headcount.setLabel(getTranslation("quotareview.field.headcount"));
        headcount.setHelperText(getTranslation("quotareview.field.headcount.help"));
        payroll.setLabel(getTranslation("quotareview.field.payroll"));
        reliefRequested.setLabel(getTranslation("quotareview.field.reliefRequested"));
        reliefReason.setLabel(getTranslation("quotareview.field.reliefReason"));
        reliefReason.setMaxLength(500);
        reliefReason.setVisible(false);
        reliefRequested.addValueChangeListener(e -> reliefReason.setVisible(e.getValue()));
        HorizontalLayout figures = new HorizontalLayout(headcount, payroll);
        add(new HorizontalLayout(creditCode, reviewYear), employerInfo, figures, reliefRequested, reliefReason);

        add(new H3(getTranslation("quotareview.declare.roster")));
        cardKind.setLabel(getTranslation("quotareview.field.cardKind"));
        cardKind.setItems(CardKind.values());
        cardKind.setItemLabelGenerator(k -> getTranslation("quotareview.cardKind." + k.name()));
        cardKind.setValue(CardKind.DISABILITY);
        cardKind.addValueChangeListener(e -> {
            veteranGrade.setVisible(e.getValue() == CardKind.VETERAN);
            checkCard();
        });
        cardNumber.setLabel(getTranslation("quotareview.field.cardNumber"));
        cardNumber.setMaxLength(20);
        cardNumber.setValueChangeMode(ValueChangeMode.LAZY);
        cardNumber.addValueChangeListener(e -> checkCard());
        veteranGrade.setLabel(getTranslation("quotareview.field.veteranGrade"));
        veteranGrade.setMin(1);
        veteranGrade.setMax(8);
        veteranGrade.setVisible(false);
        permanentStaff.setLabel(getTranslation("quotareview.field.permanentStaff"));
        contractMonths.setLabel(getTranslation("quotareview.field.contractMonths"));
        contractMonths.setValue(12);
        monthsEmployed.setLabel(getTranslation("quotareview.field.monthsEmployed"));
        monthsEmployed.setMin(1);
        monthsEmployed.setMax(12);
        monthsEmployed.setValue(12);
        annualWage.setLabel(getTranslation("quotareview.field.annualWage"));
        insuranceFull.setLabel(getTranslation("quotareview.field.insuranceFull"));
        insuranceFull.setValue(true);
        hukou.setLabel(getTranslation("quotareview.field.hukou"));
        hukou.setValue(true);
        addLine.setText(getTranslation("quotareview.declare.addLine"));
        addLine.addClickListener(e -> addLine());
        HorizontalLayout lineFields = new HorizontalLayout(cardKind, cardNumber, veteranGrade, contractMonths, monthsEmployed,
                annualWage);
        lineFields.setWrap(true);
        HorizontalLayout lineFlags = new HorizontalLayout(permanentStaff, insuranceFull, hukou, addLine);
        lineFlags.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(lineFields, lineFlags);

        roster.addColumn(l -> lines.indexOf(l) + 1).setHeader(getTranslation("quotareview.column.line")).setAutoWidth(true);
        roster.addColumn(l -> l.cardKind() == CardKind.DISABILITY ? Masking.certificateNumber(l.cardNumber())
                : Masking.idNumber(l.cardNumber())).setHeader(getTranslation("quotareview.field.cardNumber"));
        roster.addColumn(RosterLine::monthsEmployed).setHeader(getTranslation("quotareview.field.monthsEmployed"));
        roster.addColumn(l -> l.annualWage().toPlainString()).setHeader(getTranslation("quotareview.field.annualWage"));
        roster.addComponentColumn(l -> {
            Button remove = new Button(getTranslation("quotareview.declare.removeLine"), e -> {
                lines.remove(l);
                roster.setItems(lines);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", getTranslation("quotareview.declare.removeLine.aria", lines.indexOf(l) + 1));
            return remove;
        });
        roster.setAllRowsVisible(true);
        roster.setItems(lines);
        roster.setId("roster");
        add(roster);

        submit.setText(getTranslation("quotareview.declare.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        result.setId("declaration-result");
        result.getElement().setAttribute("role", "status");
        verdicts.addColumn(DeclarationReceipt.Verdict::line).setHeader(getTranslation("quotareview.column.line")).setAutoWidth(true);
        verdicts.addColumn(DeclarationReceipt.Verdict::maskedCard).setHeader(getTranslation("quotareview.field.cardNumber"));
        verdicts.addColumn(DeclarationReceipt.Verdict::weight).setHeader(getTranslation("quotareview.column.weight"));
        verdicts.addColumn(v -> v.exclusion() == null ? getTranslation("quotareview.verdict.counted")
                : getTranslation("quotareview.exclusion." + v.exclusion().name())).setHeader(getTranslation("quotareview.column.verdict"));
        verdicts.setAllRowsVisible(true);
        verdicts.setVisible(false);
        verdicts.setId("verdicts");
        add(submit, result, verdicts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CdpfOnly.check(event);
    }

    private Optional<Employer> checkEmployer() {
        String code = creditCode.getValue();
        if (code.isBlank()) {
            creditCode.setInvalid(false);
            employerInfo.setText("");
            return Optional.empty();
        }
        Optional<UnifiedCreditCode.Problem> problem = UnifiedCreditCode.problemOf(code);
        if (problem.isPresent()) {
            creditCode.setErrorMessage(getTranslation("quotareview.code." + problem.get().name()));
            creditCode.setInvalid(true);
            employerInfo.setText("");
            return Optional.empty();
        }
        Optional<Employer> employer = employers.findByCreditCode(code);
        if (employer.isEmpty()) {
            creditCode.setErrorMessage(getTranslation("quotareview.error.unknownEmployer"));
            creditCode.setInvalid(true);
            employerInfo.setText("");
            return Optional.empty();
        }
        creditCode.setInvalid(false);
        Optional<Review> review = reviewYear.getValue() == null ? Optional.empty()
                : reviews.findForEmployer(employer.get().getId(), reviewYear.getValue());
        employerInfo.setText(employer.get().getName() + " · " + getTranslation("quotareview.kind." + employer.get().getKind().name())
                + " · " + review.map(r -> r.getCaseNumber() + " " + getTranslation("quotareview.status." + r.getStatus().name()))
                        .orElse(getTranslation("quotareview.error.noReview")));
        return employer;
    }

    private boolean checkCard() {
        String value = cardNumber.getValue().strip();
        if (value.isEmpty()) {
            cardNumber.setInvalid(false);
            return false;
        }
        boolean valid;
        if (cardKind.getValue() == CardKind.VETERAN) {
            valid = value.toUpperCase().matches("\\d{17}[\\dX]") && org.tongban.people.IdNumbers.hasValidCheckCharacter(value.toUpperCase());
            cardNumber.setErrorMessage(getTranslation("quotareview.error.idNumber"));
        } else {
            var parsed = CertificateNumber.parse(value, LocalDate.now(clock));
            valid = parsed.valid();
            cardNumber.setErrorMessage(valid ? "" : getTranslation("quotareview.error.cardNumber"));
        }
        cardNumber.setInvalid(!valid);
        return valid;
    }

    void addLine() {
        boolean ok = checkCard();
        if (!ok) {
            cardNumber.setInvalid(true);
            cardNumber.setErrorMessage(getTranslation(cardNumber.getValue().isBlank() ? "quotareview.error.required"
                    : cardKind.getValue() == CardKind.VETERAN ? "quotareview.error.idNumber" : "quotareview.error.cardNumber"));
            cardNumber.focus();
            return;
        }
        if (annualWage.getValue() == null) {
            annualWage.setInvalid(true);
            annualWage.setErrorMessage(getTranslation("quotareview.error.required"));
            return;
        }
        annualWage.setInvalid(false);
        lines.add(new RosterLine(cardKind.getValue(), cardNumber.getValue().strip().toUpperCase(), veteranGrade.getValue(),
                permanentStaff.getValue(), orZero(contractMonths.getValue()), orZero(monthsEmployed.getValue()),
                annualWage.getValue(), insuranceFull.getValue(), hukou.getValue()));
        roster.setItems(lines);
        cardNumber.clear();
        cardNumber.focus();
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }

    void submit() {
        Optional<Employer> employer = checkEmployer();
        if (employer.isEmpty()) {
            creditCode.setInvalid(true);
            if (creditCode.getValue().isBlank()) {
                creditCode.setErrorMessage(getTranslation("quotareview.error.required"));
            }
            creditCode.focus();
            return;
        }
        Optional<Review> review = reviews.findForEmployer(employer.get().getId(), reviewYear.getValue());
        if (review.isEmpty()) {
            result.setText(getTranslation("quotareview.error.noReview"));
            return;
        }
        Declaration declaration = new Declaration(headcount.getValue(), payroll.getValue(), List.copyOf(lines),
                reliefRequested.getValue(), reliefReason.getValue());
        try {
            DeclarationReceipt receipt = reviews.declare(review.get().getCaseNumber(), declaration, Review.Channel.WINDOW,
                    CurrentUser.require().username());
            result.setText(getTranslation("quotareview.declare.done", receipt.caseNumber(),
                    receipt.weightedCount().stripTrailingZeros().toPlainString()));
            verdicts.setItems(receipt.roster());
            verdicts.setVisible(true);
            Notification.show(getTranslation("quotareview.declare.done", receipt.caseNumber(),
                    receipt.weightedCount().stripTrailingZeros().toPlainString()));
        } catch (InvalidDeclarationException e) {
            show(e.problems());
        } catch (IllegalStateException e) {
            result.setText(getTranslation("quotareview.error.notWaiting", review.get().getCaseNumber()));
        }
    }

    private void show(List<DeclarationProblem> problems) {
        List<String> texts = new ArrayList<>();
        for (DeclarationProblem p : problems) {
            String message = getTranslation(p.messageKey());
            switch (p.field()) {
                case "headcount" -> mark(headcount, message);
                case "payroll" -> mark(payroll, message);
                case "reliefReason" -> {
                    reliefReason.setInvalid(true);
                    reliefReason.setErrorMessage(message);
                }
                default -> texts.add(lineLabel(p.field()) + message);
            }
        }
        result.setText(getTranslation("quotareview.declare.fix") + (texts.isEmpty() ? "" : " " + String.join("；", texts)));
    }

    private String lineLabel(String field) {
        if (field.startsWith("roster[")) {
            int line = Integer.parseInt(field.substring(7, field.indexOf(']'))) + 1;
            return getTranslation("quotareview.declare.lineLabel", line);
        }
        return "";
    }

    private static void mark(BigDecimalField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quotareview.declare.title") + " · " + getTranslation("app.title");
    }

    static BigDecimal nonNull(BigDecimal n) {
        return n == null ? BigDecimal.ZERO : n;
    }
}
