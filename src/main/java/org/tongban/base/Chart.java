package org.tongban.base;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Apache ECharts (vendored UMD build under {@code /vendor/echarts}, no npm build)
 * as SVG. The picture is hidden from screen readers, which get {@code description}; callers show
 * the same figures as text or a table beside it, so nothing is said by the chart alone.
 */
@JavaScript("context://vendor/echarts/echarts.min.js")
public class Chart extends Div {

    private static final String DRAW = """
            const el = this;
            if (el.$chart) { el.$chart.dispose(); }
            el.$chart = echarts.init(el, null, { renderer: 'svg' });
            el.$chart.setOption(JSON.parse($0));
            if (!el.$resize) {
              el.$resize = new ResizeObserver(() => el.$chart && el.$chart.resize());
              el.$resize.observe(el);
            }
            for (const svg of el.querySelectorAll('svg')) { svg.setAttribute('aria-hidden', 'true'); }
            """;

    private String option;

    /**
     * @param optionJson an ECharts option as JSON
     * @param description what the chart shows, in words, for screen readers
     */
    public Chart(String optionJson, String description) {
        addClassName("tongban-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        setHeight("280px");
        setWidthFull();
        this.option = optionJson;
        addAttachListener(e -> draw());
    }

    /** Replaces what the chart shows. */
    public void update(String optionJson, String description) {
        this.option = optionJson;
        getElement().setAttribute("aria-label", description);
        if (isAttached()) {
            draw();
        }
    }

    /** The option last given, for tests. */
    public String getOption() {
        return option;
    }

    private void draw() {
        getElement().executeJs(DRAW, option);
    }
}
