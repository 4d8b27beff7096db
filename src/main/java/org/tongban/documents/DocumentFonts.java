package org.tongban.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Noto Sans SC Regular and Bold (SIL OFL 1.1, {@code fonts/OFL.txt}), TrueType with glyf outlines
 * so PDFBox can embed subsets. Parsed once per JVM (with a {@link UnifiedCmap}) and shared: PDFBox
 * reads font tables under a lock.
 */
final class DocumentFonts {

    private static final class Bundled {
        static final DocumentFonts INSTANCE = new DocumentFonts(
                parse("/fonts/NotoSansSC-Regular.ttf"), parse("/fonts/NotoSansSC-Bold.ttf"));
    }

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

    /** The characters of {@code text} (other than line breaks and tabs) that a font cannot draw. */
    String missingGlyphs(String text) {
        StringBuilder missing = new StringBuilder();
        try {
            var regularMap = regular.getUnicodeCmapLookup();
            var boldMap = bold.getUnicodeCmapLookup();
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
            return new TTFParser().parse(new RandomAccessReadBuffer(UnifiedCmap.apply(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
