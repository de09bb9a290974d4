package org.xistudy.content;

/** The pack's tags (the topics of cards, and through them of events) as a reader sees them. */
public final class Tags {
    private Tags() {
    }

    /** "party-diplomacy" reads "party diplomacy"; case is kept ("US"). */
    public static String label(String tag) {
        String s = tag.replace('-', ' ').replace('_', ' ').strip();
        return s.isEmpty() ? tag : s;
    }
}
