package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xistudy.content.CardText;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Relation;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.answer.AnswerCheck;

/**
 * Checks a question against the pack, independently of how the generator built it: exactly one
 * right answer, among the options; no option twice; orders only of dates that separate, or of
 * sibling claims of one kind by their places; a question about the argument quotes one of its
 * claims, verbatim when the pack has its essay, and no wrong option of it is arguably right.
 */
final class QuestionChecker {
    private final PackIndex index;
    private final List<String> problems = new ArrayList<>();

    QuestionChecker(PackIndex index) {
        this.index = index;
    }

    List<String> problems() {
        return problems;
    }

    void checkAll(List<Question> questions) {
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            if (!ids.add(q.id())) {
                fail(q, "id used twice");
            }
            check(q);
        }
    }

    void check(Question q) {
        if (q.body() instanceof Question.Choice c) {
            checkChoice(q, c);
        } else if (q.body() instanceof Question.Order o) {
            checkOrder(q, o);
        } else if (q.body() instanceof Question.Match m) {
            checkMatch(q, m);
        } else if (q.body() instanceof Question.Typed t) {
            if (AnswerCheck.normalize(t.answer()).isEmpty()) {
                fail(q, "empty typed answer");
            }
            if (!t.check(new Answer.Typed(t.answer())).correct()) {
                fail(q, "its own answer is marked wrong");
            }
        }
        if (q.cardId() == null && q.explanation().isEmpty()) {
            fail(q, "a generated question without an explanation");
        }
        if (q.cite() == null) {
            fail(q, "no cite");
        }
        if (ArgumentChecks.isAbout(q)) {
            new ArgumentChecks(index, why -> fail(q, why)).checkCite(q);
        }
    }

    private void distinct(Question q, List<Phrase> phrases, String what) {
        Set<String> seen = new HashSet<>();
        for (Phrase p : phrases) {
            if (!seen.add(p.identity())) {
                fail(q, what + " twice: " + p);
            }
        }
    }

    private void checkChoice(Question q, Question.Choice c) {
        distinct(q, c.options(), "option");
        if (c.options().size() < 2) {
            fail(q, "fewer than two options");
        }
        int rightCount = 0;
        for (int i = 0; i < c.options().size(); i++) {
            if (isRight(q, c, i)) {
                rightCount++;
                if (i != c.correct()) {
                    fail(q, "option " + i + " is also right");
                }
            }
        }
        if (rightCount != 1) {
            fail(q, rightCount + " right options");
        }
        if (!c.check(new Answer.Choice(c.correct())).correct()) {
            fail(q, "the right option is marked wrong");
        }
        if ("quiz.prompt.whoChaired".equals(q.prompt().key()) || "quiz.prompt.whoHeaded".equals(q.prompt().key())) {
            int year = Integer.parseInt((String) q.prompt().args().get(1));
            for (String person : c.optionItems()) {
                if (!plausibleOfficial(person, year)) {
                    fail(q, "an absurd option: " + person + " is tied to no body near " + year);
                }
            }
        }
    }

    /** A person the data ties to some body within the generator's window of years. */
    private boolean plausibleOfficial(String person, int year) {
        for (Relation r : index.pack().relations()) {
            if (r.from().equals(person) && index.institution(r.to()).isPresent()) {
                int start = r.start() == null ? year : r.start().year();
                int end = r.end() == null ? 9999 : r.end().year();
                if (year >= start - QuizGenerator.NEAR_YEARS && year <= end + QuizGenerator.NEAR_YEARS) {
                    return true;
                }
            }
        }
        for (Event e : index.pack().events()) {
            if (e.people().contains(person) && e.institutions().stream().anyMatch(i -> index.institution(i).isPresent())
                    && Math.abs(e.date().year() - year) <= QuizGenerator.NEAR_YEARS) {
                return true;
            }
        }
        return false;
    }

    /** Whether option i is right, judged from the data. */
    private boolean isRight(Question q, Question.Choice c, int i) {
        String key = q.prompt().key();
        String text = c.options().get(i).literalText();
        if (ArgumentChecks.isAbout(q)) {
            return new ArgumentChecks(index, why -> fail(q, why)).isRight(q, c, i);
        }
        if (q.cardId() != null) {
            Card card = index.card(q.cardId()).orElseThrow();
            if (q.format() == QuestionFormat.TRUE_FALSE) {
                return (i == 0) == card.isTrue();
            }
            return card.answer().equals(text);
        }
        switch (key) {
            case "quiz.prompt.first": {
                Event e = index.event(c.optionItems().get(i)).orElseThrow();
                for (String other : c.optionItems()) {
                    if (!other.equals(e.id()) && !e.date().isKnownBefore(index.event(other).orElseThrow().date())) {
                        return false;
                    }
                }
                return true;
            }
            case "quiz.prompt.eventYear":
                return text.equals(Integer.toString(index.event(q.items().get(0)).orElseThrow().date().year()));
            case "quiz.prompt.foundingYear":
                return text.equals(Integer.toString(index.institution(q.items().get(0)).orElseThrow().established().year()));
            case "quiz.prompt.whoChaired":
            case "quiz.prompt.whoHeaded": {
                String body = q.items().get(0);
                int year = Integer.parseInt((String) q.prompt().args().get(1));
                String person = c.optionItems().get(i);
                return leads(person, body, year);
            }
            default:
                fail(q, "unknown choice question " + key);
                return false;
        }
    }

    /** Whether a chairs or heads relation ties person to body at any time in year. */
    private boolean leads(String person, String body, int year) {
        for (Relation r : index.pack().relations()) {
            if ((r.type() == RelationType.CHAIRS || r.type() == RelationType.HEADS) && r.from().equals(person)
                    && r.to().equals(body) && r.holdsIn(year)) {
                return true;
            }
        }
        return false;
    }

    private void checkOrder(Question q, Question.Order o) {
        distinct(q, o.items(), "item");
        if (o.items().size() < 2 || (q.cardId() == null && (o.items().size() < 3 || o.items().size() > 5))) {
            fail(q, "wrong number of items: " + o.items().size());
        }
        if (o.check(new Answer.Ordered(identity(o.items().size()))).correct()) {
            fail(q, "shown already in the right order");
        }
        if (!o.check(new Answer.Ordered(o.correctOrder())).correct()) {
            fail(q, "the right order is marked wrong");
        }
        if (q.cardId() != null) {
            Card card = index.card(q.cardId()).orElseThrow();
            List<String> ordered = o.inOrder().stream().map(Phrase::literalText).toList();
            // the card's items in its order, as shown while answering: without their dates
            if (!ordered.equals(CardText.undatedItems(card))) {
                fail(q, "order differs from the card");
            }
            return;
        }
        List<String> ids = o.correctOrder().stream().map(o.itemIds()::get).toList();
        if (ArgumentChecks.isAbout(q)) {
            new ArgumentChecks(index, why -> fail(q, why)).checkOrder(ids);
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            Event a = index.event(ids.get(i)).orElseThrow();
            if (a.approx() || a.isRange()) {
                fail(q, "orders an approximate date or a span: " + a.id());
            }
            for (int j = i + 1; j < ids.size(); j++) {
                Event b = index.event(ids.get(j)).orElseThrow();
                if (!a.date().isKnownBefore(b.date())) {
                    fail(q, "dates do not separate " + a.id() + " (" + a.date() + ") and " + b.id() + " (" + b.date() + ")");
                }
            }
        }
    }

    private void checkMatch(Question q, Question.Match m) {
        distinct(q, m.lefts(), "left item");
        distinct(q, m.rights(), "right item");
        if (!m.check(new Answer.Matched(m.rightOfLeft())).correct()) {
            fail(q, "the right pairs are marked wrong");
        }
        if (q.cardId() != null) {
            Card card = index.card(q.cardId()).orElseThrow();
            for (int i = 0; i < m.lefts().size(); i++) {
                String left = m.lefts().get(i).literalText();
                String right = m.rights().get(m.rightOfLeft().get(i)).literalText();
                if (card.pairs().stream().noneMatch(p -> p.left().equals(left) && p.right().equals(right))) {
                    fail(q, "pair not on the card: " + left + " / " + right);
                }
            }
            return;
        }
        String key = q.prompt().key();
        int n = m.lefts().size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean fits = fits(key, q, m, i, j);
                boolean paired = m.rightOfLeft().get(i) == j;
                if (fits != paired) {
                    fail(q, (paired ? "a given pair is wrong: " : "another pair is also right: ") + i + "-" + j);
                }
            }
        }
    }

    /** Whether left i and right j belong together by the data. */
    private boolean fits(String key, Question q, Question.Match m, int i, int j) {
        switch (key) {
            case "quiz.prompt.matchFounded": {
                Institution b = index.institution(m.leftIds().get(i)).orElseThrow();
                return m.rights().get(j).literalText().equals(Integer.toString(b.established().year()));
            }
            case "quiz.prompt.matchLeaders": {
                int year = Integer.parseInt((String) q.prompt().args().get(0));
                return leads(m.rightIds().get(j), m.leftIds().get(i), year);
            }
            case "quiz.prompt.matchRoles": {
                String person = m.leftIds().get(i);
                String body = m.rightIds().get(j);
                return index.pack().relations().stream().anyMatch(r -> (r.type() == RelationType.CHAIRS
                        || r.type() == RelationType.HEADS) && r.from().equals(person) && r.to().equals(body));
            }
            default:
                fail(q, "unknown match question " + key);
                return false;
        }
    }

    private static List<Integer> identity(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private void fail(Question q, String why) {
        problems.add(q.id() + ": " + why);
    }
}
