package org.tongban.forms;

import java.util.ArrayList;
import java.util.List;

/** A parsed Camunda Form: its id and its components in order (groups nest). */
public record FormDefinition(String id, List<FormComponent> components) {

    /** Every component that takes input, groups flattened, in display order. */
    public List<FormComponent> fields() {
        List<FormComponent> fields = new ArrayList<>();
        collect(components, fields);
        return fields;
    }

    private static void collect(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent c : components) {
            if (c.isField()) {
                into.add(c);
            }
            collect(c.components(), into);
        }
    }
}
