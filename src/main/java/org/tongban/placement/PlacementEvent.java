package org.tongban.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.security.EncryptedText;

/**
 * Something an officer recorded on a case on behalf of the public or the employer: an objection
 * during 公示, a vacancy or early-exit report, a yearly assessment or a spot check. The note may
 * name people, so it is encrypted.
 */
@Entity
@Table(name = "wp_placement_event")
class PlacementEvent {

    enum Kind { OBJECTION, EXIT_REPORT, YEARLY_ASSESSMENT, SPOT_CHECK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "event_date")
    private LocalDate eventDate;

    private String code;

    @Column(name = "period_year")
    private Integer periodYear;

    @Convert(converter = EncryptedText.class)
    private String note;

    private boolean late;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;

    protected PlacementEvent() {
    }

    PlacementEvent(long applicationId, Kind kind, LocalDate eventDate, String code, Integer periodYear, String note,
            boolean late, String recordedBy, LocalDateTime recordedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.eventDate = eventDate;
        this.code = code;
        this.periodYear = periodYear;
        this.note = note;
        this.late = late;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Kind getKind() {
        return kind;
    }

    LocalDate getEventDate() {
        return eventDate;
    }

    String getCode() {
        return code;
    }

    Integer getPeriodYear() {
        return periodYear;
    }

    String getNote() {
        return note;
    }

    boolean isLate() {
        return late;
    }

    String getRecordedBy() {
        return recordedBy;
    }
}
