package org.xistudy.study.exchange;

import java.util.List;

/**
 * One note read from an Anki package or text file, before it becomes a card.
 *
 * @param where where it stands in the file, for messages ({@code notes[id=…]} or a line number)
 * @param line the line in a text file, or 1
 * @param fieldNames the note type's field names, or empty when the file does not say (text files)
 * @param questions the question formats of the note type's card templates, or empty
 */
record AnkiNote(String where, int line, String guid, String noteType, boolean cloze, List<String> fieldNames,
        List<String> fields, List<String> questions, List<String> tags, String deck) {
    AnkiNote {
        fieldNames = List.copyOf(fieldNames);
        fields = List.copyOf(fields);
        questions = List.copyOf(questions);
        tags = List.copyOf(tags);
    }

    /** The field with this name (ignoring case), or null. */
    String field(String name) {
        for (int i = 0; i < fieldNames.size() && i < fields.size(); i++) {
            if (fieldNames.get(i).equalsIgnoreCase(name)) {
                return fields.get(i);
            }
        }
        return null;
    }

    String field(int i) {
        return i < fields.size() ? fields.get(i) : "";
    }
}
