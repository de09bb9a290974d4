package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;

/**
 * The part of {@link QuestionChecker} that judges questions about the essay's argument from the
 * claims alone, by a route of its own: the kind asked is read from the prompt, the event from the
 * question's items, and the tree is walked here, not through the generator's code.
 */
final class ArgumentChecks {
    static final String OF_KIND = "quiz.prompt.claimOfKind";
    static final String ORDER = "quiz.prompt.claimOrder";
    static final String ILLUSTRATES = "quiz.prompt.eventImplication";

    private final PackIndex index;
    private final Consumer<String> fail;

    ArgumentChecks(PackIndex index, Consumer<String> fail) {
        this.index = index;
        this.fail = fail;
    }

    static boolean isAbout(Question q) {
        String key = q.prompt().key();
        return OF_KIND.equals(key) || ORDER.equals(key) || ILLUSTRATES.equals(key);
    }

    /** The kind a prompt asks about: its argument is the phrase {@code quiz.claims.<kind>}. */
    static ClaimKind askedKind(Question q) {
        String key = ((Phrase) q.prompt().args().get(0)).key();
        return ClaimKind.valueOf(key.substring("quiz.claims.".length()).toUpperCase(Locale.ROOT));
    }

    /** The cite is a quote of one of the question's claims, and found in the essay when there is one. */
    void checkCite(Question q) {
        if (q.cite() == null || !q.cite().isQuote()) {
            fail.accept("a question about the argument without a quote");
            return;
        }
        boolean ofAClaim = q.items().stream().map(index::claim).flatMap(Optional::stream)
                .anyMatch(c -> c.cite().contains(q.cite()));
        if (!ofAClaim) {
            fail.accept("the quote is none of its claims': " + q.cite().quote());
        }
        if (index.essay() != null && index.passage(q.cite()).isEmpty()) {
            fail.accept("the quote is not in the essay: " + q.cite().quote());
        }
    }

    /** Whether option i is right; complains of a wrong option that could be argued right. */
    boolean isRight(Question q, Question.Choice c, int i) {
        if (c.options().size() < 3 || c.options().size() > 4 || c.optionItems() == null) {
            fail.accept("a choice about the argument has " + c.options().size() + " options");
            return false;
        }
        Claim option = index.claim(c.optionItems().get(i)).orElse(null);
        if (option == null) {
            fail.accept("an option that is no claim: " + c.optionItems().get(i));
            return false;
        }
        if (!option.title().equals(c.options().get(i).literalText())) {
            fail.accept("option " + i + " is not the title of " + option.id());
        }
        if (OF_KIND.equals(q.prompt().key())) {
            ClaimKind kind = askedKind(q);
            if (option.kind() == kind) {
                return true;
            }
            for (Claim other : index.claims()) {
                if (other.kind() == kind && (isBelow(option, other) || isBelow(other, option))) {
                    fail.accept("the wrong option " + option.id() + " lies on the branch of " + other.id()
                            + ", which is of the kind asked");
                    break;
                }
            }
            return false;
        }
        String event = q.items().get(0);
        if (index.event(event).isEmpty()) {
            fail.accept("\"which implication\" about no event: " + event);
            return false;
        }
        if (option.kind() != ClaimKind.IMPLICATION) {
            fail.accept("an option that is no implication: " + option.id());
            return false;
        }
        if (option.support().contains(event)) {
            return true;
        }
        for (Claim other : index.claims()) {
            if (other.support().contains(event) && (isBelow(other, option)
                    || other.kind() == ClaimKind.IMPLICATION && isBelow(option, other))) {
                fail.accept("the wrong option " + option.id() + " is on one branch with " + other.id()
                        + ", which names " + event);
                break;
            }
        }
        return false;
    }

    /** An ordering of claims: siblings of one kind, three to five, each placed after the one before. */
    void checkOrder(List<String> ids) {
        List<Claim> claims = new ArrayList<>();
        for (String id : ids) {
            index.claim(id).ifPresentOrElse(claims::add, () -> fail.accept("orders something that is no claim: " + id));
        }
        if (claims.size() != ids.size()) {
            return;
        }
        Set<String> parents = new HashSet<>();
        Set<ClaimKind> kinds = new HashSet<>();
        claims.forEach(c -> {
            parents.add(String.valueOf(c.parent()));
            kinds.add(c.kind());
        });
        if (parents.size() != 1 || kinds.size() != 1) {
            fail.accept("orders claims of different parents or kinds: " + ids);
        }
        for (int i = 0; i + 1 < claims.size(); i++) {
            if (claims.get(i).order() >= claims.get(i + 1).order()) {
                fail.accept("the essay's order does not put " + claims.get(i).id() + " before " + claims.get(i + 1).id());
            }
        }
    }

    /** Whether {@code lower} lies beneath {@code upper} in the tree (a loop ends the walk). */
    private boolean isBelow(Claim lower, Claim upper) {
        Set<String> seen = new HashSet<>();
        String at = lower.parent();
        while (at != null && seen.add(at)) {
            if (at.equals(upper.id())) {
                return true;
            }
            at = index.claim(at).map(Claim::parent).orElse(null);
        }
        return false;
    }
}
