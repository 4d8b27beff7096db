package org.tongban.quotareview.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.tongban.security.CurrentUser;

/** The quota review's intake and campaign pages are for 市残联 staff; others get "not found". */
final class CdpfOnly {

    static final String AGENCY = "CDPF";

    private CdpfOnly() {
    }

    static void check(BeforeEnterEvent event) {
        if (!CurrentUser.get().map(u -> AGENCY.equals(u.unitCode())).orElse(false)) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}
