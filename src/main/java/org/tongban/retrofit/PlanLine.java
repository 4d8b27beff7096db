package org.tongban.retrofit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One item of a plan at the catalogue price of the day the plan was made. */
@Entity
@Table(name = "ar_plan_line")
class PlanLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private RetrofitPlan plan;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id")
    private RetrofitItem item;
    private int quantity;
    private BigDecimal unitPrice;
    private BigDecimal amount;

    protected PlanLine() {
    }

    PlanLine(RetrofitPlan plan, RetrofitItem item, int quantity) {
        this.plan = plan;
        this.item = item;
        this.quantity = quantity;
        this.unitPrice = item.getUnitPrice();
        this.amount = item.getUnitPrice().multiply(BigDecimal.valueOf(quantity));
    }

    RetrofitItem getItem() { return item; }
    int getQuantity() { return quantity; }
    BigDecimal getUnitPrice() { return unitPrice; }
    BigDecimal getAmount() { return amount; }
}
