package org.tongban.legalaid;

/**
 * What a person brings to the 司法局 against the centre's handling of a case: an objection to a refusal
 * or termination (法律援助法 第49条), a complaint, or a request to change the legal-aid worker (第55–56条).
 */
public enum RemedyKind {
    OBJECTION, COMPLAINT, CHANGE_OF_LAWYER
}
