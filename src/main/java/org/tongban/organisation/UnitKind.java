package org.tongban.organisation;

/** What kind of organisation a unit is; external parties have no inbox and no Camunda group. */
public enum UnitKind {
    AGENCY, GRASSROOTS, COMMITTEE, EXTERNAL
}
