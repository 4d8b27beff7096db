package org.tongban.quotareview.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.tongban.base.ShownTo;
import org.tongban.quotareview.Campaign;
import org.tongban.quotareview.QuotaCampaigns;
import org.tongban.security.CurrentUser;

/**
 * CDPF opens a review year and starts one review per registered employer. The bulk start runs
 * on the server; this page only shows its progress (polling), so leaving and coming back is safe.
 */
@Route("quota-review/campaign")
@ShownTo(agencies = "CDPF")
@Menu(order = 21, icon = "vaadin:calendar-clock", title = "quotareview.menu.campaign")
@RolesAllowed({"OFFICER", "SUPERVISOR"})
public class QuotaCampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MS = 1000;

    private final QuotaCampaigns campaigns;
    private com.vaadin.flow.shared.Registration polling;

    final IntegerField year = new IntegerField();
    final DatePicker opens = new DatePicker();
    final DatePicker closes = new DatePicker();
    final TextArea materials = new TextArea();
    final Button open = new Button();
    final Paragraph state = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    final Paragraph counts = new Paragraph();
    final Button startAll = new Button();

    public QuotaCampaignView(QuotaCampaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        int current = LocalDate.now(clock).getYear();
        add(new H2(getTranslation("quotareview.campaign.title")), new Paragraph(getTranslation("quotareview.campaign.intro")));
        year.setLabel(getTranslation("quotareview.field.reviewYear"));
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        opens.setLabel(getTranslation("quotareview.campaign.opens"));
        opens.setValue(LocalDate.of(current, 3, 1));
        closes.setLabel(getTranslation("quotareview.campaign.closes"));
        closes.setValue(LocalDate.of(current, 10, 31));
        materials.setLabel(getTranslation("quotareview.campaign.materials"));
        materials.setValue(getTranslation("quotareview.campaign.materials.default"));
        materials.setMaxLength(1000);
        materials.setWidthFull();
        open.setText(getTranslation("quotareview.campaign.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> open());
        add(year, new HorizontalLayout(opens, closes), materials, open);

        add(new H3(getTranslation("quotareview.campaign.progress")));
        state.setId("campaign-state");
        progress.setId("campaign-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("quotareview.campaign.progress"));
        counts.setId("campaign-counts");
        counts.getElement().setAttribute("aria-live", "polite");
        startAll.setText(getTranslation("quotareview.campaign.startAll"));
        startAll.addClickListener(e -> startAll());
        add(state, progress, counts, startAll);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CdpfOnly.check(event);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    void open() {
        if (year.getValue() == null || opens.getValue() == null || closes.getValue() == null) {
            state.setText(getTranslation("quotareview.error.required"));
            return;
        }
        try {
            campaigns.open(year.getValue(), opens.getValue(), closes.getValue(), materials.getValue(),
                    CurrentUser.require().username());
        } catch (IllegalArgumentException e) {
            state.setText(getTranslation("quotareview.campaign.cannotOpen"));
            return;
        }
        refresh();
    }

    void startAll() {
        if (year.getValue() != null) {
            campaigns.startAll(year.getValue(), CurrentUser.require().username());
        }
        refresh();
    }

    void refresh() {
        Optional<Campaign> campaign = year.getValue() == null ? Optional.empty() : campaigns.find(year.getValue());
        open.setEnabled(campaign.isEmpty());
        startAll.setEnabled(campaign.map(c -> c.state() == Campaign.State.OPEN).orElse(false));
        progress.setVisible(campaign.isPresent());
        if (campaign.isEmpty()) {
            state.setText(getTranslation("quotareview.campaign.none"));
            counts.setText("");
            return;
        }
        Campaign c = campaign.get();
        state.setText(getTranslation("quotareview.campaign.state." + c.state().name(), c.windowOpens(), c.windowCloses()));
        progress.setValue(c.progress());
        counts.setText(getTranslation("quotareview.campaign.counts", c.started(), c.total(), c.failed()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quotareview.campaign.title") + " · " + getTranslation("app.title");
    }
}
