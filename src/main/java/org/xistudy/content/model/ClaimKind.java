package org.xistudy.content.model;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** The part a claim plays in the essay's argument. */
public enum ClaimKind {
    /** The essay's central claim: the root of the argument, the one claim without a parent. */
    @SerializedName("thesis") THESIS,
    /** A model of how decisions are made (Xi-in-command). */
    @SerializedName("model") MODEL,
    /** A condition that set something off (the three triggers of the consolidation). */
    @SerializedName("trigger") TRIGGER,
    /** An institution or practice through which something is done or built. */
    @SerializedName("mechanism") MECHANISM,
    /** A consequence the essay draws (the five foreign-policy implications). */
    @SerializedName("implication") IMPLICATION,
    /** A limit or exception the essay itself sets on its parent claim. */
    @SerializedName("qualification") QUALIFICATION;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
