package org.tongban.documents;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every character a document will draw, per weight, known before layout: the fonts embedded in
 * the document are cut to exactly these. Whatever the renderer draws must be listed here (a
 * character missing from the subset makes rendering fail, it never prints a box).
 */
record DocumentCharacters(Set<Integer> regular, Set<Integer> bold) {

    static final String LEGAL_BASIS = "法律依据：";
    static final String REMEDY = "救济途径：";

    static DocumentCharacters of(DocumentModel model) {
        StringBuilder regular = new StringBuilder(" ");
        StringBuilder bold = new StringBuilder(" ");
        DocumentContent content = model.content();
        bold.append(model.issuer().headerName()).append(content.title()).append(LEGAL_BASIS).append(REMEDY);
        regular.append(model.issuer().headerName()).append(model.number()).append(model.dateText())
                .append(content.recipient()).append(content.legalBasis()).append(content.remedy())
                .append(model.caseNumber()).append(model.verificationCode()).append(PageFooter.FIXED_TEXT);
        for (Block block : content.body()) {
            if (block instanceof Block.Paragraph p) {
                bold.append(p.lead());
                regular.append(p.body());
            } else if (block instanceof Block.Heading h) {
                bold.append(h.body());
            } else if (block instanceof Block.Table t) {
                t.header().forEach(bold::append);
                t.rows().forEach(row -> row.forEach(regular::append));
            } else if (block instanceof Block.Image i) {
                regular.append(i.caption());
            }
        }
        return new DocumentCharacters(codePoints(regular), codePoints(bold));
    }

    private static Set<Integer> codePoints(CharSequence text) {
        Set<Integer> set = new HashSet<>();
        text.codePoints().filter(cp -> !List.of((int) '\n', (int) '\r', (int) '\t').contains(cp)).forEach(set::add);
        return set;
    }
}
