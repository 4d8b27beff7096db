package org.tongban.rehab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.tongban.rehab.RehabEnums.ServiceType;

/** One service of an agreement, with the standard row (and so the amount) valid when it was signed. */
@Entity
@Table(name = "rehab_agreement_item")
class AgreementItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    private ServiceType serviceType;
    @Column(name = "standard_id")
    private Long standardId;
    @Column(name = "amount_yuan")
    private BigDecimal amountYuan;

    protected AgreementItem() {
    }

    AgreementItem(Agreement agreement, RehabStandard standard) {
        this.agreement = agreement;
        this.serviceType = standard.serviceType();
        this.standardId = standard.id();
        this.amountYuan = standard.amountYuan();
    }

    ServiceType getServiceType() {
        return serviceType;
    }

    Long getStandardId() {
        return standardId;
    }

    BigDecimal getAmountYuan() {
        return amountYuan;
    }
}
