package org.xistudy.content.model;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** The typed edges between people and bodies. */
public enum RelationType {
    /** A person chairs a commission or leading group. */
    @SerializedName("chairs") CHAIRS(Rank.FROM_ABOVE),
    /** A person heads a body as its director, minister or general secretary. */
    @SerializedName("heads") HEADS(Rank.FROM_ABOVE),
    /** A person is a member of a body. */
    @SerializedName("member-of") MEMBER_OF(Rank.TO_ABOVE),
    /** A body leads or directs another. */
    @SerializedName("directs") DIRECTS(Rank.FROM_ABOVE),
    /** A body answers to another. */
    @SerializedName("reports-to") REPORTS_TO(Rank.TO_ABOVE),
    /** A body is the working office of another. */
    @SerializedName("office-of") OFFICE_OF(Rank.TO_ABOVE),
    /** A body or person convenes a meeting. */
    @SerializedName("convenes") CONVENES(Rank.FROM_ABOVE),
    /** A body coordinates the work of another without commanding it. */
    @SerializedName("coordinates") COORDINATES(Rank.FROM_ABOVE),
    /** A body replaced an older one at a higher rank. */
    @SerializedName("upgraded-from") UPGRADED_FROM(Rank.NONE),
    /** A Party body conducts party diplomacy alongside, or on behalf of, another. */
    @SerializedName("party-diplomacy") PARTY_DIPLOMACY(Rank.NONE);

    /** Which end of the relation sits higher in a hierarchy, if either. */
    public enum Rank { FROM_ABOVE, TO_ABOVE, NONE }

    private final Rank rank;

    RelationType(Rank rank) {
        this.rank = rank;
    }

    public Rank rank() {
        return rank;
    }

    public boolean isHierarchical() {
        return rank != Rank.NONE;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
