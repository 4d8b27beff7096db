package org.tongban.retrofit;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.tongban.organisation.Organisation;
import org.tongban.organisation.Role;
import org.tongban.organisation.UnitKind;
import org.tongban.security.TongbanUser;

/**
 * Who takes in applications: an officer of the household's own grass-roots unit, of CDPF or of the
 * lead agency (the dated setting retrofit.lead_agency).
 */
@Component
public class RetrofitIntake {

    private final Organisation organisation;
    private final RetrofitParameters parameters;

    RetrofitIntake(Organisation organisation, RetrofitParameters parameters) {
        this.organisation = organisation;
        this.parameters = parameters;
    }

    public boolean mayTakeIn(TongbanUser user, String grassRootsUnit) {
        if (!user.has(Role.OFFICER) && !user.has(Role.SUPERVISOR) || user.unitCode() == null) {
            return false;
        }
        String unit = user.unitCode();
        if ("CDPF".equals(unit) || unit.equals(parameters.text("retrofit.lead_agency", LocalDate.now()))) {
            return true;
        }
        boolean grassRoots = organisation.find(unit).filter(u -> u.getKind() == UnitKind.GRASSROOTS).isPresent();
        return grassRoots && (grassRootsUnit == null || unit.equals(grassRootsUnit));
    }

    /** Whether the user may use the intake at all (for the view's menu and route). */
    public boolean isIntakeUser(TongbanUser user) {
        return mayTakeIn(user, null);
    }
}
