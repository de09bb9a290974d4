package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.xistudy.study.quiz.Answer;
import org.xistudy.study.quiz.Question;
import org.xistudy.ui.AppContext;

/**
 * The control a question is answered with, whatever its kind: the lettered options, the list to
 * order, the matching grid, or a text field. The classroom view shows the same controls, read-only.
 */
public abstract class AnswerInput {

    /** The control for a question's body. */
    public static AnswerInput create(Question.Body body, QuizTexts texts, boolean editable) {
        if (body instanceof Question.Choice c) {
            return new ChoiceInput(c, texts, editable);
        }
        if (body instanceof Question.Order o) {
            return new OrderInput(o, texts, editable);
        }
        if (body instanceof Question.Match m) {
            return new MatchInput(m, texts, editable);
        }
        return new TypedInput(editable);
    }

    public abstract Node node();

    /** The answer given, or null when there is none yet. */
    public abstract Answer answer();

    /** Shows the right answer next to {@code given} (null in the classroom, where nobody answers here). */
    public abstract void reveal(Answer given);

    /** Handles a digit (0-based, or -1) or a letter (0 for A, or -1); returns whether it was used. */
    public abstract boolean key(int digit, int letter);

    /** How to answer from the keyboard. */
    public abstract String keysHint(AppContext context);

    /** What to do when Enter was pressed before answering. */
    public String missingHint(AppContext context) {
        return context.text("quiz.keys.missing");
    }

    public void focus() {
        node().requestFocus();
    }

    public static final class ChoiceInput extends AnswerInput {
        private final ChoiceList list = new ChoiceList();
        private final Question.Choice body;

        ChoiceInput(Question.Choice body, QuizTexts texts, boolean editable) {
            this.body = body;
            list.getOptions().setAll(texts.render(body.options()));
            list.editableProperty().set(editable);
            list.correctIndexProperty().set(body.correct());
        }

        /** The options control, so the page can submit on double-click. */
        public ChoiceList list() {
            return list;
        }

        @Override
        public Node node() {
            return list;
        }

        @Override
        public Answer answer() {
            return list.getSelectedIndex() < 0 ? null : new Answer.Choice(list.getSelectedIndex());
        }

        @Override
        public void reveal(Answer given) {
            if (given instanceof Answer.Choice c) {
                list.selectedIndexProperty().set(c.index());
            } else {
                list.selectedIndexProperty().set(-1);
            }
            list.revealedProperty().set(true);
        }

        @Override
        public boolean key(int digit, int letter) {
            int i = digit >= 0 ? digit : letter;
            if (i >= 0 && i < body.options().size()) {
                list.select(i);
                list.requestFocus();
                return true;
            }
            return false;
        }

        @Override
        public String keysHint(AppContext context) {
            int n = body.options().size();
            return context.text("quiz.keys.choice", n, QuizTexts.letter(n - 1));
        }

        @Override
        public String missingHint(AppContext context) {
            return context.text("quiz.keys.choiceMissing");
        }
    }

    public static final class OrderInput extends AnswerInput {
        private final OrderList list = new OrderList();
        private final Question.Order body;

        OrderInput(Question.Order body, QuizTexts texts, boolean editable) {
            this.body = body;
            list.setItems(texts.render(body.items()));
            list.setBelongsText(texts::belongsAt);
            list.editableProperty().set(editable);
            list.getCorrectOrder().setAll(body.correctOrder());
        }

        @Override
        public Node node() {
            return list;
        }

        @Override
        public Answer answer() {
            return new Answer.Ordered(new ArrayList<>(list.getArrangement()));
        }

        @Override
        public void reveal(Answer given) {
            if (given == null) {
                // the classroom shows the right order itself
                list.getArrangement().setAll(body.correctOrder());
            }
            list.revealedProperty().set(true);
        }

        @Override
        public boolean key(int digit, int letter) {
            if (digit >= 0 && digit < body.items().size()) {
                list.moveSelectedTo(digit);
                list.requestFocus();
                return true;
            }
            return false;
        }

        @Override
        public String keysHint(AppContext context) {
            return context.text("quiz.keys.order", body.items().size());
        }

        /** For tests and the keyboard: the list. */
        public OrderList list() {
            return list;
        }
    }

    public static final class MatchInput extends AnswerInput {
        private final MatchGrid grid = new MatchGrid();
        private final Question.Match body;

        MatchInput(Question.Match body, QuizTexts texts, boolean editable) {
            this.body = body;
            grid.setItems(texts.render(body.lefts()), texts.render(body.rights()));
            grid.editableProperty().set(editable);
            grid.getCorrect().setAll(body.rightOfLeft());
        }

        @Override
        public Node node() {
            return grid;
        }

        @Override
        public Answer answer() {
            List<Integer> a = new ArrayList<>(grid.getAssignment());
            return a.stream().allMatch(i -> i < 0) ? null : new Answer.Matched(a);
        }

        @Override
        public void reveal(Answer given) {
            if (given == null) {
                grid.getAssignment().setAll(body.rightOfLeft());
            }
            grid.revealedProperty().set(true);
        }

        @Override
        public boolean key(int digit, int letter) {
            int i = letter >= 0 ? letter : digit;
            if (i >= 0 && i < body.rights().size()) {
                grid.assignCurrent(i);
                grid.requestFocus();
                return true;
            }
            return false;
        }

        @Override
        public String keysHint(AppContext context) {
            int n = body.rights().size();
            return context.text("quiz.keys.match", n, QuizTexts.letter(n - 1));
        }

        @Override
        public String missingHint(AppContext context) {
            return context.text("quiz.keys.matchMissing");
        }
    }

    public static final class TypedInput extends AnswerInput {
        private final TextField field = new TextField();
        private final VBox box = new VBox(field);

        TypedInput(boolean editable) {
            field.getStyleClass().add("typed-answer");
            field.setEditable(editable);
            box.getStyleClass().add("typed-box");
            // in the classroom nobody types here: the answer shows with the explanation
            field.setVisible(editable);
            field.setManaged(editable);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public Answer answer() {
            String t = field.getText();
            return t == null || t.isBlank() ? null : new Answer.Typed(t);
        }

        @Override
        public void reveal(Answer given) {
            field.setEditable(false);
        }

        @Override
        public boolean key(int digit, int letter) {
            return false;
        }

        @Override
        public String keysHint(AppContext context) {
            return context.text("quiz.keys.typed");
        }

        @Override
        public String missingHint(AppContext context) {
            return context.text("quiz.keys.typedMissing");
        }

        @Override
        public void focus() {
            field.requestFocus();
        }

        public TextField field() {
            return field;
        }
    }
}
