package org.tongban.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** An agency, grass-roots unit, the committee or an external party; seeded by Flyway. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "sort_order")
    private int sortOrder;

    protected OrgUnit() {
    }

    public String getCode() {
        return code;
    }

    public UnitKind getKind() {
        return kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getParentCode() {
        return parentCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** The name in the user's language: Chinese unless English was chosen. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    /** External parties act outside Tongban and have no inbox. */
    public boolean hasInbox() {
        return kind != UnitKind.EXTERNAL;
    }
}
