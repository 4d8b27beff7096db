package org.tongban.quotareview;

import java.time.LocalDate;

/** A review year opened by CDPF, with the progress of its bulk start. */
public record Campaign(long id, int reviewYear, LocalDate windowOpens, LocalDate windowCloses, String materials,
        State state, int total, int started, int failed) {

    /** OPEN: announced, reviews not yet started; STARTING: the bulk start is running; STARTED: done. */
    public enum State {
        OPEN, STARTING, STARTED
    }

    /** Share of employers handled so far, 0–1. */
    public double progress() {
        return total == 0 ? (state == State.STARTED ? 1 : 0) : (double) (started + failed) / total;
    }
}
