package org.tongban.retrofit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.tongban.documents.DocumentService;
import org.tongban.documents.IssuedDocument;
import org.tongban.inbox.RuleRefusal;
import org.tongban.retrofit.RetrofitProgrammes;
import org.tongban.retrofit.RetrofitProgrammes.NoticeLine;
import org.tongban.retrofit.RetrofitService;
import org.tongban.security.CurrentUser;
import org.tongban.security.TongbanUser;

/**
 * The year's 公示 list of beneficiaries, names masked, with where objections stand; the lead
 * agency issues it as a document (each issue a new edition) to post and to file.
 */
@Route("accessibility-retrofit/notice-list")
@Menu(order = 25, icon = "vaadin:bullhorn", title = "retrofit.notice.menu")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class RetrofitNoticeListView extends VerticalLayout implements HasDynamicTitle {

    private final transient RetrofitProgrammes programmes;
    private final transient DocumentService documents;
    private final TongbanUser user = CurrentUser.require();
    final ComboBox<Integer> year = new ComboBox<>();
    final Grid<NoticeLine> list = new Grid<>();
    final Button issue = new Button();
    final Div issued = new Div();

    public RetrofitNoticeListView(RetrofitProgrammes programmes, RetrofitService service, DocumentService documents) {
        this.programmes = programmes;
        this.documents = documents;
        year.setId("year");
        year.setLabel(getTranslation("retrofit.programme.year"));
        year.setItems(service.programmeYears());
        list.setId("notice-list");
        list.addColumn(NoticeLine::maskedName).setHeader(getTranslation("retrofit.programme.name"));
        list.addColumn(NoticeLine::grassRootsUnit).setHeader(getTranslation("retrofit.programme.unit"));
        list.addColumn(l -> l.amount() == null ? "—" : RetrofitService.yuan(l.amount()))
                .setHeader(getTranslation("retrofit.programme.estimate"));
        list.addColumn(l -> getTranslation("retrofit.status." + l.status())).setHeader(getTranslation("retrofit.programme.status"));
        list.addColumn(l -> getTranslation("retrofit.notice.objection." + l.objection()))
                .setHeader(getTranslation("retrofit.notice.objection"));
        list.setAllRowsVisible(true);
        issue.setText(getTranslation("retrofit.notice.issue"));
        issue.setId("issue");
        issue.setVisible(programmes.mayEnter(user));
        issue.addClickListener(e -> issue());
        issued.setId("issued");
        issued.getElement().setAttribute("role", "status");
        year.addValueChangeListener(e -> list.setItems(e.getValue() == null ? java.util.List.of()
                : programmes.noticeList(e.getValue())));
        add(new H2(getTranslation("retrofit.notice.title")), new Paragraph(getTranslation("retrofit.notice.hint")),
                year, list, issue, issued);
        year.setValue(LocalDate.now().getYear());
    }

    void issue() {
        issued.removeAll();
        try {
            IssuedDocument d = programmes.issueNoticeList(user, year.getValue());
            Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = documents.download(d.id(), user.username());
                return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), d.number() + ".pdf",
                        "application/pdf", bytes.length);
            }), getTranslation("retrofit.notice.download", d.number()));
            pdf.setId("notice-pdf");
            pdf.setDownload(true);
            issued.add(pdf);
        } catch (RuleRefusal refusal) {
            issued.add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments().toArray())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retrofit.notice.title");
    }
}
