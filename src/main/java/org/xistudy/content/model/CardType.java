package org.xistudy.content.model;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** The kinds of study card, and the JSON fields each needs. */
public enum CardType {
    /** {@code front} and {@code back}. */
    @SerializedName("basic") BASIC,
    /** {@code front} and {@code back}, studied in both directions. */
    @SerializedName("reversed") REVERSED,
    /** {@code text} with one span marked {@code {{answer}}} or {@code {{answer::hint}}}. */
    @SerializedName("cloze") CLOZE,
    /** {@code question}, {@code options} and the correct option's text as {@code answer}. */
    @SerializedName("choice") CHOICE,
    /** {@code statement} and a boolean {@code answer}. */
    @SerializedName("truefalse") TRUEFALSE,
    /** {@code question}, the expected {@code answer} and other {@code accept}ed answers. */
    @SerializedName("typein") TYPEIN,
    /** {@code prompt} and {@code items} listed in their correct order. */
    @SerializedName("order") ORDER,
    /** {@code prompt} and {@code pairs} of {@code left} and {@code right}. */
    @SerializedName("match") MATCH;

    private final String jsonName = name().toLowerCase(Locale.ROOT);

    public String jsonName() {
        return jsonName;
    }
}
