package org.xistudy.content.model;

import java.util.List;

/**
 * One claim of the essay's argument. Claims form a tree: the thesis has no {@code parent}, every
 * other claim names the claim it supports, and {@code order} places it among its siblings in the
 * essay's order.
 *
 * @param title a few words, in the pack's own words
 * @param parent the id of the claim this one supports, or null for the thesis
 * @param summary one or two sentences in the pack's own words, or null
 * @param support ids of the events, institutions, people and relations the claim rests on
 * @param cite at least one verbatim quote from the essay, and any outside references
 */
public record Claim(String id, ClaimKind kind, String title, String parent, int order, String summary,
        List<String> support, List<Cite> cite) implements Cited {
    public Claim {
        support = Lists.of(support);
        cite = Lists.of(cite);
    }

    /** Whether this claim is the root of the argument. */
    public boolean isRoot() {
        return parent == null;
    }
}
