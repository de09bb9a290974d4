package org.xistudy.ui.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.xistudy.content.PackIndex;
import org.xistudy.content.essay.Essay;
import org.xistudy.content.model.Card;
import org.xistudy.content.model.Claim;
import org.xistudy.content.model.ClaimKind;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.LessonStep.CardStep;
import org.xistudy.content.model.LessonStep.ClaimStep;
import org.xistudy.content.model.LessonStep.EventStep;
import org.xistudy.content.model.LessonStep.NoteStep;
import org.xistudy.content.model.LessonStep.PassageStep;
import org.xistudy.content.model.LessonStep.QuizStep;
import org.xistudy.content.model.LessonStep.TitleStep;
import org.xistudy.content.model.LessonStep.YearStep;
import org.xistudy.content.model.LessonStep;
import org.xistudy.content.model.Note;
import org.xistudy.study.chart.ChartDiff;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.evidence.Evidence;
import org.xistudy.study.timeline.TimeWindow;
import org.xistudy.study.timeline.TimelineData;
import org.xistudy.ui.AppContext;
import org.xistudy.ui.answer.CardAnswer;
import org.xistudy.ui.answer.CardFace;
import org.xistudy.ui.answer.QuizTexts;
import org.xistudy.ui.argument.ArgumentMap;
import org.xistudy.ui.common.Labels;
import org.xistudy.ui.common.UiText;
import org.xistudy.ui.evidence.EvidenceView;
import org.xistudy.ui.institutions.ChartText;
import org.xistudy.ui.institutions.InstitutionChart;
import org.xistudy.ui.timeline.TimelineText;
import org.xistudy.ui.timeline.TimelineView;

/**
 * Draws lesson steps for the audience: one node per step, large, in the projector's type. An
 * event shows on the timeline zoomed around it with the rest dimmed; a chart year shows the
 * institution chart with what changed since the lesson's previous year step highlighted (and
 * animated when the step before was a year too); a card shows its question, then its answer; a
 * passage shows its paragraph with the quote marked; a note its text and evidence; a claim its
 * kind and title, the essay's sentences for it and the argument map with the claim highlighted
 * ({@link ClaimBoard}). Long text is shrunk to fit, never cut. One view per window: it keeps one
 * timeline and one chart and reuses them from step to step.
 */
final class StepView {
    /** Days shown either side of an event on the timeline. */
    private static final double EVENT_MARGIN_DAYS = 700;
    /** How much larger than on the desk the timeline and the chart are drawn. */
    private static final double TIMELINE_ZOOM = 1.5;
    private static final double CHART_ZOOM = 1.4;

    private final AppContext context;
    private final UiText text;
    private final PackIndex index;
    private final QuizTexts quizTexts;
    private TimelineView timeline;
    private InstitutionChart chart;
    private InstitutionGraph graph;
    private TimelineData timelineData;

    StepView(AppContext context, PackIndex index) {
        this.context = context;
        this.text = context.uiText();
        this.index = index;
        this.quizTexts = new QuizTexts(context);
    }

    /** What a step shows. */
    record State(LessonStep step, boolean revealed, Integer previousYear, Integer animateFrom) {
    }

    /** The node for a step in a state; a quiz step's board is the caller's. */
    Node render(State s) {
        LessonStep step = s.step();
        Node body;
        if (step instanceof TitleStep t) {
            body = title(t);
        } else if (step instanceof EventStep e) {
            body = event(e);
        } else if (step instanceof YearStep y) {
            body = year(y, s.previousYear(), s.animateFrom());
        } else if (step instanceof CardStep c) {
            body = card(c, s.revealed());
        } else if (step instanceof PassageStep p) {
            body = passage(p);
        } else if (step instanceof NoteStep n) {
            body = note(n);
        } else if (step instanceof ClaimStep c) {
            body = claim(c);
        } else if (step instanceof QuizStep) {
            body = column("step-quiz", Labels.wrapping(text.get("lesson.show.quizTitle"), "step-title"),
                    Labels.wrapping(text.get("lesson.show.quizEmpty"), "step-text"));
        } else {
            body = new Region();
        }
        body.getStyleClass().add("step-kind-" + step.kind().jsonName());
        return body;
    }

    // ---- kinds ----------------------------------------------------------------------------------

    private Node title(TitleStep t) {
        VBox box = column("step-title-page", Labels.wrapping(t.title(), "step-title"));
        if (t.text() != null) {
            box.getChildren().add(Labels.wrapping(t.text(), "step-subtitle"));
        }
        FitPane fitted = new FitPane(box);
        fitted.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane page = new StackPane(fitted);
        page.setAlignment(Pos.CENTER_LEFT);
        return page;
    }

    private Node event(EventStep step) {
        Optional<Event> found = index.event(step.event());
        if (found.isEmpty()) {
            return missing(step.event());
        }
        Event e = found.get();
        VBox words = column("step-words", Labels.wrapping(text.date(e.date(), e.approx()), "step-date"),
                Labels.wrapping(e.title(), "step-heading"));
        if (e.summary() != null) {
            words.getChildren().add(Labels.wrapping(e.summary(), "step-text"));
        }
        words.getChildren().add(evidence(Evidence.ofEvent(e, index).withoutLinks().withOnlyNote(step.note()).quotesOnly()));
        TimelineView tl = timeline();
        int at = timelineData.indexOf(e.id());
        if (at >= 0) {
            TimelineData.Item item = timelineData.item(at);
            tl.setWindow(new TimeWindow(item.start() - EVENT_MARGIN_DAYS, item.end() + EVENT_MARGIN_DAYS));
        }
        Set<String> otherLanes = new HashSet<>();
        timelineData.lanes().forEach(l -> otherLanes.add(l.id()));
        otherLanes.remove(e.lane());
        tl.hiddenLanesProperty().set(Set.copyOf(otherLanes)); // the event's lane only, large
        tl.matchesProperty().set(Set.of(e.id())); // the rest dimmed
        tl.selectedIdProperty().set(e.id());
        Magnifier strip = new Magnifier(tl, TIMELINE_ZOOM);
        strip.getStyleClass().add("step-timeline");
        FitPane fitted = new FitPane(words);
        VBox.setVgrow(fitted, Priority.ALWAYS);
        return column("step-event-page", strip, fitted);
    }

    private Node year(YearStep step, Integer previousYear, Integer animateFrom) {
        InstitutionChart c = chart();
        Set<String> changed = new HashSet<>();
        String changeLine;
        int before = previousYear == null ? step.year() - 1 : previousYear;
        ChartDiff diff = ChartDiff.between(graph, graph.inYear(before), graph.inYear(step.year()));
        List<String> names = new ArrayList<>();
        for (ChartDiff.Change ch : diff.changes()) {
            changed.add(ch.id());
            if (ch.other() != null) {
                changed.add(ch.other());
            }
            changed.addAll(ch.people());
            graph.node(ch.id()).ifPresent(n -> {
                String name = n.brief(context.nameStyleProperty().get());
                if (!names.contains(name)) {
                    names.add(name);
                }
            });
        }
        changeLine = diff.isEmpty() ? text.format("lesson.show.noChanges", Integer.toString(before))
                : text.format("lesson.show.changes", Integer.toString(before)) + ": " + String.join(" \u00B7 ", names);
        c.animatedProperty().set(animateFrom != null);
        if (animateFrom != null && c.yearProperty().get() != animateFrom) {
            c.animatedProperty().set(false);
            c.yearProperty().set(animateFrom);
            c.animatedProperty().set(true);
        }
        c.yearProperty().set(step.year());
        c.matchesProperty().set(changed.isEmpty() ? null : Set.copyOf(changed));
        c.selectedProperty().set(null);
        Magnifier host = new Magnifier(c, CHART_ZOOM);
        host.getStyleClass().add("step-chart");
        VBox.setVgrow(host, Priority.ALWAYS);
        Label changes = Labels.wrapping(changeLine, "step-changes");
        return column("step-year-page", Labels.wrapping(text.format("lesson.show.chartYear", Integer.toString(step.year())), "step-heading"), host,
                changes);
    }

    private Node card(CardStep step, boolean revealed) {
        Optional<Card> found = index.card(step.card());
        if (found.isEmpty()) {
            return missing(step.card());
        }
        Card card = found.get();
        CardFace face = new CardFace();
        face.getStyleClass().add("step-card-face");
        face.textsProperty().set(quizTexts);
        face.cardProperty().set(new CardAnswer(card, false, card.id().hashCode()));
        face.editableProperty().set(false);
        face.revealedProperty().set(revealed);
        VBox box = column("step-card-page", face);
        if (revealed) {
            box.getChildren().add(evidence(Evidence.ofCites(card.cite(), index).quotesOnly()));
        }
        return new FitPane(box);
    }

    private Node passage(PassageStep step) {
        Essay essay = index.essay();
        Optional<Essay.Block> block = essay == null ? Optional.empty() : essay.block(step.blockAnchor());
        if (block.isEmpty()) {
            return missing(step.blockAnchor());
        }
        Essay.Block b = block.get();
        String heading = essay.section(b.sectionId()).map(Essay.Section::heading).orElse(essay.title());
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("step-passage");
        String all = b.text();
        int from = step.quote() == null ? -1 : all.indexOf(step.quote());
        if (from < 0) {
            flow.getChildren().add(words(all, "step-passage-text"));
        } else {
            int to = from + step.quote().length();
            flow.getChildren().addAll(words(all.substring(0, from), "step-passage-text"),
                    words(all.substring(from, to), "step-passage-mark"), words(all.substring(to), "step-passage-text"));
        }
        String where = b.kind() == Essay.Kind.PARAGRAPH ? text.format("lesson.show.paragraph", b.number()) : heading;
        return new FitPane(column("step-passage-page", Labels.wrapping(heading, "step-label"), flow,
                Labels.wrapping(text.format("lesson.show.source", text.format("lesson.show.essaySource", where)), "step-source")));
    }

    private Node note(NoteStep step) {
        Optional<Note> found = index.note(step.note());
        if (found.isEmpty()) {
            return missing(step.note());
        }
        Note n = found.get();
        VBox box = column("step-note-page", Labels.wrapping(text.get("lesson.show.note"), "step-label"),
                Labels.wrapping(n.title(), "step-heading"), Labels.wrapping(n.body(), "step-text"));
        box.getChildren().add(evidence(Evidence.ofNote(n, index).withoutLinks().quotesOnly()));
        return new FitPane(box);
    }

    private Node claim(ClaimStep step) {
        Optional<Claim> found = index.claim(step.claim());
        if (found.isEmpty()) {
            return missing(step.claim());
        }
        Claim c = found.get();
        String kind = kindName(c.kind());
        String place = c.parent() == null ? kind : index.claim(c.parent())
                .map(p -> text.format("argument.supports", kind, p.title())).orElse(kind);
        VBox header = column("step-claim-header", Labels.wrapping(place, "step-label"), Labels.wrapping(c.title(), "step-heading"));
        ArgumentMap map = new ArgumentMap();
        map.getStyleClass().add("step-argument-map");
        map.setMouseTransparent(true);
        map.setFocusTraversable(false);
        map.kindNamesProperty().set(this::kindName);
        map.selectedIdProperty().set(c.id());
        List<Claim> branch = new ArrayList<>();
        index.claim(c.parent()).ifPresent(branch::add);
        branch.add(c);
        branch.addAll(index.childrenOf(c.id()));
        Node words = evidence(Evidence.ofClaim(c, index).withoutLinks().withoutNotes().quotesOnly());
        return new ClaimBoard(header, map, words, index.claims(), branch);
    }

    /** A claim kind's name, as the argument view gives it. */
    private String kindName(ClaimKind k) {
        return text.get("argument.kind." + k.jsonName());
    }

    // ---- parts ----------------------------------------------------------------------------------

    /** Evidence as the projector shows it: the app's one evidence panel, large, not clickable. */
    private Node evidence(Evidence e) {
        EvidenceView view = new EvidenceView(text);
        view.getStyleClass().add("step-evidence");
        view.headingsProperty().set(false);
        view.interactiveProperty().set(false);
        view.setEvidence(e);
        return view;
    }

    private Node missing(String id) {
        return column("step-missing", Labels.wrapping(text.format("lesson.step.missing", id), "step-text"));
    }

    private TimelineView timeline() {
        if (timeline == null) {
            timelineData = TimelineData.of(index.pack(), LocalDate.now());
            timeline = new TimelineView();
            timeline.textProperty().set(new TimelineText(context.bundle()));
            timeline.dataProperty().set(timelineData);
            timeline.setFocusTraversable(false);
        }
        return timeline;
    }

    private InstitutionChart chart() {
        if (chart == null) {
            graph = InstitutionGraph.of(index.pack());
            chart = new InstitutionChart(new ChartText(context.bundle(), context.nameStyleProperty().get()));
            chart.graphProperty().set(graph);
            chart.setFocusTraversable(false);
        }
        return chart;
    }

    private static VBox column(String style, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add(style);
        box.setFillWidth(true);
        return box;
    }


    private static Text words(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }
}
