package org.tongban.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/**
 * A page section with its heading, labelled by it for screen readers (landmark navigation); the
 * heading's id is {@code heading-} plus the translation key with dots as dashes.
 */
public class TitledSection extends Section {

    public TitledSection(String headingKey, Component... content) {
        H3 heading = new H3(getTranslation(headingKey));
        String id = "heading-" + headingKey.replace('.', '-');
        heading.setId(id);
        add(heading);
        add(content);
        setWidthFull();
        getElement().setAttribute("aria-labelledby", id);
    }
}
