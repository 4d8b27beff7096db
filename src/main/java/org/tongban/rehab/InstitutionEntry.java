package org.tongban.rehab;

import java.time.LocalDate;
import java.util.Set;
import org.tongban.rehab.RehabEnums.ServiceType;

/**
 * One entry of the designated-institution list as CDPF keeps it: the services it gives, the
 * disability categories it serves, its places at one time, whether it is designated (定点) and
 * from when to when the entry holds; {@code inArea} false for an institution outside the city.
 */
public record InstitutionEntry(String code, String name, boolean inArea, boolean diagnoses, boolean designated,
        Set<ServiceType> services, Set<Integer> categories, int capacity, LocalDate validFrom, LocalDate validTo) {

    public InstitutionEntry {
        services = services == null ? Set.of() : Set.copyOf(services);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
