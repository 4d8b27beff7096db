package org.tongban.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Noto Sans SC Regular and Bold (SIL OFL 1.1, {@code fonts/OFL.txt}), TrueType with glyf outlines.
 * Parsed once per JVM and shared (PDFBox reads font tables under a lock); each document embeds a
 * subset cut here with just its characters.
 */
final class DocumentFonts {

    private static final class Bundled {
        static final DocumentFonts INSTANCE = new DocumentFonts(
                parse("/fonts/NotoSansSC-Regular.ttf"), parse("/fonts/NotoSansSC-Bold.ttf"));
    }

    /**
     * What a PDF needs of a TrueType font (PDFBox's own subsets keep the same) plus cmap, name, OS/2
     * and post, which PDFBox reads when it embeds the subset; no layout or vertical metrics tables.
     */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private DocumentFonts(TrueTypeFont regular, TrueTypeFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The fonts shipped in {@code src/main/resources/fonts}, loaded on first use. */
    static DocumentFonts bundled() {
        return Bundled.INSTANCE;
    }

    TrueTypeFont regular() {
        return regular;
    }

    TrueTypeFont bold() {
        return bold;
    }

    /**
     * A font with only the glyphs of these characters, its name tagged as a subset
     * ({@code ABCDEF+NotoSansSC-Regular}). Cutting it here rather than letting PDFBox subset at save
     * time spares PDFBox width tables of all 65,535 glyphs per document, and its character map
     * holds only the characters used: the text layer says 二, not the Kangxi radical ⼆ that shares
     * the glyph. The caller closes it.
     */
    TrueTypeFont subset(boolean boldWeight, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(boldWeight ? bold : regular, TABLES);
        subsetter.addAll(codePoints);
        subsetter.setPrefix(tag(codePoints, boldWeight));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        subsetter.writeToStream(out);
        return new TTFParser().parseEmbedded(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Six capitals derived from the characters, so the same document gets the same tag. */
    private static String tag(Set<Integer> codePoints, boolean boldWeight) {
        StringBuilder key = new StringBuilder(boldWeight ? "B" : "R");
        new TreeSet<>(codePoints).forEach(key::appendCodePoint);
        String hash = DocumentModel.sha256(key.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Integer.parseInt(hash.substring(2 * i, 2 * i + 2), 16) % 26));
        }
        return tag + "+";
    }

    /** The characters of {@code text} (other than line breaks and tabs) that either weight cannot draw. */
    String missingGlyphs(String text) {
        StringBuilder missing = new StringBuilder();
        try {
            CmapLookup regularMap = regular.getUnicodeCmapLookup();
            CmapLookup boldMap = bold.getUnicodeCmapLookup();
            text.codePoints().filter(cp -> cp != '\n' && cp != '\t' && cp != '\r').distinct()
                    .filter(cp -> regularMap.getGlyphId(cp) == 0 || boldMap.getGlyphId(cp) == 0)
                    .forEach(missing::appendCodePoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing.toString();
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
