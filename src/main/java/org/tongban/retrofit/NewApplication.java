package org.tongban.retrofit;

import java.util.List;

/**
 * An application as the intake user enters it: the household (head, members by ID number, unit,
 * address, claimed hardship, priority facts), its home, where the application came from and the need.
 */
public record NewApplication(String headIdNumber, List<Member> members, String grassRootsUnit, String address,
        String hardshipClaimed, boolean elderlyCarer, boolean relapseMonitoring, String tenure,
        boolean landlordConsent, boolean resident, Channel channel, String need) {

    /** Another member of the household by ID number and relation to the head. */
    public record Member(String idNumber, String relation) {
    }

    public NewApplication {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
