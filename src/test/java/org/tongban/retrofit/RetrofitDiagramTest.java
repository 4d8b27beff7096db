package org.tongban.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The generated diagram stays legible: no sequence flow runs through a shape other than its own ends. */
class RetrofitDiagramTest {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";

    @Test
    void no_edge_crosses_a_shape() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document model = factory.newDocumentBuilder()
                .parse(new File("processes/accessibility-retrofit/accessibility-retrofit.bpmn"));
        Map<String, String[]> ends = new HashMap<>();
        NodeList flows = model.getElementsByTagNameNS(BPMN, "sequenceFlow");
        for (int i = 0; i < flows.getLength(); i++) {
            Element f = (Element) flows.item(i);
            ends.put(f.getAttribute("id"), new String[] {f.getAttribute("sourceRef"), f.getAttribute("targetRef")});
        }
        Map<String, double[]> shapes = new HashMap<>();
        NodeList shapeNodes = model.getElementsByTagNameNS(BPMNDI, "BPMNShape");
        for (int i = 0; i < shapeNodes.getLength(); i++) {
            Element s = (Element) shapeNodes.item(i);
            String id = s.getAttribute("bpmnElement");
            if (id.startsWith("Lane_") || id.startsWith("Participant_") || id.startsWith("EventSubProcess_")) {
                continue;
            }
            Element b = (Element) s.getElementsByTagNameNS(DC, "Bounds").item(0);
            shapes.put(id, new double[] {d(b, "x"), d(b, "y"), d(b, "width"), d(b, "height")});
        }
        List<String> crossings = new ArrayList<>();
        NodeList edges = model.getElementsByTagNameNS(BPMNDI, "BPMNEdge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            String flow = e.getAttribute("bpmnElement");
            NodeList points = e.getElementsByTagNameNS(DI, "waypoint");
            for (Map.Entry<String, double[]> shape : shapes.entrySet()) {
                if (List.of(ends.get(flow)).contains(shape.getKey())) {
                    continue;
                }
                for (int p = 0; p + 1 < points.getLength(); p++) {
                    if (crosses((Element) points.item(p), (Element) points.item(p + 1), shape.getValue())) {
                        crossings.add(flow + " crosses " + shape.getKey());
                        break;
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    /** Whether the segment enters the shape's interior (sampled; the segments are short and straight). */
    private static boolean crosses(Element from, Element to, double[] box) {
        double x0 = d(from, "x"), y0 = d(from, "y"), x1 = d(to, "x"), y1 = d(to, "y");
        for (int i = 0; i <= 400; i++) {
            double x = x0 + (x1 - x0) * i / 400, y = y0 + (y1 - y0) * i / 400;
            if (x > box[0] + 1 && x < box[0] + box[2] - 1 && y > box[1] + 1 && y < box[1] + box[3] - 1) {
                return true;
            }
        }
        return false;
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }
}
