package org.xistudy.study.names;

import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Relation;

/**
 * The label of any pack item with the names of people and bodies in the chosen {@link NameStyle}:
 * the one way the reader's "Cited here", the evidence panel's links and the quiz's options name
 * them, as the chart and the timeline's details do. Other items keep their titles.
 */
public final class ItemNames {
    private ItemNames() {
    }

    /** An item's label: a person's or body's name as {@code style} wants it on one line, else its title. */
    public static String label(PackIndex index, String id, NameStyle style) {
        if (index == null || id == null) {
            return id;
        }
        NameStyle s = style == null ? NameStyle.ENGLISH_CHINESE : style;
        var person = index.person(id);
        if (person.isPresent()) {
            return Name.of(person.get()).inline(s);
        }
        var body = index.institution(id);
        if (body.isPresent()) {
            return Name.of(body.get()).inline(s);
        }
        var relation = index.relation(id);
        if (relation.isPresent()) {
            Relation r = relation.get();
            return label(index, r.from(), s) + " " + r.type().jsonName() + " " + label(index, r.to(), s);
        }
        return index.label(id);
    }
}
