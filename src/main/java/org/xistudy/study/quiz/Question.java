package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xistudy.content.model.Cite;
import org.xistudy.study.answer.AnswerCheck;

/**
 * One quiz question, ready to show and to mark. It carries everything the feedback needs: the
 * explanation, the evidence ({@code cite}, a quote from the essay when there is one), the essay
 * section it belongs to, and the study cards linked to what it asks about.
 *
 * @param id stable within a pack: the same question from the same data has the same id
 * @param items the ids of the pack items the question asks about
 * @param cards the ids of the study cards linked to those items (the card itself for a card question)
 * @param cardId the authored card the question was made from, or null for a generated question
 */
public record Question(String id, QuestionFormat format, Phrase prompt, Body body, List<Phrase> explanation,
        Cite cite, String section, List<String> tags, List<String> items, List<String> cards, String cardId) {

    public Question {
        Objects.requireNonNull(id);
        Objects.requireNonNull(format);
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(body);
        explanation = List.copyOf(explanation);
        tags = List.copyOf(tags);
        items = List.copyOf(items);
        cards = List.copyOf(cards);
    }

    /** What the learner works with, and the right answer. */
    public sealed interface Body {
        /** How many parts are marked: one, but for an order or a match. */
        default int parts() {
            return 1;
        }

        /** Marks an answer. An answer of the wrong shape is simply wrong. */
        Verdict check(Answer answer);
    }

    /**
     * Pick one option. {@code optionItems} names the pack item behind each option where there is
     * one (null entries otherwise), so that the choice can be checked against the data.
     */
    public record Choice(List<Phrase> options, int correct, List<String> optionItems) implements Body {
        public Choice {
            options = List.copyOf(options);
            optionItems = optionItems == null ? null : Collections.unmodifiableList(new ArrayList<>(optionItems));
            if (correct < 0 || correct >= options.size()) {
                throw new IllegalArgumentException("the correct option is not among the options");
            }
        }

        @Override
        public Verdict check(Answer answer) {
            if (answer instanceof Answer.Choice c) {
                return Verdict.of(c.index() == correct);
            }
            return Verdict.none(1);
        }

        public Phrase answer() {
            return options.get(correct);
        }
    }

    /** Type the answer; {@code accept} lists other answers that count. {@code hint} may be null. */
    public record Typed(String answer, List<String> accept, String hint) implements Body {
        public Typed {
            Objects.requireNonNull(answer);
            accept = List.copyOf(accept);
        }

        @Override
        public Verdict check(Answer answer) {
            if (answer instanceof Answer.Typed t) {
                return t.text().isBlank() ? Verdict.none(1)
                        : Verdict.of(AnswerCheck.matches(t.text(), this.answer, accept));
            }
            return Verdict.none(1);
        }
    }

    /**
     * Arrange items. {@code items} are shown in this order; {@code correctOrder} lists indices
     * into {@code items} from first to last. {@code itemIds} names the pack item behind each item,
     * or is null for an authored card.
     */
    public record Order(List<Phrase> items, List<Integer> correctOrder, List<String> itemIds) implements Body {
        public Order {
            items = List.copyOf(items);
            correctOrder = List.copyOf(correctOrder);
            itemIds = itemIds == null ? null : List.copyOf(itemIds);
            if (!isPermutation(correctOrder, items.size())) {
                throw new IllegalArgumentException("the correct order is not an order of the items");
            }
        }

        @Override
        public int parts() {
            return items.size();
        }

        /** The items in their correct order. */
        public List<Phrase> inOrder() {
            return correctOrder.stream().map(items::get).toList();
        }

        @Override
        public Verdict check(Answer answer) {
            if (!(answer instanceof Answer.Ordered o) || !isPermutation(o.order(), items.size())) {
                return Verdict.none(items.size());
            }
            int right = 0;
            for (int i = 0; i < items.size(); i++) {
                if (o.order().get(i).equals(correctOrder.get(i))) {
                    right++;
                }
            }
            return Verdict.parts(right, items.size());
        }
    }

    /**
     * Match each left item to a right item. {@code rightOfLeft} gives, for each left item, the
     * index of its right item; every right item belongs to exactly one left item.
     */
    public record Match(List<Phrase> lefts, List<Phrase> rights, List<Integer> rightOfLeft, List<String> leftIds,
            List<String> rightIds) implements Body {
        public Match {
            lefts = List.copyOf(lefts);
            rights = List.copyOf(rights);
            rightOfLeft = List.copyOf(rightOfLeft);
            leftIds = leftIds == null ? null : List.copyOf(leftIds);
            rightIds = rightIds == null ? null : List.copyOf(rightIds);
            if (lefts.size() != rights.size() || !isPermutation(rightOfLeft, rights.size())) {
                throw new IllegalArgumentException("a match needs one right item for each left item");
            }
        }

        @Override
        public int parts() {
            return lefts.size();
        }

        @Override
        public Verdict check(Answer answer) {
            if (!(answer instanceof Answer.Matched m) || m.rightOfLeft().size() != lefts.size()) {
                return Verdict.none(lefts.size());
            }
            int right = 0;
            boolean any = false;
            for (int i = 0; i < lefts.size(); i++) {
                int chosen = m.rightOfLeft().get(i);
                any |= chosen >= 0;
                if (chosen == rightOfLeft.get(i)) {
                    right++;
                }
            }
            return any ? Verdict.parts(right, lefts.size()) : Verdict.none(lefts.size());
        }
    }

    static boolean isPermutation(List<Integer> order, int n) {
        if (order.size() != n) {
            return false;
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer i : order) {
            if (i == null || i < 0 || i >= n || !seen.add(i)) {
                return false;
            }
        }
        return true;
    }
}
