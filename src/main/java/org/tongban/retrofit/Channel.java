package org.tongban.retrofit;

/** Where an application came from: the yearly needs survey, a grass-roots unit, or the household itself. */
public enum Channel {
    SURVEY, GRASS_ROOTS, DIRECT
}
