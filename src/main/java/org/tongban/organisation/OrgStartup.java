package org.tongban.organisation;

/** The order of start-up runners: groups first, then anything that adds users to them. */
public final class OrgStartup {

    public static final int GROUP_SYNC = 10;
    public static final int DEMO_DATA = 20;

    private OrgStartup() {
    }
}
