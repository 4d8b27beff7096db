package org.tongban.legalaid;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.tongban.documents.DocumentService;
import org.tongban.forms.FieldError;
import org.tongban.people.IdNumbers;

/**
 * The rules a valid application meets, for the view (as the user types) and the REST intake alike.
 * Messages are translation keys {@code legalaid.error.*}; nothing here logs a value.
 */
@Component
public class ApplicationCheck {

    private static final Pattern ID = Pattern.compile("^[1-9]\\d{5}(18|19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dX]$");
    private static final Pattern PHONE = Pattern.compile("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$");
    private static final Pattern ORDER = Pattern.compile("^[A-Za-z0-9-]{4,40}$");
    private static final Set<String> FORWARDING = Set.of("POLICE", "PROCURATORATE", "COURT");
    private static final Set<String> HOTLINES = Set.of("12345", "12385", "12348");
    private static final Set<Integer> MANDATORY_DEFENCE_CATEGORIES = Set.of(1, 2, 3);
    /** The longest summary of the facts, in characters. */
    public static final int MAX_FACTS = 2000;

    private final DocumentService documents;
    private final Clock clock;

    ApplicationCheck(DocumentService documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** Every problem of the application, field by field; empty when it may be filed. */
    public List<FieldError> problems(LegalAidApplication a) {
        List<FieldError> errors = new ArrayList<>();
        LegalAidApplication.Channel channel = parse(LegalAidApplication.Channel.class, a.channel());
        if (channel == null) {
            errors.add(error("channel", "legalaid.error.channel"));
        }
        name(a.applicantName(), errors);
        idNumber(a.idNumber(), errors);
        if (a.phone() != null && !a.phone().isBlank() && !PHONE.matcher(a.phone().strip()).matches()) {
            errors.add(error("phone", "legalaid.error.phone"));
        }
        if (a.disabilityCategory() == null || a.disabilityCategory() < 1 || a.disabilityCategory() > 7) {
            errors.add(error("disabilityCategory", "legalaid.error.category"));
        }
        if (parse(LegalAidApplication.MatterType.class, a.matterType()) == null) {
            errors.add(error("matterType", "legalaid.error.matterType"));
        }
        facts(a.caseFacts(), errors);
        income(a.monthlyIncome(), errors);
        if (parse(LegalAidApplication.ExemptGroup.class, a.exemptGroup()) == null) {
            errors.add(error("exemptGroup", "legalaid.error.exemptGroup"));
        }
        if (a.limitationDate() != null && a.limitationDate().isBefore(LocalDate.now(clock))) {
            errors.add(error("limitationDate", "legalaid.error.limitationPast"));
        }
        if (channel != null) {
            channelRules(channel, a, errors);
        }
        return errors;
    }

    /** Whether a defendant of this category without a lawyer gets a defence lawyer without any test (第25条). */
    static boolean mandatoryDefence(LegalAidApplication a) {
        return a.defendantWithoutLawyer() && a.disabilityCategory() != null
                && MANDATORY_DEFENCE_CATEGORIES.contains(a.disabilityCategory());
    }

    private void channelRules(LegalAidApplication.Channel channel, LegalAidApplication a, List<FieldError> errors) {
        boolean forwarded = EnumSet.of(LegalAidApplication.Channel.CUSTODY, LegalAidApplication.Channel.DEFENCE_NOTICE)
                .contains(channel);
        if (forwarded && (a.forwardingAgency() == null || !FORWARDING.contains(a.forwardingAgency()))) {
            errors.add(error("forwardingAgency", "legalaid.error.forwardingAgency"));
        }
        if (!forwarded && a.forwardingAgency() != null && !a.forwardingAgency().isBlank()) {
            errors.add(error("forwardingAgency", "legalaid.error.forwardingAgencyNotExpected"));
        }
        if (channel == LegalAidApplication.Channel.CUSTODY) {
            Instant asked = a.custodyRequestAt();
            if (asked == null) {
                errors.add(error("custodyRequestAt", "legalaid.error.custodyRequestAt"));
            } else if (asked.isAfter(clock.instant())) {
                errors.add(error("custodyRequestAt", "legalaid.error.custodyRequestFuture"));
            }
        }
        if (channel == LegalAidApplication.Channel.DEFENCE_NOTICE && !mandatoryDefence(a)) {
            errors.add(error("defendantWithoutLawyer", "legalaid.error.defenceNotice"));
        }
        if (channel == LegalAidApplication.Channel.HOTLINE) {
            if (a.hotline() == null || !HOTLINES.contains(a.hotline())) {
                errors.add(error("hotline", "legalaid.error.hotline"));
            }
            if (a.hotlineOrderNumber() == null || !ORDER.matcher(a.hotlineOrderNumber().strip()).matches()) {
                errors.add(error("hotlineOrderNumber", "legalaid.error.hotlineOrderNumber"));
            }
        }
    }

    private void name(String name, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(error("applicantName", "legalaid.error.required"));
        } else if (name.strip().length() > 40) {
            errors.add(error("applicantName", "legalaid.error.nameLength"));
        } else if (!documents.unprintableCharacters(name.strip()).isEmpty()) {
            errors.add(new FieldError("applicantName", "legalaid.error.unprintable",
                    List.of(documents.unprintableCharacters(name.strip()))));
        }
    }

    private void idNumber(String id, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            errors.add(error("idNumber", "legalaid.error.required"));
            return;
        }
        String s = normalisedId(id);
        if (!ID.matcher(s).matches() || !realPastDate(s.substring(6, 14)) || !IdNumbers.hasValidCheckCharacter(s)) {
            errors.add(error("idNumber", "legalaid.error.idNumber"));
        }
    }

    static String normalisedId(String id) {
        return id.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private boolean realPastDate(String yyyymmdd) {
        try {
            LocalDate d = LocalDate.parse(yyyymmdd, DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
            return !d.isAfter(LocalDate.now(clock));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void facts(String facts, List<FieldError> errors) {
        if (facts == null || facts.strip().length() < 10) {
            errors.add(error("caseFacts", "legalaid.error.factsShort"));
        } else if (facts.strip().length() > MAX_FACTS) {
            errors.add(error("caseFacts", "legalaid.error.factsLong"));
        }
    }

    private static void income(BigDecimal income, List<FieldError> errors) {
        if (income == null) {
            return;
        }
        if (income.signum() < 0 || income.compareTo(new BigDecimal("1000000")) > 0 || income.stripTrailingZeros().scale() > 2) {
            errors.add(error("monthlyIncome", "legalaid.error.income"));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static FieldError error(String field, String key) {
        return new FieldError(field, key, List.of());
    }
}
