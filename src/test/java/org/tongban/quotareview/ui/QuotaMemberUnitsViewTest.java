package org.tongban.quotareview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.quotareview.MemberUnitStanding;

@TongbanTest
class QuotaMemberUnitsViewTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void the_committee_sees_whether_each_member_unit_reached_the_ratio() {
        SignedInUi.open(context, "committee");
        UI.getCurrent().navigate(QuotaMemberUnitsView.class);
        var grid = _get(QuotaMemberUnitsView.class).units;

        var rows = GridKt._findAll(grid);
        assertThat(rows).extracting(MemberUnitStanding::employerName)
                .contains("二连浩特市人力资源和社会保障局", "二连浩特市民政和社会保障局")
                .doesNotContain("二连浩特市口岸物流有限公司");
        MemberUnitStanding civil = rows.stream().filter(r -> r.employerName().equals("二连浩特市民政和社会保障局")).findFirst()
                .orElseThrow();
        assertThat(civil.reached()).isFalse();
    }
}
