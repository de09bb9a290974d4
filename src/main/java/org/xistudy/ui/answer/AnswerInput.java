package org.xistudy.ui.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.input.KeyCode;
import org.xistudy.study.quiz.Answer;
import org.xistudy.study.quiz.Question;
import org.xistudy.study.quiz.QuestionFormat;

/**
 * The control a question is answered with, whatever its kind, the one set used by the quiz, the
 * classroom (read-only) and the flashcards: the lettered options ({@link ChoiceList}), true or
 * false ({@link TrueFalseChoice}), the list to order ({@link OrderList}), the matching grid
 * ({@link MatchGrid}) or the field ({@link TypedAnswer}). It keeps {@link #answerProperty()} up
 * to date and says when the user picked an option or committed (Enter, a double click).
 */
public abstract class AnswerInput {
    private final AnswerControl control;
    private ObjectBinding<Answer> answer;
    private String keysHint = "";
    private String missingHint = "";
    private Runnable onPick = () -> { };
    private Runnable onCommit = () -> { };
    private Runnable rightAnswer = () -> { };

    AnswerInput(AnswerControl control) {
        this.control = control;
    }

    /** The input for a question's body; a true/false question gets its own control. */
    public static AnswerInput create(QuestionFormat format, Question.Body body, QuizTexts texts, boolean editable) {
        AnswerInput input;
        if (format == QuestionFormat.TRUE_FALSE && body instanceof Question.Choice c && c.options().size() == 2) {
            input = new TrueFalseInput(c, texts);
        } else if (body instanceof Question.Choice c) {
            input = new ChoiceInput(c, texts);
        } else if (body instanceof Question.Order o) {
            input = new OrderInput(o, texts);
        } else if (body instanceof Question.Match m) {
            input = new MatchInput(m, texts);
        } else {
            input = new TypedInput((Question.Typed) body, texts);
        }
        input.control.editableProperty().set(editable);
        return input;
    }

    /** Sets what the answer is made of, and on what it depends. */
    final void follow(Callable<Answer> compute, Observable... dependencies) {
        answer = Bindings.createObjectBinding(compute, dependencies);
    }

    final void hints(String keys, String missing) {
        keysHint = keys;
        missingHint = missing;
    }

    /** Hints that name the keys of {@code n} lettered options. */
    final void letteredHints(QuizTexts texts, String keysKey, String missingKey, int n) {
        hints(texts.text(keysKey, n, ChoiceList.letter(n - 1)), texts.text(missingKey));
    }

    /** The control shown. */
    public final AnswerControl control() {
        return control;
    }

    /** The answer given so far, or null when there is none yet; follows every change. */
    public final ObjectBinding<Answer> answerProperty() {
        return answer;
    }

    /** The answer given, or null when there is none yet. */
    public final Answer answer() {
        return answer.get();
    }

    /** Shows the right answer next to {@code given} (null in the classroom, where nobody answers here). */
    public void reveal(Answer given) {
        if (given == null) {
            showRightAnswer();
        }
        control.revealedProperty().set(true);
    }

    /** Puts the right answer in place when nothing was answered (the classroom, a card turned over at once). */
    void showRightAnswer() {
        rightAnswer.run();
    }

    /** What puts the right answer in place, for an order or a match. */
    final void rightAnswer(Runnable r) {
        rightAnswer = r;
    }

    /** Handles a key: a digit '1'.., a letter 'A'..; returns whether it was used. */
    public final boolean key(char key) {
        if (!control.isOpen() || !accept(Character.toUpperCase(key))) {
            return false;
        }
        control.requestFocus();
        return true;
    }

    /** Answers by a key while answering is open. */
    abstract boolean accept(char key);

    /** How to answer from the keyboard. */
    public final String keysHint() {
        return keysHint;
    }

    /** What to do when Enter was pressed before answering. */
    public final String missingHint() {
        return missingHint;
    }

    public void focus() {
        control.requestFocus();
    }

    /** Called when an option was picked (a choice, true or false): where one pick answers, it turns the card. */
    public void setOnPick(Runnable r) {
        onPick = r;
    }

    /** Called when the user commits the answer: Enter in the field, a double click on an option. */
    public void setOnCommit(Runnable r) {
        onCommit = r;
    }

    final void picked() {
        onPick.run();
    }

    final void committed() {
        onCommit.run();
    }

    /** The character a key stands for: '1'..'9' for digits (top row or keypad), 'A'..'Z' for letters, else 0. */
    public static char keyChar(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            return name.charAt(name.length() - 1);
        }
        return code.isLetterKey() ? code.getName().charAt(0) : 0;
    }

    /** 0 for '1', 1 for '2'...; -1 for others. */
    static int digit(char key) {
        return key >= '1' && key <= '9' ? key - '1' : -1;
    }

    /** 0 for 'A', 1 for 'B'... up to H; -1 for others. */
    static int letter(char key) {
        return ChoiceList.LETTERS.indexOf(key);
    }

    /** A letter's or digit's option, the letter first, or -1 past {@code size}. */
    static int option(int first, int second, int size) {
        int i = first >= 0 ? first : second;
        return i < size ? i : -1;
    }

    // ---- the five kinds ----------------------------------------------------------------------

    public static final class ChoiceInput extends AnswerInput {
        private final ChoiceList list;

        ChoiceInput(Question.Choice body, QuizTexts texts) {
            super(new ChoiceList());
            list = (ChoiceList) control();
            list.getOptions().setAll(texts.render(body.options()));
            list.correctIndexProperty().set(body.correct());
            list.setOnAction(e -> committed());
            list.selectedIndexProperty().addListener((obs, old, now) -> {
                if (now.intValue() >= 0) {
                    picked();
                }
            });
            follow(() -> list.getSelectedIndex() < 0 ? null : new Answer.Choice(list.getSelectedIndex()),
                    list.selectedIndexProperty());
            letteredHints(texts, "quiz.keys.choice", "quiz.keys.choiceMissing", body.options().size());
        }

        /** The options control. */
        public ChoiceList list() {
            return list;
        }

        @Override
        void showRightAnswer() {
            list.selectedIndexProperty().set(-1);
        }

        @Override
        boolean accept(char key) {
            int i = option(digit(key), letter(key), list.getOptions().size());
            list.select(i);
            return i >= 0;
        }
    }

    public static final class TrueFalseInput extends AnswerInput {
        private final TrueFalseChoice choice;

        TrueFalseInput(Question.Choice body, QuizTexts texts) {
            super(new TrueFalseChoice());
            choice = (TrueFalseChoice) control();
            choice.trueTextProperty().set(texts.render(body.options().get(0)));
            choice.falseTextProperty().set(texts.render(body.options().get(1)));
            choice.answerProperty().set(body.correct() == 0);
            choice.selectedProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    picked();
                }
            });
            follow(() -> choice.selectedProperty().get() == null ? null
                    : new Answer.Choice(choice.selectedProperty().get() ? 0 : 1), choice.selectedProperty());
            hints(texts.text("answer.keys.truefalse"), texts.text("answer.keys.truefalseMissing"));
        }

        public TrueFalseChoice choice() {
            return choice;
        }

        @Override
        boolean accept(char key) {
            boolean yes = key == 'T' || key == '1' || key == 'A';
            boolean no = key == 'F' || key == '2' || key == 'B';
            if (yes || no) {
                choice.choose(yes);
            }
            return yes || no;
        }
    }

    public static final class OrderInput extends AnswerInput {
        private final OrderList list;

        OrderInput(Question.Order body, QuizTexts texts) {
            super(new OrderList());
            list = (OrderList) control();
            list.setItems(texts.render(body.items()));
            list.setBelongsText(texts::belongsAt);
            list.getCorrectOrder().setAll(body.correctOrder());
            follow(() -> new Answer.Ordered(new ArrayList<>(list.getArrangement())), list.getArrangement());
            rightAnswer(() -> list.getArrangement().setAll(list.getCorrectOrder()));
            hints(texts.text("quiz.keys.order", body.items().size()), texts.text("quiz.keys.missing"));
        }

        @Override
        boolean accept(char key) {
            int place = option(digit(key), -1, list.getTexts().size());
            list.moveSelectedTo(place);
            return place >= 0;
        }

        /** For tests and the keyboard: the list. */
        public OrderList list() {
            return list;
        }
    }

    public static final class MatchInput extends AnswerInput {
        private final MatchGrid grid;

        MatchInput(Question.Match body, QuizTexts texts) {
            super(new MatchGrid());
            grid = (MatchGrid) control();
            grid.setItems(texts.render(body.lefts()), texts.render(body.rights()));
            grid.getCorrect().setAll(body.rightOfLeft());
            follow(() -> {
                List<Integer> a = new ArrayList<>(grid.getAssignment());
                return a.stream().allMatch(i -> i < 0) ? null : new Answer.Matched(a);
            }, grid.getAssignment());
            rightAnswer(() -> grid.getAssignment().setAll(grid.getCorrect()));
            letteredHints(texts, "quiz.keys.match", "quiz.keys.matchMissing", body.rights().size());
        }

        /** For tests and the keyboard: the grid. */
        public MatchGrid grid() {
            return grid;
        }

        @Override
        boolean accept(char key) {
            int i = option(letter(key), digit(key), grid.getRights().size());
            if (i >= 0) {
                grid.assignCurrent(i);
            }
            return i >= 0;
        }
    }

    public static final class TypedInput extends AnswerInput {
        private final TypedAnswer field;
        private final Question.Typed body;

        TypedInput(Question.Typed body, QuizTexts texts) {
            super(new TypedAnswer());
            field = (TypedAnswer) control();
            this.body = body;
            field.expectedProperty().set(body.answer());
            field.alsoAcceptedProperty().set(body.accept().isEmpty() ? ""
                    : texts.text("answer.typed.also", String.join(" \u00B7 ", body.accept())));
            field.promptTextProperty().set(texts.text("answer.typed.prompt"));
            field.yoursHeadingProperty().set(texts.text("answer.typed.yours"));
            field.expectedHeadingProperty().set(texts.text("answer.typed.expected"));
            field.nothingTextProperty().set(texts.text("answer.typed.nothing"));
            field.onActionProperty().set(e -> committed());
            follow(() -> {
                String t = field.textProperty().get();
                return t == null || t.isBlank() ? null : new Answer.Typed(t);
            }, field.textProperty());
            hints(texts.text("quiz.keys.typed"), texts.text("quiz.keys.typedMissing"));
        }

        /** The field. */
        public TypedAnswer field() {
            return field;
        }

        @Override
        public void reveal(Answer given) {
            field.correctProperty().set(given == null ? null : body.check(given).correct());
            super.reveal(given);
        }

        @Override
        boolean accept(char key) {
            return false;
        }
    }
}
