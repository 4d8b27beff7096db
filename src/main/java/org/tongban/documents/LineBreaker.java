package org.tongban.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines. Chinese has no spaces, so a line may break after any character; runs
 * of Latin letters and digits (case numbers, dates, amounts) stay whole. Line-breaking rules
 * (禁则): closing punctuation never starts a line and opening punctuation never ends one.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…·%,.;:?!)]}—";
    private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

    /** Text in one font and size. */
    record Run(String text, PDFont font, float size) {
    }

    /** An unbreakable piece of text: one Chinese character, a Latin word or a space. */
    record Piece(String text, PDFont font, float size, float width) {
        int glyphs() {
            return text.codePointCount(0, text.length());
        }

        boolean isSpace() {
            return text.isBlank();
        }
    }

    /** A laid-out line; {@code last} is the paragraph's last line, which is never justified. */
    record Line(List<Piece> pieces, float width, boolean last) {
        int glyphs() {
            return pieces.stream().mapToInt(Piece::glyphs).sum();
        }
    }

    private LineBreaker() {
    }

    static List<Line> lines(List<Run> runs, float firstWidth, float width) {
        Deque<Piece> pending = new ArrayDeque<>(pieces(runs));
        List<Line> lines = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        float available = firstWidth;
        while (!pending.isEmpty()) {
            Piece piece = pending.pop();
            if (current.isEmpty() && piece.isSpace()) {
                continue;
            }
            if (width(current) + piece.width() <= available + 0.01f) {
                current.add(piece);
                continue;
            }
            if (current.isEmpty()) {
                // Wider than a line (a long Latin word): break it per character.
                List<Piece> chars = split(piece);
                for (int i = chars.size() - 1; i >= 0; i--) {
                    pending.push(chars.get(i));
                }
                if (chars.size() == 1) {
                    current.add(pending.pop());
                }
                continue;
            }
            pending.push(piece);
            List<Piece> carried = new ArrayList<>();
            // Carry characters over until the next line starts with something allowed there
            // (）。 may not start it) and this one ends with something allowed at its end (（ may not).
            Piece next = piece;
            while (current.size() > 1 && (startsForbidden(next) || endsForbidden(current.get(current.size() - 1)))) {
                next = current.remove(current.size() - 1);
                carried.add(0, next);
            }
            lines.add(line(current, false));
            current = carried;
            available = width;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(line(current, true));
        }
        return lines;
    }

    private static Line line(List<Piece> pieces, boolean last) {
        List<Piece> trimmed = new ArrayList<>(pieces);
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isSpace()) {
            trimmed.remove(trimmed.size() - 1);
        }
        return new Line(List.copyOf(trimmed), width(trimmed), last);
    }

    private static boolean startsForbidden(Piece piece) {
        return NO_LINE_START.indexOf(piece.text().codePointAt(0)) >= 0;
    }

    private static boolean endsForbidden(Piece piece) {
        return NO_LINE_END.indexOf(piece.text().codePointAt(0)) >= 0;
    }

    private static float width(List<Piece> pieces) {
        float w = 0;
        for (Piece p : pieces) {
            w += p.width();
        }
        return w;
    }

    private static List<Piece> pieces(List<Run> runs) {
        List<Piece> pieces = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                int end = i + Character.charCount(cp);
                if (isWordChar(cp)) {
                    while (end < text.length() && (isWordChar(text.codePointAt(end)) || isThousands(text, end))) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                }
                String s = text.substring(i, end);
                if (cp == '\n' || cp == '\r' || cp == '\t') {
                    s = " ";
                }
                pieces.add(piece(s, run.font(), run.size()));
                i = end;
            }
        }
        return pieces;
    }

    private static List<Piece> split(Piece piece) {
        List<Piece> chars = new ArrayList<>();
        piece.text().codePoints().forEach(cp -> chars.add(piece(new String(Character.toChars(cp)), piece.font(), piece.size())));
        return chars;
    }

    /** Letters, digits and the joiners inside numbers, codes and dates stay on one line. */
    private static boolean isWordChar(int cp) {
        return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || "-./:@_%'".indexOf(cp) >= 0);
    }

    /** The comma in 5,000.00. */
    private static boolean isThousands(String text, int i) {
        return text.charAt(i) == ',' && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    static Piece piece(String text, PDFont font, float size) {
        try {
            return new Piece(text, font, size, font.getStringWidth(text) / 1000f * size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The document font has no glyph for \"" + text + "\"", e);
        }
    }
}
