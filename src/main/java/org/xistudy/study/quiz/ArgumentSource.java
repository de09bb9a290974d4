package org.xistudy.study.quiz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Cite;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.content.model.Event;
import org.xistudy.study.answer.AnswerCheck;

/**
 * Questions about the essay's argument, from the pack's claims: which of these is one of the
 * essay's triggers (or mechanisms, or implications); put the claims of one kind beneath one claim
 * in the essay's order; which implication an event illustrates. A pack without claims gives none.
 * Exactly one answer is right by construction:
 * <ul>
 *   <li>"which is one of the triggers" offers one claim of the kind asked and wrong options of
 *       other kinds only, and never a claim above or below a claim of the kind asked: the model
 *       the triggers support reads as a summary of them, a qualification beneath a mechanism as a
 *       part of it;</li>
 *   <li>claims are only put in order when they share their parent and their kind, are at least
 *       three, and their {@code order}s all differ; titles that name a date are left out;</li>
 *   <li>"which implication" is only asked of an event that exactly one implication names in its
 *       {@code support}; the wrong options are other implications, never one above or below the
 *       right one in the tree, nor one with a claim beneath it that names the event.</li>
 * </ul>
 * Options and items are the claims' titles, all different; every question cites a quote of the
 * claim it is about (of the first claim, for an order), and that quote gives its essay section.
 * Its tags are the ids of the claims it is about (the tag that makes a card one of a claim's) and
 * the other tags of the cards it links.
 */
final class ArgumentSource implements QuestionSource {
    /** The kinds asked about as "which of these is one of the essay's ..."; the essay has several of each. */
    static final Set<ClaimKind> ASKED_KINDS = EnumSet.of(ClaimKind.TRIGGER, ClaimKind.MECHANISM, ClaimKind.IMPLICATION);
    /** How many wrong options a choice has at most, and at least. */
    static final int MAX_WRONG = 3;
    static final int MIN_WRONG = 2;
    /** How many claims an ordering has at most, and at least. */
    static final int MAX_ORDER = 5;
    static final int MIN_ORDER = 3;

    private final QuestionKit kit;
    private final PackIndex index;

    ArgumentSource(QuestionKit kit) {
        this.kit = kit;
        this.index = kit.index();
    }

    @Override
    public void draft(Random rng, Consumer<Question> out) {
        if (index.claims().isEmpty()) {
            return;
        }
        for (Claim c : index.claims()) {
            ofKind(c, rng).ifPresent(out);
        }
        for (Claim parent : index.claims()) {
            for (ClaimKind kind : ClaimKind.values()) {
                inOrder(parent, kind, rng).ifPresent(out);
            }
        }
        for (Event e : index.pack().events()) {
            illustrates(e, rng).ifPresent(out);
        }
    }

    // ---- which of these is one of the triggers -------------------------------------------------

    /** "Which of these is one of the essay's triggers?", with {@code right} the answer. */
    Optional<Question> ofKind(Claim right, Random rng) {
        Optional<Cite> quote = index.firstQuote(right);
        if (!ASKED_KINDS.contains(right.kind()) || quote.isEmpty() || QuestionKit.blank(right.title())) {
            return Optional.empty();
        }
        List<Claim> sameKind = index.claims().stream().filter(c -> c.kind() == right.kind()).toList();
        if (sameKind.size() < 2) {
            return Optional.empty(); // "one of the triggers" needs more than one
        }
        Set<String> related = new HashSet<>();
        for (Claim c : sameKind) {
            related.addAll(ancestors(c));
            related.addAll(descendants(c));
        }
        List<Claim> pool = index.claims().stream()
                .filter(c -> c.kind() != right.kind() && !related.contains(c.id())).toList();
        List<Claim> wrong = pickDistinct(right, pool, rng);
        if (wrong.size() < MIN_WRONG) {
            return Optional.empty();
        }
        Question.Choice body = choice(right, wrong, rng);
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(kindFact(right));
        if (!QuestionKit.blank(right.summary())) {
            explanation.add(Phrase.literal(right.summary()));
        }
        for (String id : body.optionItems()) {
            if (!id.equals(right.id())) {
                explanation.add(kindFact(index.claim(id).orElseThrow()));
            }
        }
        return Optional.of(question("claim-kind:" + right.id(), QuestionFormat.ARGUMENT,
                Phrase.of("quiz.prompt.claimOfKind", kindsPhrase(right.kind())), body, explanation, quote.get(),
                List.of(right.id()), List.of()));
    }

    private static Phrase kindFact(Claim c) {
        return Phrase.of("quiz.fact.claimKind", c.title(), Phrase.of("quiz.claim." + c.kind().jsonName()));
    }

    /** The kind's name as the prompts use it: "triggers", "implications". */
    private static Phrase kindsPhrase(ClaimKind kind) {
        return Phrase.of("quiz.claims." + kind.jsonName());
    }

    // ---- put them in the essay's order ---------------------------------------------------------

    /**
     * "Put these implications in the essay's order": the claims of {@code kind} beneath
     * {@code parent}, when they are at least three with different orders; five of them at most,
     * picked at random when there are more.
     */
    Optional<Question> inOrder(Claim parent, ClaimKind kind, Random rng) {
        if (kind == ClaimKind.THESIS) {
            return Optional.empty();
        }
        List<Claim> kids = index.childrenOf(parent.id()).stream().filter(c -> c.kind() == kind).toList();
        Set<Integer> orders = new HashSet<>();
        kids.forEach(c -> orders.add(c.order()));
        if (orders.size() != kids.size()) {
            return Optional.empty(); // two claims in the same place: the essay's order is not known
        }
        List<Claim> shown = new ArrayList<>(kids.stream()
                .filter(c -> !QuestionKit.blank(c.title()) && !QuestionKit.datesItself(c.title())).toList());
        if (shown.size() < MIN_ORDER || !QuestionKit.distinctTexts(shown.stream().map(Claim::title).toList())) {
            return Optional.empty();
        }
        while (shown.size() > MAX_ORDER) {
            shown.remove(rng.nextInt(shown.size()));
        }
        // childrenOf gives them by order already; sorted again, as the answer depends on it
        shown.sort((a, b) -> Integer.compare(a.order(), b.order()));
        Optional<Cite> quote = shown.stream().map(index::firstQuote).flatMap(Optional::stream).findFirst();
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = shown.stream().map(Claim::id).toList();
        Question.Order body = QuestionKit.shuffledOrder(shown.stream().map(c -> Phrase.literal(c.title())).toList(),
                ids, rng);
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(Phrase.of("quiz.fact.claimsUnder", parent.title()));
        for (int i = 0; i < shown.size(); i++) {
            explanation.add(Phrase.of("quiz.fact.place", i + 1, shown.get(i).title()));
        }
        return Optional.of(question("claim-order:" + String.join(",", ids), QuestionFormat.ORDER,
                Phrase.of("quiz.prompt.claimOrder", kindsPhrase(kind)), body, explanation, quote.get(), ids,
                List.of()));
    }

    // ---- which implication does this event illustrate ------------------------------------------

    /** "Which implication does this event illustrate?", for an event that one implication names. */
    Optional<Question> illustrates(Event e, Random rng) {
        List<Claim> named = implicationsNaming(e.id());
        if (named.size() != 1 || QuestionKit.blank(e.title())) {
            return Optional.empty(); // none, or two that would both be right
        }
        Claim right = named.get(0);
        Optional<Cite> quote = index.firstQuote(right);
        if (quote.isEmpty() || QuestionKit.blank(right.title())) {
            return Optional.empty();
        }
        Set<String> related = new HashSet<>(ancestors(right));
        related.addAll(descendants(right));
        List<Claim> pool = new ArrayList<>();
        for (Claim c : index.claims()) {
            if (c.kind() == ClaimKind.IMPLICATION && !c.id().equals(right.id()) && !related.contains(c.id())
                    && descendants(c).stream().noneMatch(d -> supports(d, e.id()))) {
                pool.add(c);
            }
        }
        List<Claim> wrong = pickDistinct(right, pool, rng);
        if (wrong.size() < MIN_WRONG) {
            return Optional.empty();
        }
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(Phrase.of("quiz.fact.illustrates", e.title(), right.title()));
        if (!QuestionKit.blank(right.summary())) {
            explanation.add(Phrase.literal(right.summary()));
        }
        return Optional.of(question("event-implication:" + e.id(), QuestionFormat.ARGUMENT,
                Phrase.of("quiz.prompt.eventImplication", e.title()), choice(right, wrong, rng), explanation,
                quote.get(), List.of(right.id()), List.of(e.id())));
    }

    /** The implications that name the item in their support, in pack order. */
    private List<Claim> implicationsNaming(String itemId) {
        return index.claimsSupportedBy(itemId).stream().filter(c -> c.kind() == ClaimKind.IMPLICATION).toList();
    }

    private boolean supports(String claimId, String itemId) {
        return index.claim(claimId).map(c -> c.support().contains(itemId)).orElse(false);
    }

    // ---- shared --------------------------------------------------------------------------------

    /**
     * Up to {@link #MAX_WRONG} claims of the pool, at random, whose titles differ from one another
     * and from the right claim's.
     */
    private static List<Claim> pickDistinct(Claim right, List<Claim> pool, Random rng) {
        List<Claim> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, rng);
        Set<String> titles = new HashSet<>();
        titles.add(AnswerCheck.normalize(right.title()));
        List<Claim> out = new ArrayList<>();
        for (Claim c : shuffled) {
            if (out.size() < MAX_WRONG && !QuestionKit.blank(c.title()) && titles.add(AnswerCheck.normalize(c.title()))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The right claim and the wrong ones, shuffled, as a choice of their titles. */
    private static Question.Choice choice(Claim right, List<Claim> wrong, Random rng) {
        List<Claim> options = new ArrayList<>(wrong);
        options.add(right);
        Collections.shuffle(options, rng);
        return new Question.Choice(options.stream().map(c -> Phrase.literal(c.title())).toList(), options.indexOf(right),
                options.stream().map(Claim::id).toList());
    }

    /** The ids of the claims above this one, its parent first; safe against a loop in a pack not validated. */
    List<String> ancestors(Claim c) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(c.id()));
        String parent = c.parent();
        while (parent != null && seen.add(parent)) {
            out.add(parent);
            parent = index.claim(parent).map(Claim::parent).orElse(null);
        }
        return out;
    }

    /** The ids of the claims beneath this one, at any depth. */
    Set<String> descendants(Claim c) {
        Set<String> out = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(c.id()));
        while (!todo.isEmpty()) {
            for (Claim kid : index.childrenOf(todo.pop())) {
                if (!kid.id().equals(c.id()) && out.add(kid.id())) {
                    todo.add(kid.id());
                }
            }
        }
        return out;
    }

    /**
     * A question about claims (and, for "which implication", an event). It cites the claim's quote,
     * which gives the essay section; it links a few cards of each claim (those tagged with its id,
     * in pack order: a card about the argument, such as one listing the triggers, is what a miss
     * should send to study) and of the other items. Its tags are the ids of its own claims and the
     * other tags of those cards: a card about all five implications does not tag a question about
     * one of them with the other four.
     */
    private Question question(String id, QuestionFormat format, Phrase prompt, Question.Body body,
            List<Phrase> explanation, Cite cite, List<String> claims, List<String> others) {
        Set<String> cards = new LinkedHashSet<>();
        for (String claim : claims) {
            index.cardsOfClaim(claim).stream().limit(QuestionKit.CARDS_PER_ITEM).forEach(c -> cards.add(c.id()));
        }
        cards.addAll(kit.relatedCards(others, false));
        List<String> linked = cards.stream().limit(QuestionKit.CARDS_PER_QUESTION).toList();
        Set<String> tags = new TreeSet<>(claims);
        for (String card : linked) {
            index.card(card).ifPresent(c -> c.tags().stream().filter(t -> index.claim(t).isEmpty()).forEach(tags::add));
        }
        List<String> items = new ArrayList<>(others);
        items.addAll(claims);
        return new Question(id, format, prompt, body, explanation, cite, kit.sectionOf(cite), List.copyOf(tags), items,
                linked, null);
    }
}
