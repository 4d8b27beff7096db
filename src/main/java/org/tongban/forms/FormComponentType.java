package org.tongban.forms;

/** The form-js component types Tongban renders; anything else is refused when the form is read. */
public enum FormComponentType {
    TEXTFIELD(true), TEXTAREA(true), NUMBER(true), SELECT(true), RADIO(true), CHECKBOX(true),
    CHECKLIST(true), DATETIME(true), TEXT(false), GROUP(false);

    private final boolean field;

    FormComponentType(boolean field) {
        this.field = field;
    }

    public boolean isField() {
        return field;
    }

    public static FormComponentType of(String type) {
        for (FormComponentType t : values()) {
            if (t.name().equalsIgnoreCase(type)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unsupported form component type: " + type);
    }
}
