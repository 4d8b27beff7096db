package org.tongban.retrofit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The household's plan (一户一案): catalogue lines, the family's wishes, the budget within the cap
 * valid on the acceptance date (the parameter row's id is stored) and the funding split.
 */
@Entity
@Table(name = "ar_plan")
class RetrofitPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private Long householdId;
    private int programmeYear;
    private BigDecimal total;
    private BigDecimal cap;
    private Long capParameterId;
    private BigDecimal centralAmount;
    private BigDecimal regionAmount;
    private BigDecimal cityAmount;
    private String wishes;
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PlanLine> lines = new ArrayList<>();

    protected RetrofitPlan() {
    }

    RetrofitPlan(Long applicationId, Long householdId, int programmeYear, BigDecimal cap, Long capParameterId,
            String wishes, LocalDateTime createdAt) {
        this.applicationId = applicationId;
        this.householdId = householdId;
        this.programmeYear = programmeYear;
        this.cap = cap;
        this.capParameterId = capParameterId;
        this.wishes = wishes;
        this.createdAt = createdAt;
    }

    void addLine(RetrofitItem item, int quantity) {
        lines.add(new PlanLine(this, item, quantity));
    }

    void budget(BigDecimal total, FundingSplit split) {
        this.total = total;
        this.centralAmount = split.central();
        this.regionAmount = split.region();
        this.cityAmount = split.city();
    }

    Long getId() { return id; }
    Long getApplicationId() { return applicationId; }
    BigDecimal getTotal() { return total; }
    BigDecimal getCap() { return cap; }
    String getWishes() { return wishes; }
    List<PlanLine> getLines() { return lines; }
    FundingSplit split() { return new FundingSplit(centralAmount, regionAmount, cityAmount); }
}
