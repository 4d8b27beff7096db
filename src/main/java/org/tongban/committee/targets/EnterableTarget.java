package org.tongban.committee.targets;

import java.util.Locale;

/** A target CDPF may enter figures for, as the entry screen offers it. */
public record EnterableTarget(String code, String nameZh, String nameEn, TargetKind kind, String unit) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
