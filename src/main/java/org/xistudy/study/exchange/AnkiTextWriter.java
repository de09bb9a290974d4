package org.xistudy.study.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.study.storage.AtomicFiles;

/**
 * Writes a pack's cards in Anki's text format with file headers, which Anki 2.1.55 and later
 * import with no mapping step: the columns are laid out as Anki's own "Notes in Plain Text"
 * export lays them out (GUID, note type, deck, the fields, tags), and the headers say so.
 *
 * <p>The note types are Anki's stock types, which have two fields each: choice, true/false,
 * order and match cards are Basic notes, and the explanation and the source follow the answer on
 * the back. A reversed note's back is the question of its second card, and a type-in note's back is
 * what Anki compares the typed answer with, so those two carry the front and the back only (the
 * {@code .apkg} package carries everything).
 */
final class AnkiTextWriter {
    static final int GUID_COLUMN = 1;
    static final int NOTETYPE_COLUMN = 2;
    static final int DECK_COLUMN = 3;
    static final int TAGS_COLUMN = 6;

    ExportResult write(PackIndex index, Path out, Progress progress) throws IOException {
        AnkiLayout layout = new AnkiLayout(index);
        StringBuilder sb = new StringBuilder();
        sb.append("#separator:tab\n#html:true\n");
        sb.append("#guid column:").append(GUID_COLUMN).append('\n');
        sb.append("#notetype column:").append(NOTETYPE_COLUMN).append('\n');
        sb.append("#deck column:").append(DECK_COLUMN).append('\n');
        sb.append("#tags column:").append(TAGS_COLUMN).append('\n');
        Set<String> decks = new LinkedHashSet<>();
        List<Card> cards = index.pack().cards();
        int ankiCards = 0;
        for (int i = 0; i < cards.size(); i++) {
            AnkiLayout.Note n = layout.note(cards.get(i));
            decks.add(n.deck());
            ankiCards += n.type().templates().size();
            row(sb, List.of(n.guid(), n.type().ankiName(), n.deck(), n.textFields().get(0), n.textFields().get(1),
                    String.join(" ", n.tags())));
            progress.update(i + 1L, cards.size());
        }
        AtomicFiles.write(out, sb.toString().getBytes(StandardCharsets.UTF_8));
        return ExportResult.anki(Format.ANKI_TEXT, out, cards.size(), ankiCards, decks.size());
    }

    private static void row(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(field(fields.get(i)));
        }
        sb.append('\n');
    }

    /** One field on one line, in double quotes when it holds a quote or a tab or begins with '#'. */
    static String field(String value) {
        String v = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        if (v.indexOf('"') >= 0 || v.indexOf('\t') >= 0 || v.startsWith("#")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
