package org.tongban.quotareview;

/** The document a counted employee holds: a 残疾人证 or a 残疾军人证 (grades 1–8, quota review only). */
public enum CardKind {
    DISABILITY, VETERAN
}
