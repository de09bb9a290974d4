package org.xistudy.ui.answer;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.xistudy.content.CardText;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.CardType;
import org.xistudy.ui.common.Labels;

/** Draws a {@link CardFace}: question side, and the answer side below it once revealed. */
final class CardFaceSkin extends AnswerSkin<CardFace> {
    private final VBox box;

    CardFaceSkin(CardFace control) {
        this(control, new VBox());
    }

    private CardFaceSkin(CardFace control, VBox box) {
        super(control, box);
        this.box = box;
        box.getStyleClass().add("card-face-box");
        box.setFillWidth(true);
        onChange(this::rebuild, control.cardProperty(), control.textsProperty(), control.inputProperty(),
                control.revealedProperty());
        rebuild();
    }

    private void rebuild() {
        CardFace f = getSkinnable();
        CardAnswer c = f.cardProperty().get();
        QuizTexts texts = f.textsProperty().get();
        box.getChildren().clear();
        if (c == null || texts == null) {
            return;
        }
        boolean revealed = f.isRevealed();
        VBox question = new VBox();
        question.getStyleClass().add("card-face-question");
        if (c.type() == CardType.CLOZE) {
            question.getChildren().add(cloze(c.card(), revealed));
            if (!revealed && c.card().clozeHint() != null) {
                question.getChildren().add(hint(texts.text("answer.cloze.hint", c.card().clozeHint())));
            }
        } else {
            question.getChildren().add(Labels.wrapping(c.prompt(), "card-prompt"));
        }
        AnswerInput input = f.inputProperty().get();
        if (input != null) {
            question.getChildren().add(input.control());
            if (!revealed && f.isEditable()) {
                question.getChildren().add(hint(keys(c, texts)));
            }
        }
        box.getChildren().add(question);
        if (revealed) {
            box.getChildren().add(answer(c, texts));
        }
    }

    /** How to answer a card from the keyboard: one pick turns a choice over; the others are checked with Space. */
    private static String keys(CardAnswer c, QuizTexts texts) {
        int n = c.card().type() == CardType.MATCH ? c.card().pairs().size()
                : c.card().type() == CardType.ORDER ? c.card().items().size() : c.card().options().size();
        return texts.text("answer.card." + c.type().jsonName(), n, ChoiceList.letter(n - 1));
    }

    private static Node cloze(Card card, boolean revealed) {
        List<String> parts = CardText.clozeParts(card);
        Text before = new Text(parts.get(0));
        Text span = new Text(revealed ? parts.get(1) : CardText.BLANK);
        Text after = new Text(parts.get(2));
        before.getStyleClass().add("cloze-text");
        after.getStyleClass().add("cloze-text");
        span.getStyleClass().addAll("cloze-text", revealed ? "cloze-answer" : "cloze-blank");
        TextFlow flow = new TextFlow(before, span, after);
        flow.getStyleClass().add("card-cloze");
        flow.setAccessibleText(before.getText() + span.getText() + after.getText());
        return flow;
    }

    private static Node answer(CardAnswer c, QuizTexts texts) {
        VBox a = new VBox();
        a.getStyleClass().add("card-face-answer");
        Region rule = new Region();
        rule.getStyleClass().add("card-rule");
        a.getChildren().add(rule);
        Boolean ok = c.correct();
        if (ok != null) {
            Label verdict = new Label(texts.text(ok ? "answer.verdict.right" : "answer.verdict.wrong"));
            verdict.getStyleClass().addAll("card-verdict", ok ? "verdict-right" : "verdict-wrong");
            a.getChildren().add(verdict);
        }
        switch (c.type()) {
            case BASIC, REVERSED, CHOICE -> a.getChildren().add(Labels.wrapping(c.answerText(), "card-answer"));
            case TRUEFALSE -> a.getChildren().add(Labels.wrapping(texts.text(c.card().isTrue()
                    ? "answer.truefalse.isTrue" : "answer.truefalse.isFalse"), "card-answer"));
            default -> {
                // the cloze shows its span in place; the controls of the others show the answer
            }
        }
        for (String fact : texts.render(c.facts().stream().filter(p -> c.type() != CardType.CLOZE).toList())) {
            a.getChildren().add(Labels.wrapping(fact, "card-fact"));
        }
        String explanation = c.card().explanation();
        if (explanation != null && !explanation.isBlank()) {
            a.getChildren().add(Labels.wrapping(explanation, "card-explanation"));
        }
        return a;
    }


    private static Label hint(String text) {
        return Labels.wrapping(text, "card-hint");
    }
}
