package org.tongban.committee.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

/**
 * A procedure's BPMN drawn by the vendored bpmn-js viewer, each activity filled by its waiting band
 * and labelled with its figures in text (colour is never the only carrier). Screen readers get the
 * description; the page shows the same figures in a table.
 */
@JavaScript("context://vendor/bpmn-js/bpmn-navigated-viewer.production.min.js")
@StyleSheet("context://vendor/bpmn-js/diagram-js.css")
@StyleSheet("context://vendor/bpmn-js/bpmn-js.css")
class HeatmapDiagram extends Div {

    private static final String DRAW = """
            const container = this;
            const viewer = new BpmnJS({ container });
            viewer.importXML($0).then(() => {
              const canvas = viewer.get('canvas');
              const overlays = viewer.get('overlays');
              canvas.zoom('fit-viewport');
              for (const a of JSON.parse($1)) {
                try {
                  canvas.addMarker(a.id, 'heat-' + a.band);
                  const label = document.createElement('div');
                  label.className = 'heat-label heat-label-' + a.band;
                  label.textContent = a.text;
                  overlays.add(a.id, { position: { bottom: -2, left: -10 }, html: label });
                } catch (e) { /* activity not in this diagram */ }
              }
            }).catch(() => { container.textContent = $2; });
            """;

    /** {@code activitiesJson}: an array of {@code {id, band (0–3), text}}. */
    HeatmapDiagram(String xml, String activitiesJson, String description, String failure) {
        addClassName("bpmn-diagram");
        addClassName("heatmap");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        getElement().setAttribute("data-activities", activitiesJson);
        addAttachListener(e -> getElement().executeJs(DRAW, xml, activitiesJson, failure));
    }
}
