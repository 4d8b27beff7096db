package org.tongban.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private static PDDocument document;
    private static PDType0Font font;

    @BeforeAll
    static void font() throws IOException {
        document = new PDDocument();
        font = PDType0Font.load(document, DocumentFonts.bundled().regular(), true);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    private static List<String> lines(String text, int charsPerLine) {
        float width = charsPerLine * 16f;
        return LineBreaker.lines(List.of(new LineBreaker.Run(text, font, 16f)), width, width).stream()
                .map(line -> String.join("", line.pieces().stream().map(LineBreaker.Piece::text).toList()))
                .toList();
    }

    @Test
    void breaks_chinese_text_between_any_two_characters() {
        assertThat(lines("二连浩特市残疾人联合会", 5)).containsExactly("二连浩特市", "残疾人联合", "会");
    }

    @Test
    void never_starts_a_line_with_closing_punctuation() {
        List<String> lines = lines("本机关决定予以受理。请按时办理（五个工作日）。逾期视为撤回。", 9);
        assertThat(lines).allMatch(line -> "，。、；：？！）》".indexOf(line.charAt(0)) < 0);
        assertThat(String.join("", lines)).isEqualTo("本机关决定予以受理。请按时办理（五个工作日）。逾期视为撤回。");
    }

    @Test
    void never_ends_a_line_with_opening_punctuation() {
        List<String> lines = lines("依照规定办理《中华人民共和国法律援助法》", 7);
        assertThat(lines).allMatch(line -> "（《“".indexOf(line.charAt(line.length() - 1)) < 0);
    }

    @Test
    void keeps_case_numbers_and_amounts_on_one_line() {
        List<String> lines = lines("案件编号为RT-2026-000031，金额5,000.00元", 12);
        assertThat(lines).anyMatch(line -> line.contains("RT-2026-000031"));
        assertThat(lines).anyMatch(line -> line.contains("5,000.00"));
    }

    @Test
    void breaks_a_word_longer_than_the_line_per_character() {
        assertThat(lines("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ", 10)).hasSizeGreaterThan(1)
                .allMatch(line -> !line.isEmpty());
    }
}
