package org.tongban.retrofit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A catalogue item (目录清单): unit price and the disability categories (digits 1–7) it serves. */
@Entity
@Table(name = "ar_item")
class RetrofitItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String nameZh;
    private String nameEn;
    private String unitLabel;
    private BigDecimal unitPrice;
    private String categories;

    protected RetrofitItem() {
    }

    /** Whether the item serves any of these categories. */
    boolean serves(Set<Integer> categoriesOfMembers) {
        return servedCategories().stream().anyMatch(categoriesOfMembers::contains);
    }

    Set<Integer> servedCategories() {
        return Arrays.stream(categories.split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toSet());
    }

    Long getId() { return id; }
    String getCode() { return code; }
    String getNameZh() { return nameZh; }
    String getNameEn() { return nameEn; }
    String getUnitLabel() { return unitLabel; }
    BigDecimal getUnitPrice() { return unitPrice; }
}
