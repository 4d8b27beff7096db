package org.tongban.forms;

import java.util.ArrayList;
import java.util.List;

/** A parsed Camunda Form: its id and its components in order (groups nest). */
public record FormDefinition(String id, List<FormComponent> components) {

    /** The same form with the choices of the named fields replaced (choices that depend on the case). */
    public FormDefinition withOptions(java.util.Map<String, List<FormComponent.Option>> options) {
        return options.isEmpty() ? this : new FormDefinition(id, replace(components, options));
    }

    private static List<FormComponent> replace(List<FormComponent> components,
            java.util.Map<String, List<FormComponent.Option>> options) {
        return components.stream().map(c -> {
            FormComponent inner = c.withComponents(replace(c.components(), options));
            return c.key() != null && options.containsKey(c.key()) ? inner.withOptions(options.get(c.key())) : inner;
        }).toList();
    }

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
