package org.xistudy.study.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark, so that spreadsheet programs
 * read Chinese correctly; lines end in CR LF; a field is quoted when it holds a comma, a quote or
 * a line break; a field that would start a formula (=, +, -, @) is defused with an apostrophe
 * unless it is a number.
 */
public final class Csv {
    /** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** The rows (the first is the header) as the bytes of a CSV file. */
    public static byte[] bytes(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(cell(row.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One field, quoted when it must be. */
    static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
