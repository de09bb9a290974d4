package org.xistudy.content.model;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** What sort of body an institution is. */
public enum InstitutionKind {
    /** A body of the Chinese Communist Party: the Politburo, a department, a commission. */
    @SerializedName("party") PARTY,
    /** A body of the state: the State Council, a ministry. */
    @SerializedName("state") STATE,
    /** A military body. */
    @SerializedName("military") MILITARY,
    /** A meeting or conference series, such as a work conference. */
    @SerializedName("meeting") MEETING,
    /** Anything else, such as an international institution. */
    @SerializedName("other") OTHER;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
