package org.tongban.rehab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A month of attendance reported by the institution, with the entry, mid-term or end assessment if one was made. */
@Entity
@Table(name = "rehab_service_record")
class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;
    @Column(name = "service_month")
    private LocalDate serviceMonth;
    @Column(name = "days_attended")
    private int daysAttended;
    private String assessment;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected ServiceRecord() {
    }

    ServiceRecord(Agreement agreement, LocalDate month, int daysAttended, String assessment, String recordedBy,
            LocalDateTime recordedAt) {
        if (daysAttended < 0 || daysAttended > 31) {
            throw new IllegalArgumentException("days attended 0–31");
        }
        if (month.isBefore(agreement.getPeriodFrom().withDayOfMonth(1)) || month.isAfter(agreement.getPeriodTo())) {
            throw new IllegalArgumentException("The month lies outside the agreement's period");
        }
        this.agreement = agreement;
        this.serviceMonth = month.withDayOfMonth(1);
        this.daysAttended = daysAttended;
        this.assessment = assessment;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** CDPF corrects the month's figures; the latest entry counts. */
    void correct(int days, String assessment, String recordedBy, LocalDateTime recordedAt) {
        this.daysAttended = days;
        this.assessment = assessment;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    int getDaysAttended() {
        return daysAttended;
    }

    LocalDate getServiceMonth() {
        return serviceMonth;
    }
}
