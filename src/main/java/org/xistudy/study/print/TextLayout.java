package org.xistudy.study.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks rich text into lines of a given width: between words, before and after Chinese
 * characters, after dashes and slashes, and, for a word longer than the line, inside the word.
 * Line feeds in the text start a new line.
 */
final class TextLayout {
    private final HandoutFonts fonts;

    /** A piece of a line in one font and style, {@code x} from the line's start. */
    record Piece(HandoutFonts.Run run, TextStyle style, float x, float width) {
    }

    /** One laid-out line. {@code size} is its largest text size; {@code leading} its height. */
    record Line(List<Piece> pieces, float width, float leading, float size) {
        Line {
            pieces = List.copyOf(pieces);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            pieces.forEach(p -> sb.append(p.run().text()));
            return sb.toString();
        }
    }

    /** Lines and their total height. */
    record Block(List<Line> lines) {
        Block {
            lines = List.copyOf(lines);
        }

        float height() {
            float h = 0;
            for (Line l : lines) {
                h += l.leading();
            }
            return h;
        }

        float width() {
            float w = 0;
            for (Line l : lines) {
                w = Math.max(w, l.width());
            }
            return w;
        }

        boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    /** An unbreakable piece of text; {@code space} atoms may disappear at line ends. */
    private record Atom(String text, TextStyle style, boolean space, boolean breakBefore, boolean newline) {
    }

    TextLayout(HandoutFonts fonts) {
        this.fonts = fonts;
    }

    Block layout(List<Span> spans, float width) {
        List<Atom> atoms = atoms(spans);
        List<Line> lines = new ArrayList<>();
        List<Atom> line = new ArrayList<>();
        float lineWidth = 0;
        List<Atom> pendingSpace = new ArrayList<>();
        float defaultSize = spans.isEmpty() ? 10 : spans.get(0).style().size();
        TextStyle lastStyle = spans.isEmpty() ? null : spans.get(0).style();
        int i = 0;
        while (i < atoms.size()) {
            Atom a = atoms.get(i);
            if (a.newline()) {
                lines.add(line(line, lastStyle, defaultSize));
                line = new ArrayList<>();
                lineWidth = 0;
                pendingSpace.clear();
                i++;
                continue;
            }
            if (a.space()) {
                if (!line.isEmpty()) {
                    pendingSpace.add(a);
                }
                i++;
                continue;
            }
            // a word: this atom and the following ones that cannot be broken from it
            int j = i + 1;
            while (j < atoms.size() && !atoms.get(j).space() && !atoms.get(j).newline() && !atoms.get(j).breakBefore()) {
                j++;
            }
            List<Atom> word = atoms.subList(i, j);
            float wordWidth = width(word);
            float spaceWidth = width(pendingSpace);
            if (!line.isEmpty() && lineWidth + spaceWidth + wordWidth > width) {
                lines.add(line(line, lastStyle, defaultSize));
                line = new ArrayList<>();
                lineWidth = 0;
                pendingSpace.clear();
                spaceWidth = 0;
            }
            if (line.isEmpty() && wordWidth > width) {
                // longer than a line (a web address): break it where it must
                for (Atom w : word) {
                    for (int k = 0; k < w.text().length(); ) {
                        int cp = w.text().codePointAt(k);
                        String ch = new String(Character.toChars(cp));
                        k += Character.charCount(cp);
                        float cw = fonts.width(ch, w.style().face(), w.style().size());
                        if (!line.isEmpty() && lineWidth + cw > width) {
                            lines.add(line(line, w.style(), defaultSize));
                            line = new ArrayList<>();
                            lineWidth = 0;
                        }
                        line.add(new Atom(ch, w.style(), false, false, false));
                        lineWidth += cw;
                    }
                    lastStyle = w.style();
                }
                i = j;
                continue;
            }
            line.addAll(pendingSpace);
            pendingSpace.clear();
            line.addAll(word);
            lineWidth += spaceWidth + wordWidth;
            lastStyle = word.get(word.size() - 1).style();
            i = j;
        }
        if (!line.isEmpty()) {
            lines.add(line(line, lastStyle, defaultSize));
        }
        return new Block(lines);
    }

    private float width(List<Atom> atoms) {
        float w = 0;
        for (Atom a : atoms) {
            w += fonts.width(a.text(), a.style().face(), a.style().size());
        }
        return w;
    }

    /** Joins a line's atoms into pieces of one style and font. */
    private Line line(List<Atom> atoms, TextStyle fallback, float defaultSize) {
        List<Piece> pieces = new ArrayList<>();
        float x = 0;
        float size = 0;
        float leading = 0;
        int i = 0;
        while (i < atoms.size()) {
            TextStyle style = atoms.get(i).style();
            StringBuilder sb = new StringBuilder();
            while (i < atoms.size() && atoms.get(i).style().equals(style)) {
                sb.append(atoms.get(i).text());
                i++;
            }
            for (HandoutFonts.Run r : fonts.runs(sb.toString(), style.face())) {
                float w = HandoutFonts.width(r, style.size());
                pieces.add(new Piece(r, style, x, w));
                x += w;
            }
            size = Math.max(size, style.size());
            leading = Math.max(leading, style.leading());
        }
        if (pieces.isEmpty()) {
            float s = fallback == null ? defaultSize : fallback.size();
            TextStyle st = fallback == null ? new TextStyle(Face.REGULAR, s) : fallback;
            return new Line(List.of(), 0, st.leading(), st.size());
        }
        return new Line(pieces, x, leading, size);
    }

    private static List<Atom> atoms(List<Span> spans) {
        List<Atom> out = new ArrayList<>();
        // whether a line may break before the next atom; a word split over two spans stays whole
        boolean canBreak = true;
        for (Span s : spans) {
            String text = s.text();
            StringBuilder word = new StringBuilder();
            boolean wordBreak = canBreak;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    flush(out, word, s.style(), wordBreak);
                    out.add(new Atom("", s.style(), false, true, true));
                    canBreak = true;
                } else if (Character.isWhitespace(cp)) {
                    flush(out, word, s.style(), wordBreak);
                    out.add(new Atom(" ", s.style(), true, true, false));
                    canBreak = true;
                } else if (isIdeographic(cp)) {
                    flush(out, word, s.style(), wordBreak);
                    boolean closing = CLOSING.indexOf(cp) >= 0;
                    out.add(new Atom(new String(Character.toChars(cp)), s.style(), false, canBreak && !closing, false));
                    canBreak = OPENING.indexOf(cp) < 0;
                } else {
                    if (word.length() == 0) {
                        wordBreak = canBreak && CLOSING.indexOf(cp) < 0;
                    }
                    word.appendCodePoint(cp);
                    canBreak = false;
                    if (cp == '-' || cp == '/' || cp == '\u2013' || cp == '\u2014') {
                        flush(out, word, s.style(), wordBreak);
                        canBreak = true;
                    }
                }
            }
            flush(out, word, s.style(), wordBreak);
        }
        return out;
    }

    /** Closing punctuation never starts a line; opening punctuation never ends one. */
    private static final String CLOSING = "\u3001\u3002\uFF0C\uFF0E\uFF1A\uFF1B\uFF01\uFF1F\uFF09\u300D\u300F\u3011\u300B"
            + ".,;:!?)\u201D\u2019";
    private static final String OPENING = "\uFF08\u300C\u300E\u3010\u300A";

    private static boolean isIdeographicAtom(Atom a) {
        return !a.text().isEmpty() && isIdeographic(a.text().codePointAt(0));
    }

    static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    private static void flush(List<Atom> out, StringBuilder word, TextStyle style, boolean breakBefore) {
        if (word.length() > 0) {
            out.add(new Atom(word.toString(), style, false, breakBefore, false));
            word.setLength(0);
        }
    }
}
