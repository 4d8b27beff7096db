package org.tongban.quotareview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.people.CertificateNumber;
import org.tongban.people.IdNumbers;

/** Checks a declaration's input before anything is written; the same rules serve the UI and REST. */
final class DeclarationValidator {

    private static final BigDecimal MAX_HEADCOUNT = new BigDecimal("1000000");
    private static final BigDecimal MAX_MONEY = new BigDecimal("99999999999999");

    private DeclarationValidator() {
    }

    static List<DeclarationProblem> problems(Declaration d, LocalDate today) {
        List<DeclarationProblem> problems = new ArrayList<>();
        if (d.headcount() == null) {
            problems.add(new DeclarationProblem("headcount", "quotareview.error.required"));
        } else if (d.headcount().signum() <= 0 || d.headcount().compareTo(MAX_HEADCOUNT) > 0 || d.headcount().scale() > 2) {
            problems.add(new DeclarationProblem("headcount", "quotareview.error.headcount"));
        }
        if (d.payroll() == null) {
            problems.add(new DeclarationProblem("payroll", "quotareview.error.required"));
        } else if (d.payroll().signum() < 0 || d.payroll().compareTo(MAX_MONEY) > 0 || d.payroll().scale() > 2) {
            problems.add(new DeclarationProblem("payroll", "quotareview.error.amount"));
        }
        if (d.reliefRequested() && (d.reliefReason() == null || d.reliefReason().isBlank())) {
            problems.add(new DeclarationProblem("reliefReason", "quotareview.error.required"));
        } else if (d.reliefReason() != null && d.reliefReason().length() > 500) {
            problems.add(new DeclarationProblem("reliefReason", "quotareview.error.tooLong"));
        }
        if (d.roster().size() > 5000) {
            problems.add(new DeclarationProblem("roster", "quotareview.error.rosterSize"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < d.roster().size(); i++) {
            line(d.roster().get(i), "roster[" + i + "].", today, seen, problems);
        }
        return problems;
    }

    private static void line(RosterLine l, String path, LocalDate today, Set<String> seen, List<DeclarationProblem> out) {
        if (l == null) {
            out.add(new DeclarationProblem(path + "cardNumber", "quotareview.error.required"));
            return;
        }
        if (l.cardKind() == null) {
            out.add(new DeclarationProblem(path + "cardKind", "quotareview.error.required"));
        } else if (l.cardNumber() == null || l.cardNumber().isBlank()) {
            out.add(new DeclarationProblem(path + "cardNumber", "quotareview.error.required"));
        } else if (l.cardKind() == CardKind.DISABILITY) {
            var parsed = CertificateNumber.parse(l.cardNumber(), today);
            if (!parsed.valid()) {
                out.add(new DeclarationProblem(path + "cardNumber", "quotareview.error.cardNumber"));
            } else if (!seen.add(parsed.number().idNumber())) {
                out.add(new DeclarationProblem(path + "cardNumber", "quotareview.error.duplicate"));
            }
        } else {
            String id = l.cardNumber().strip().toUpperCase();
            if (!id.matches("\\d{17}[\\dX]") || !IdNumbers.hasValidCheckCharacter(id)) {
                out.add(new DeclarationProblem(path + "cardNumber", "quotareview.error.idNumber"));
            } else if (!seen.add(id)) {
                out.add(new DeclarationProblem(path + "cardNumber", "quotareview.error.duplicate"));
            }
            if (l.veteranGrade() == null || l.veteranGrade() < 1 || l.veteranGrade() > 8) {
                out.add(new DeclarationProblem(path + "veteranGrade", "quotareview.error.veteranGrade"));
            }
        }
        if (l.monthsEmployed() < 1 || l.monthsEmployed() > 12) {
            out.add(new DeclarationProblem(path + "monthsEmployed", "quotareview.error.months"));
        }
        if (l.contractMonths() < 0 || l.contractMonths() > 1200) {
            out.add(new DeclarationProblem(path + "contractMonths", "quotareview.error.contractMonths"));
        }
        if (l.annualWage() == null) {
            out.add(new DeclarationProblem(path + "annualWage", "quotareview.error.required"));
        } else if (l.annualWage().signum() < 0 || l.annualWage().compareTo(MAX_MONEY) > 0 || l.annualWage().scale() > 2) {
            out.add(new DeclarationProblem(path + "annualWage", "quotareview.error.amount"));
        }
    }
}
