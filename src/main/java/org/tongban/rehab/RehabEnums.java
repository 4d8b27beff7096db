package org.tongban.rehab;

/** The closed vocabularies of rehab rescue; stored by name. */
public final class RehabEnums {

    private RehabEnums() {
    }

    /** Surgery, assistive devices, training, physiotherapy (city plan task 三3). */
    public enum ServiceType { SURGERY, DEVICE, TRAINING, PHYSIO }

    /** The disability proof: a 残疾人证, or a diagnosis by a designated institution. */
    public enum Proof { CERTIFICATE, DIAGNOSIS }

    /** Who consents for the child; a welfare institution is the guardian of the children it cares for. */
    public enum Relation { PARENT, APPOINTED_GUARDIAN, WELFARE_INSTITUTION }

    /** The document that shows the relation, checked by the officer. */
    public enum RelationDocument { BIRTH_CERTIFICATE, HOUSEHOLD_REGISTER, GUARDIANSHIP_CERTIFICATE, INSTITUTION_LETTER }

    /** Erenhot hukou or 居住证; NONE is recorded so the refusal can say why. */
    public enum Residence { HUKOU, RESIDENCE_PERMIT, NONE }

    public enum Channel { CDPF, GRASS_ROOTS, HEALTH_SCREENING, HOTLINE }

    /** Reason codes of a refusal (rehab-rescue.md, Branches); CATEGORY when the category is not covered. */
    public enum RefusalReason { AGE, NO_DISABILITY_PROOF, NOT_RESIDENT, NO_NEED, DUPLICATE_SERVICE, CATEGORY }

    /** The coarse case status for lists and the KPI (common.md §1); the BPMN holds the steps. */
    public enum Status { SUBMITTED, RETURNED, ACCEPTED, NOT_ACCEPTED, WITHDRAWN, REFUSED, APPROVED, IN_SERVICE, SUSPENDED, CLOSED, TERMINATED }

    /** Why an agreement or case ends early or at its end. */
    public enum EndReason { AGED_OUT, NOT_RENEWED, INSTITUTION_CHANGE, MOVED_AWAY, ABSENT, GUARDIAN_STOPPED }

    /** Whether a set of relation and document fit: a parent shows a birth certificate or the household register. */
    static boolean documentFits(Relation relation, RelationDocument document) {
        return switch (relation) {
            case PARENT -> document == RelationDocument.BIRTH_CERTIFICATE || document == RelationDocument.HOUSEHOLD_REGISTER;
            case APPOINTED_GUARDIAN -> document == RelationDocument.GUARDIANSHIP_CERTIFICATE;
            case WELFARE_INSTITUTION -> document == RelationDocument.INSTITUTION_LETTER;
        };
    }
}
