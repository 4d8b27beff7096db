package org.tongban.organisation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Unit names in one language for one page, each looked up once: a page shows the same few units
 * many times (summary, diagram, history). Unknown codes are shown as they are.
 */
public final class UnitNames {

    private final Organisation organisation;
    private final Locale locale;
    private final Map<String, String> names = new HashMap<>();

    public UnitNames(Organisation organisation, Locale locale) {
        this.organisation = organisation;
        this.locale = locale;
    }

    public String of(String code) {
        if (code == null) {
            return "";
        }
        return names.computeIfAbsent(code, c -> organisation.find(c).map(u -> u.name(locale)).orElse(c));
    }
}
