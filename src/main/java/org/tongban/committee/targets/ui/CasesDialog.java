package org.tongban.committee.targets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.tongban.committee.targets.Measurement.CaseRef;
import org.tongban.committee.targets.TargetFigure;

/** The cases behind a computed figure: case numbers and whether each is counted, nothing personal. */
class CasesDialog extends Dialog {

    final Grid<CaseRef> cases = new Grid<>();

    CasesDialog(TargetTexts texts, TargetFigure figure, List<CaseRef> refs) {
        setId("plan-targets-cases");
        setHeaderTitle(texts.t("committee.targets.cases.title", figure.name(getLocale()), texts.period(figure.period())));
        long counted = refs.stream().filter(CaseRef::counted).count();
        cases.addColumn(CaseRef::caseNumber).setHeader(texts.t("committee.targets.cases.col.case")).setAutoWidth(true);
        cases.addColumn(c -> texts.t(c.counted() ? "committee.targets.cases.counted" : "committee.targets.cases.notCounted"))
                .setHeader(texts.t("committee.targets.cases.col.counted")).setAutoWidth(true);
        cases.setItems(refs);
        cases.setEmptyStateText(texts.t("committee.targets.cases.none"));
        cases.setAllRowsVisible(refs.size() <= 20);
        cases.setWidth("32rem");
        add(new Paragraph(texts.t("committee.targets.cases.summary", String.valueOf(refs.size()), String.valueOf(counted))),
                cases);
        Button close = new Button(texts.t("committee.targets.close"), e -> close());
        close.setId("plan-targets-cases-close");
        getFooter().add(close);
    }
}
