package org.tongban.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;

/** The menu offers each user the intake pages of their own unit only. */
@TongbanTest
class MenuTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void the_legal_aid_centre_sees_legal_aid_intake_and_not_the_quota_declaration() {
        SignedInUi.open(context, "justice.officer");
        assertThat(paths()).contains("legal-aid/new").doesNotContain("quota-review/declare", "welfare-placement/new");
    }

    @Test
    void a_community_officer_sees_the_intakes_taken_at_the_grass_roots_only() {
        SignedInUi.open(context, "community01");
        assertThat(paths()).contains("welfare-placement/new", "rehab-rescue/new", "accessibility-retrofit/new", "inbox")
                .doesNotContain("legal-aid/new", "quota-review/declare", "quota-review/campaign");
    }

    private static List<String> paths() {
        return _find(SideNavItem.class).stream().map(i -> i.getPath().replaceFirst("^/", "")).toList();
    }
}
