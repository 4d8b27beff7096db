package org.tongban.rehab;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tongban.rehab.RehabEnums.EndReason;

/**
 * A 定点康复服务协议: one institution, one period, a standard amount per service type. While it is
 * active, {@code active_child_id} holds the child's id, unique in the table: a second active
 * agreement for the same child fails in the database, whichever node writes it.
 */
@Entity
@Table(name = "rehab_agreement")
class Agreement {

    static final String ACTIVE = "ACTIVE";
    static final String ENDED = "ENDED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private RehabApplication application;
    @Column(name = "child_id")
    private Long childId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    @Column(name = "out_of_area")
    private boolean outOfArea;
    private String status;
    @Column(name = "active_child_id")
    private Long activeChildId;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    private List<AgreementItem> items = new ArrayList<>();

    protected Agreement() {
    }

    Agreement(RehabApplication application, Institution institution, LocalDate periodFrom, LocalDate periodTo,
            LocalDateTime createdAt) {
        this.application = application;
        this.childId = application.getChild().getId();
        this.institution = institution;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.outOfArea = !institution.isInArea();
        this.status = ACTIVE;
        this.activeChildId = childId;
        this.createdAt = createdAt;
    }

    void add(RehabStandard standard) {
        items.add(new AgreementItem(this, standard));
    }

    void end(LocalDate on, EndReason reason) {
        this.status = ENDED;
        this.activeChildId = null;
        this.endedOn = on;
        this.endReason = reason;
    }

    /** Renewal: the same institution for the next period. */
    void extendTo(LocalDate newEnd) {
        this.periodTo = newEnd;
    }

    boolean isActive() {
        return ACTIVE.equals(status);
    }

    BigDecimal yearlyAmount() {
        return items.stream().map(AgreementItem::getAmountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Long getId() {
        return id;
    }

    RehabApplication getApplication() {
        return application;
    }

    Institution getInstitution() {
        return institution;
    }

    LocalDate getPeriodFrom() {
        return periodFrom;
    }

    LocalDate getPeriodTo() {
        return periodTo;
    }

    boolean isOutOfArea() {
        return outOfArea;
    }

    EndReason getEndReason() {
        return endReason;
    }

    List<AgreementItem> getItems() {
        return items;
    }
}
