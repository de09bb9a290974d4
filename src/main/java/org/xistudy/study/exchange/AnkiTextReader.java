package org.xistudy.study.exchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xistudy.content.Problem;
import org.xistudy.content.json.JsonPosition;

/**
 * Reads Anki's text format: the file headers that Anki 2.1.55 and later write and read
 * ({@code #separator:}, {@code #html:}, {@code #tags:}, {@code #notetype:}, {@code #deck:} and the
 * {@code #… column:N} headers, columns counted from 1), then one note per record, fields quoted
 * with double quotes where needed, as Anki's importer parses them. Without a note type the notes
 * are Basic; without a separator header the first of tab, semicolon and comma found is used.
 */
final class AnkiTextReader {
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final String file;
    private char separator;
    private boolean html = true;
    private final List<String> globalTags = new ArrayList<>();
    private String globalNoteType = "Basic";
    private String globalDeck;
    private int noteTypeColumn;
    private int deckColumn;
    private int tagsColumn;
    private int guidColumn;

    AnkiTextReader(String file) {
        this.file = file;
    }

    List<AnkiNote> read(Path path) throws BadFile {
        String text = decode(bytes(path));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int first = headers(lines);
        if (separator == 0) {
            separator = guessSeparator(lines, first);
        }
        List<AnkiNote> notes = new ArrayList<>();
        Records records = new Records(lines, first, separator);
        for (Records.Record r = records.next(); r != null; r = records.next()) {
            AnkiNote n = note(r);
            if (n != null) {
                notes.add(n);
            }
        }
        if (records.unclosedAt > 0) {
            throw BadFile.invalid(new Problem(Problem.Severity.ERROR, file, new JsonPosition(records.unclosedAt, 1),
                    "line " + records.unclosedAt, "a field opened with a double quote is never closed"));
        }
        return notes;
    }

    private byte[] bytes(Path path) throws BadFile {
        try {
            if (Files.isDirectory(path)) {
                throw new BadFile(List.of(problem(1, "the file is a folder, not a text file")), true);
            }
            if (Files.size(path) > MAX_BYTES) {
                throw BadFile.invalid(problem(1, "the file is larger than " + (MAX_BYTES >> 20) + " MB"));
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadFile(List.of(problem(1, "the file does not exist")), true);
        } catch (AccessDeniedException e) {
            throw new BadFile(List.of(problem(1, "the file cannot be read: permission denied")), true);
        } catch (IOException e) {
            throw new BadFile(List.of(problem(1, "the file cannot be read: " + e.getMessage())), true);
        }
    }

    private String decode(byte[] bytes) throws BadFile {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw BadFile.invalid(problem(1, "the file is not UTF-8 text (Anki's text files are UTF-8)"));
        }
    }

    /** Reads the header lines and returns the index of the first line after them. */
    private int headers(String[] lines) {
        int i = 0;
        if (lines.length > 0 && lines[0].startsWith("tags:")) {
            tags(lines[0].substring(5));
            i = 1;
        }
        for (; i < lines.length && lines[i].startsWith("#"); i++) {
            int colon = lines[i].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = lines[i].substring(1, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1);
            switch (key) {
                case "separator" -> separator = separatorNamed(value);
                case "html" -> html = !value.strip().equalsIgnoreCase("false");
                case "tags" -> tags(value);
                case "notetype" -> globalNoteType = value.strip();
                case "deck" -> globalDeck = value.strip();
                case "notetype column" -> noteTypeColumn = number(value);
                case "deck column" -> deckColumn = number(value);
                case "tags column" -> tagsColumn = number(value);
                case "guid column" -> guidColumn = number(value);
                default -> { }
            }
        }
        return i;
    }

    private void tags(String value) {
        for (String t : value.strip().split("\\s+")) {
            if (!t.isEmpty()) {
                globalTags.add(t);
            }
        }
    }

    private static int number(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static char separatorNamed(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "tab" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "space" -> ' ';
            case "pipe" -> '|';
            case "colon" -> ':';
            default -> value.length() == 1 ? value.charAt(0) : v.length() == 1 ? v.charAt(0) : 0;
        };
    }

    private static char guessSeparator(String[] lines, int first) {
        for (char c : new char[] {'\t', ';', ','}) {
            for (int i = first; i < Math.min(lines.length, first + 20); i++) {
                if (lines[i].indexOf(c) >= 0) {
                    return c;
                }
            }
        }
        return '\t';
    }

    private AnkiNote note(Records.Record r) {
        Set<Integer> meta = new HashSet<>(List.of(noteTypeColumn, deckColumn, tagsColumn, guidColumn));
        List<String> fields = new ArrayList<>();
        for (int c = 1; c <= r.fields().size(); c++) {
            if (!meta.contains(c)) {
                String v = r.fields().get(c - 1);
                fields.add(html ? v : Html.escape(v));
            }
        }
        if (fields.stream().allMatch(String::isBlank)) {
            return null;
        }
        String type = column(r, noteTypeColumn, globalNoteType);
        List<String> tags = new ArrayList<>(globalTags);
        for (String t : column(r, tagsColumn, "").strip().split("\\s+")) {
            if (!t.isEmpty() && !tags.contains(t)) {
                tags.add(t);
            }
        }
        String deck = column(r, deckColumn, globalDeck);
        boolean cloze = AnkiToPack.kindOfName(type) == AnkiToPack.Kind.CLOZE;
        return new AnkiNote("line " + r.line(), r.line(), column(r, guidColumn, ""), type, cloze,
                AnkiToPack.stockFieldNames(type), fields, List.of(), tags, deck == null || deck.isBlank() ? null : deck);
    }

    private static String column(Records.Record r, int column, String fallback) {
        return column > 0 && column <= r.fields().size() ? r.fields().get(column - 1).strip() : fallback;
    }

    private Problem problem(int line, String message) {
        return new Problem(Problem.Severity.ERROR, file, new JsonPosition(line, 1), "line " + line, message);
    }

    /** The records of the file: fields split at the separator, quoted fields may span lines. */
    private static final class Records {
        record Record(int line, List<String> fields) {
        }

        private final String[] lines;
        private final char separator;
        private int at;
        int unclosedAt;

        Records(String[] lines, int first, char separator) {
            this.lines = lines;
            this.at = first;
            this.separator = separator;
        }

        Record next() {
            while (at < lines.length && (lines[at].isEmpty() || lines[at].startsWith("#"))) {
                at++;
            }
            if (at >= lines.length) {
                return null;
            }
            int start = at;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            String line = lines[at];
            int i = 0;
            boolean quoted = false;
            boolean fieldStart = true;
            while (true) {
                if (i >= line.length()) {
                    if (quoted) {
                        at++;
                        if (at >= lines.length) {
                            unclosedAt = start + 1;
                            return null;
                        }
                        field.append('\n');
                        line = lines[at];
                        i = 0;
                        continue;
                    }
                    fields.add(field.toString());
                    at++;
                    return new Record(start + 1, fields);
                }
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                    i++;
                } else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    i++;
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                    i++;
                } else {
                    field.append(c);
                    fieldStart = false;
                    i++;
                }
            }
        }
    }
}
