package org.xistudy.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.xistudy.content.model.Claim;

/**
 * The pack's tags (the topics of cards, and through them of events) as a reader sees them. A tag
 * that is the id of one of the argument's claims ("mechanism-cnsc") stands for that claim, and is
 * shown by the claim's title ("A security commission Xi chairs").
 */
public final class Tags {
    private Tags() {
    }

    /** "party-diplomacy" reads "party diplomacy"; case is kept ("US"). */
    public static String label(String tag) {
        String s = tag.replace('-', ' ').replace('_', ' ').strip();
        return s.isEmpty() ? tag : s;
    }

    /** The tag as {@link #label(String)} reads it, or the title of the claim it names. */
    public static String label(String tag, PackIndex index) {
        if (index != null) {
            var claim = index.claim(tag);
            if (claim.isPresent()) {
                return claim.get().title();
            }
        }
        return label(tag);
    }

    /**
     * Tags in the order a list of topics shows them: the plain topics by their labels, then the
     * claims they name in the order of the argument (the pack's order of its claims).
     */
    public static List<String> ordered(Collection<String> tags, PackIndex index) {
        List<String> topics = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (String t : tags) {
            (index != null && index.claim(t).isPresent() ? claims : topics).add(t);
        }
        Comparator<String> byLabel = Comparator.comparing((String t) -> label(t), String.CASE_INSENSITIVE_ORDER);
        topics.sort(byLabel.thenComparing(Comparator.naturalOrder()));
        List<String> inArgument = index == null ? List.of() : index.pack().claims().stream().map(Claim::id).toList();
        claims.sort(Comparator.comparingInt(inArgument::indexOf));
        topics.addAll(claims);
        return topics;
    }
}
