package org.tongban.rehab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.SignedInUi;
import org.tongban.TongbanTest;
import org.tongban.rehab.RehabEnums.ServiceType;
import org.tongban.rehab.RehabInstitutions;

@TongbanTest
class RehabInstitutionListViewTest {

    @Autowired ApplicationContext context;
    @Autowired RehabInstitutions institutions;

    @AfterEach
    void close() {
        SignedInUi.close();
    }

    @Test
    void cdpf_adds_an_institution_and_a_wrong_capacity_is_marked_beside_the_field() {
        SignedInUi.open(context, "cdpf.officer");
        UI.getCurrent().navigate(RehabInstitutionListView.class);
        RehabInstitutionListView view = _get(RehabInstitutionListView.class);
        assertThat(view.grid.getGenericDataView().getItems().map(e -> e.code())).contains("RI-EH-01", "RI-XL-01");

        String code = "RI-EH-V" + (System.nanoTime() % 10000);
        view.code.setValue(code);
        view.name.setValue("二连浩特市特殊教育学校康复部");
        view.services.setValue(Set.of(ServiceType.TRAINING));
        view.categories.setValue(Set.of(5, 6));
        view.capacity.setValue(-2);
        view.validFrom.setValue(LocalDate.of(2026, 1, 1));
        view.save.click();
        assertThat(view.capacity.isInvalid()).isTrue();
        assertThat(view.capacity.getErrorMessage()).contains("名额");
        assertThat(institutions.all()).noneMatch(e -> e.code().equals(code));

        view.capacity.setValue(15);
        view.save.click();
        assertThat(view.status.getText()).contains(code);
        assertThat(institutions.all()).anyMatch(e -> e.code().equals(code) && e.capacity() == 15 && e.categories().equals(Set.of(5, 6)));
        assertThat(view.grid.getGenericDataView().getItems().map(e -> e.code())).contains(code);
    }

    @Test
    void another_agency_does_not_see_the_list() {
        SignedInUi.open(context, "health.officer");
        UI.getCurrent().navigate(RehabInstitutionListView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(RehabInstitutionListView.class::isInstance);
    }
}
