package org.xistudy.content.model;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** Why a reading note was written. */
public enum NoteKind {
    /** The essay gives a date, count, title or name loosely. */
    @SerializedName("imprecise") IMPRECISE,
    /** The essay compresses a more complicated story. */
    @SerializedName("simplified") SIMPLIFIED,
    /** The essay claims more than the evidence shows. */
    @SerializedName("overstated") OVERSTATED,
    /** Scholars or sources disagree. */
    @SerializedName("contested") CONTESTED,
    /** Something changed after the essay was written. */
    @SerializedName("update") UPDATE,
    /** Background the essay assumes. */
    @SerializedName("context") CONTEXT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
