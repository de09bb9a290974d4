package org.xistudy.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import org.xistudy.content.model.Claim;
import org.xistudy.ui.argument.ArgumentMap;

/**
 * A claim step as the audience sees it: the claim's kind and title on top, then the argument map
 * with the claim highlighted and the essay's sentences for it. The map is drawn whole at the
 * board's body type and scaled down to the room it gets, never up; the sentences take the rest
 * and shrink when they need more ({@link FitPane}).
 *
 * <p>The room is shared so that the map and the sentences keep as much of their size as they
 * can, each as much as the other: the map goes above the sentences, at the full width, or beside
 * them on the right when that keeps both clearly larger (a claim with many claims beneath it makes
 * a tall map), and its boxes are narrow or wide, whichever keeps both larger. It shows the whole
 * argument when all of it can be drawn at {@value #LEGIBLE} of its size or more; otherwise (the
 * bundled pack's 21 claims never can) it shows the claim's branch: the claim it supports, the
 * claim, and the claims that support it.
 */
final class ClaimBoard extends Region {
    /** The smallest scale at which the whole argument is still shown rather than the branch. */
    static final double LEGIBLE = 0.8;
    /** The widths of the map's boxes tried, in em. */
    private static final double[] BOX_WIDTHS = {9, ArgumentMap.DEFAULT_BOX_WIDTH};
    /** How much larger beside must keep the map and the sentences before it wins over above. */
    private static final double BESIDE_BONUS = 1.1;
    /** The widest the map may be beside the sentences, as a part of the width. */
    private static final double BESIDE_SHARE = 0.6;
    private static final double GAP = 22;
    /** A difference of scale too small to choose by. */
    private static final double TRIFLE = 0.03;

    private final Node header;
    private final ArgumentMap map;
    private final FitPane words;
    private final List<Claim> whole;
    private final List<Claim> branch;
    private final Scale mapScale = new Scale(1, 1, 0, 0);
    private double plannedWidth = -1;
    private double plannedHeight = -1;
    private Plan plan;

    /**
     * How the map is drawn: which claims, how wide its boxes, where it goes and how large; and how
     * large the sentences stay beside it.
     */
    private record Plan(List<Claim> claims, double boxWidth, boolean beside, double scale, double words) {
        /** What a plan is worth: the smaller of the two scales. */
        double value() {
            return Math.min(scale, words);
        }

        /** Better by more than a trifle, or as good and kinder to the sentences, which are the body text. */
        boolean betterThan(Plan other) {
            return value() > other.value() + TRIFLE || value() >= other.value() - TRIFLE && words > other.words + TRIFLE;
        }
    }

    /**
     * @param map the map, its selection set; it is given {@code whole} or {@code branch} to draw
     * @param whole every claim of the argument
     * @param branch the claim's parent, the claim and its children
     */
    ClaimBoard(Node header, ArgumentMap map, Node words, List<Claim> whole, List<Claim> branch) {
        this.header = header;
        this.map = map;
        this.words = new FitPane(words);
        this.whole = List.copyOf(whole);
        this.branch = List.copyOf(branch);
        getStyleClass().add("step-claim-page");
        map.wholeTreeProperty().set(true);
        map.getTransforms().add(mapScale);
        map.claimsProperty().set(this.branch);
        getChildren().addAll(header, map, this.words);
        setMinSize(0, 0);
    }

    /** Whether the map shows every claim of the argument (else the claim's branch). */
    boolean showsWholeArgument() {
        return map.claimsProperty().get().size() == whole.size() && whole.size() > branch.size();
    }

    /** Whether the map stands beside the sentences (else above them), at the last layout. */
    boolean mapBeside() {
        return plan != null && plan.beside();
    }

    /** The scale the map is drawn at, at the last layout: 1 at the board's full type. */
    double mapScale() {
        return mapScale.getX();
    }

    /** The sentences, shrunk by their {@link FitPane} when they need more room than they get. */
    FitPane words() {
        return words;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = Math.max(1, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(1, getHeight() - in.getTop() - in.getBottom());
        double hh = header.prefHeight(w);
        header.resizeRelocate(x, y, w, hh);
        double top = y + hh + GAP;
        double room = Math.max(1, h - hh - GAP);
        if (plan == null || w != plannedWidth || room != plannedHeight) {
            plannedWidth = w;
            plannedHeight = room;
            plan = plan(w, room);
        }
        draw(plan.claims(), plan.boxWidth());
        double mw = map.prefWidth(-1);
        double mh = map.prefHeight(-1);
        map.resize(mw, mh);
        mapScale.setX(plan.scale());
        mapScale.setY(plan.scale());
        if (plan.beside()) {
            double drawn = mw * plan.scale();
            map.relocate(x + w - drawn, top);
            words.resizeRelocate(x, top, Math.max(1, w - drawn - GAP), room);
        } else {
            double drawn = mh * plan.scale();
            map.relocate(x, top);
            words.resizeRelocate(x, top + drawn + GAP, w, Math.max(1, room - drawn - GAP));
        }
    }

    /** The best way to draw the map in a room: the whole argument when it is legible, else the branch. */
    private Plan plan(double w, double room) {
        List<Plan> wholes = new ArrayList<>();
        List<Plan> branches = new ArrayList<>();
        for (double boxWidth : BOX_WIDTHS) {
            if (whole.size() > branch.size()) {
                wholes.add(place(whole, boxWidth, w, room));
            }
            branches.add(place(branch, boxWidth, w, room));
        }
        Plan best = best(wholes);
        if (best == null || best.scale() < LEGIBLE) {
            best = best(branches);
        }
        return best;
    }

    private static Plan best(List<Plan> plans) {
        Plan best = null;
        for (Plan p : plans) {
            if (best == null || p.betterThan(best)) {
                best = p;
            }
        }
        return best;
    }

    /** Where a tree drawn with boxes of a width goes: above the sentences unless beside is clearly better. */
    private Plan place(List<Claim> claims, double boxWidth, double w, double room) {
        draw(claims, boxWidth);
        double mw = Math.max(1, map.prefWidth(-1));
        double mh = Math.max(1, map.prefHeight(-1));
        // above: the map at the full width, the sentences below it
        DoubleUnaryOperator wordsBelow = s -> wordsIn(w, room - mh * s - GAP);
        double above = balance(Math.min(1, Math.min(w / mw, (room - GAP) / mh)), wordsBelow);
        Plan abovePlan = new Plan(claims, boxWidth, false, above, wordsBelow.applyAsDouble(above));
        // beside: the map at the full height of the room, the sentences to its left
        DoubleUnaryOperator wordsLeft = s -> wordsIn(w - mw * s - GAP, room);
        double beside = balance(Math.min(1, Math.min(w * BESIDE_SHARE / mw, room / mh)), wordsLeft);
        Plan besidePlan = new Plan(claims, boxWidth, true, beside, wordsLeft.applyAsDouble(beside));
        return besidePlan.value() > abovePlan.value() * BESIDE_BONUS ? besidePlan : abovePlan;
    }

    private void draw(List<Claim> claims, double boxWidth) {
        if (!map.claimsProperty().get().equals(claims)) {
            map.claimsProperty().set(claims);
        }
        if (map.boxWidthProperty().get() != boxWidth) {
            map.boxWidthProperty().set(boxWidth);
        }
    }

    /**
     * The largest map scale, up to {@code largest}, at which the sentences keep at least the same
     * scale: where the two meet, or {@code largest} when the sentences keep more anyway.
     */
    private static double balance(double largest, DoubleUnaryOperator wordsAt) {
        if (wordsAt.applyAsDouble(largest) >= largest) {
            return largest;
        }
        double lo = 0;
        double hi = largest;
        for (int i = 0; i < 10; i++) {
            double mid = (lo + hi) / 2;
            if (wordsAt.applyAsDouble(mid) >= mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The scale the sentences would be shrunk to in a space of this size. */
    private double wordsIn(double width, double height) {
        return width < 1 || height < 1 ? 0 : words.scaleFor(width, height, 10);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(header.prefWidth(-1), map.prefWidth(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        return header.prefHeight(width) + GAP + map.prefHeight(-1) + GAP + words.prefHeight(width);
    }
}
