package org.tongban.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Gives a font a character map in which every glyph belongs to one code point. CJK fonts draw
 * 二 (U+4E8C) and the Kangxi radical ⼆ (U+2F06) with the same glyph, and PDFBox writes the
 * lowest code point into the PDF's text layer, so searching or copying 二连浩特 would fail.
 * Radicals and compatibility ideographs that share a glyph with another character are dropped;
 * the new map is appended to the font data and the table directory pointed at it.
 */
final class UnifiedCmap {

    private UnifiedCmap() {
    }

    static byte[] apply(byte[] font) throws IOException {
        int[] glyphOf = glyphs(font);
        boolean[] hasPrimary = new boolean[65536];
        for (int cp = 0; cp < glyphOf.length; cp++) {
            if (glyphOf[cp] > 0 && !secondary(cp)) {
                hasPrimary[glyphOf[cp]] = true;
            }
        }
        List<int[]> groups = new ArrayList<>();
        int[] open = null;
        for (int cp = 0; cp < glyphOf.length; cp++) {
            int gid = glyphOf[cp];
            if (gid == 0 || (secondary(cp) && hasPrimary[gid])) {
                open = null;
                continue;
            }
            if (open != null && open[1] == cp - 1 && open[2] + (cp - open[0]) == gid) {
                open[1] = cp;
            } else {
                open = new int[] {cp, cp, gid};
                groups.add(open);
            }
        }
        return withCmap(font, format12(groups));
    }

    /** CJK radicals, Kangxi radicals and compatibility ideographs: second names of unified ideographs. */
    private static boolean secondary(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    private static int[] glyphs(byte[] font) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
        try {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            int[] glyphOf = new int[0x40000];
            for (int cp = 0; cp < glyphOf.length; cp++) {
                glyphOf[cp] = cp >= 0xD800 && cp <= 0xDFFF ? 0 : cmap.getGlyphId(cp);
            }
            return glyphOf;
        } finally {
            ttf.close();
        }
    }

    /** A cmap table with one subtable: Windows, Unicode full repertoire, format 12 (segmented coverage). */
    private static byte[] format12(List<int[]> groups) {
        int subtableLength = 16 + 12 * groups.size();
        ByteBuffer b = ByteBuffer.allocate(12 + subtableLength);
        b.putShort((short) 0).putShort((short) 1);
        b.putShort((short) 3).putShort((short) 10).putInt(12);
        b.putShort((short) 12).putShort((short) 0).putInt(subtableLength).putInt(0).putInt(groups.size());
        for (int[] g : groups) {
            b.putInt(g[0]).putInt(g[1]).putInt(g[2]);
        }
        return b.array();
    }

    /** The font with its cmap table record pointing at {@code cmap}, appended at the end. */
    private static byte[] withCmap(byte[] font, byte[] cmap) {
        int start = (font.length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(start + cmap.length);
        out.put(font);
        out.position(start);
        out.put(cmap);
        int tables = out.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (out.getInt(record) == 0x636D6170) { // 'cmap'
                out.putInt(record + 4, checksum(cmap));
                out.putInt(record + 8, start);
                out.putInt(record + 12, cmap.length);
                return out.array();
            }
        }
        throw new IllegalArgumentException("The font has no cmap table");
    }

    private static int checksum(byte[] table) {
        ByteBuffer b = ByteBuffer.wrap(java.util.Arrays.copyOf(table, (table.length + 3) & ~3));
        int sum = 0;
        while (b.hasRemaining()) {
            sum += b.getInt();
        }
        return sum;
    }
}
