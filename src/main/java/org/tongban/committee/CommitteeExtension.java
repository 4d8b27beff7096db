package org.tongban.committee;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import org.tongban.security.TongbanUser;

/**
 * A further part of the committee page and the monitoring report, contributed as a Spring bean
 * (issue 11 item 4, the plan targets, plugs in here). The page shows its section after the
 * built-in ones, and the report and CSV export print its tables after theirs.
 */
public interface CommitteeExtension {

    /** The translation key of the section heading. */
    String titleKey();

    /** The page section for the chosen scope. */
    Component section(TongbanUser user, Scope scope);

    /** The section's figures as tables, for the report and the CSV export. */
    List<ReportTable> tables(TongbanUser user, Scope scope, Locale locale);
}
