package org.tongban.committee;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV (RFC 4180) in UTF-8 with a byte-order mark, so Excel opens the Chinese text
 * correctly; lines end in CRLF.
 */
public final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    public static byte[] of(ReportTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.header());
        table.rows().forEach(row -> line(csv, row));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            // A leading = + - @ would make Excel read the cell as a formula.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+%?")) {
                cell = "'" + cell;
            }
            csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
