package org.xistudy.study.exchange;

import java.util.List;

/**
 * The Anki note types a pack's cards are written as. They carry Anki's stock names, so that a
 * student recognises them, and two fields more than the stock types: the explanation and the
 * source. Their ids are fixed, so every export uses the same note types in the student's
 * collection. The text file ({@link AnkiTextWriter}) names the stock types instead, which have
 * two fields each.
 */
enum AnkiNoteType {
    BASIC("Basic", false, List.of("Front", "Back", "Explanation", "Source"),
            List.of(new Template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" + Extras.BOTH))),
    REVERSED("Basic (and reversed card)", false, List.of("Front", "Back", "Explanation", "Source"),
            List.of(new Template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" + Extras.BOTH),
                    new Template("Card 2", "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" + Extras.BOTH))),
    CLOZE("Cloze", true, List.of("Text", "Back Extra", "Source"),
            List.of(new Template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}" + Extras.SOURCE))),
    TYPEIN("Basic (type in the answer)", false, List.of("Front", "Back", "Also accepted", "Explanation", "Source"),
            List.of(new Template("Card 1", "{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}"
                    + "\n{{#Also accepted}}\n<div class=\"xi-also\">{{Also accepted}}</div>\n{{/Also accepted}}"
                    + Extras.BOTH)));

    /** One card template: its name and the question and answer formats. */
    record Template(String name, String question, String answer) {
    }

    private static final class Extras {
        static final String SOURCE = "\n{{#Source}}\n<div class=\"xi-source\">{{Source}}</div>\n{{/Source}}";
        static final String BOTH = "\n{{#Explanation}}\n<div class=\"xi-explanation\">{{Explanation}}</div>\n"
                + "{{/Explanation}}" + SOURCE;
    }

    /** The style sheet of every note type. */
    static final String CSS = """
            .card { font-family: "Noto Sans", Arial, sans-serif; font-size: 20px; text-align: center; \
            color: black; background-color: white; line-height: 1.4; }
            .nightMode .card, .card.nightMode { color: #e6e6e6; background-color: #2b2b2b; }
            .xi-options, .xi-items, .xi-order, .xi-match, .xi-pairs { display: inline-block; text-align: left; }
            .xi-match td, .xi-pairs td { padding: 0.2em 0.8em; }
            .xi-ask { font-size: 16px; color: #666; margin: 0.5em 0; }
            .xi-answer { font-weight: bold; }
            .xi-explanation { margin-top: 1em; }
            .xi-source { margin-top: 1em; font-size: 15px; color: #555; }
            .nightMode .xi-source, .nightMode .xi-ask { color: #aaa; }
            .xi-quote { font-style: italic; margin: 0.3em 1em; }
            .cloze { font-weight: bold; color: blue; }
            .nightMode .cloze { color: lightblue; }
            """;

    private final String noteTypeName;
    private final boolean cloze;
    private final List<String> fields;
    private final List<Template> templates;

    AnkiNoteType(String name, boolean cloze, List<String> fields, List<Template> templates) {
        this.noteTypeName = name;
        this.cloze = cloze;
        this.fields = fields;
        this.templates = templates;
    }

    /** The note type's name in Anki, which is also the name of Anki's stock type it extends. */
    String ankiName() {
        return noteTypeName;
    }

    boolean isCloze() {
        return cloze;
    }

    List<String> fields() {
        return fields;
    }

    List<Template> templates() {
        return templates;
    }

    /** The fixed id: the same in every export, so Anki keeps one note type of each. */
    long id() {
        return Ids.number("xi-policy-study note type: " + noteTypeName, 1_000_000_000_000L);
    }

    int fieldIndex(String name) {
        return fields.indexOf(name);
    }
}
