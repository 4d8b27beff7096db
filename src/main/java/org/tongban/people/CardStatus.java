package org.tongban.people;

/** A card is replaced by re-assessment (a new number) or cancelled; the old one stays in the history. */
public enum CardStatus {
    VALID, REPLACED, CANCELLED
}
