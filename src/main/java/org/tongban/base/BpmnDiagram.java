package org.tongban.base;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.Collection;

/**
 * A read-only BPMN diagram drawn by bpmn-js (navigated viewer, vendored under
 * {@code /vendor/bpmn-js}, no npm build), with the given elements marked. Screen readers get
 * {@code description} instead of the picture, so callers say in words what the marks show.
 */
@JavaScript("context://vendor/bpmn-js/bpmn-navigated-viewer.production.min.js")
@StyleSheet("context://vendor/bpmn-js/diagram-js.css")
@StyleSheet("context://vendor/bpmn-js/bpmn-js.css")
public class BpmnDiagram extends Div {

    private static final String DRAW = """
            const container = this;
            const viewer = new BpmnJS({ container });
            viewer.importXML($0).then(() => {
              const canvas = viewer.get('canvas');
              canvas.zoom('fit-viewport');
              for (const id of $1) {
                try { canvas.addMarker(id, $2); } catch (e) { /* element not in this diagram */ }
              }
            }).catch(() => { container.textContent = $3; });
            """;

    public BpmnDiagram(String xml, Collection<String> marked, String markerClass, String description, String failure) {
        addClassName("bpmn-diagram");
        // A figure, not an image: bpmn-js puts focusable parts (the canvas, the bpmn.io link) inside.
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", description);
        JsonArray ids = Json.createArray();
        marked.forEach(id -> ids.set(ids.length(), id));
        addAttachListener(e -> getElement().executeJs(DRAW, xml, ids, markerClass, failure));
    }
}
