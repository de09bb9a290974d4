package org.xistudy.ui.institutions;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartDiff;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.chart.ChartSearch;
import org.xistudy.study.chart.DataYears;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.YearGraph;
import org.xistudy.ui.Target;

/**
 * The institution view's state: the pack's graph, the year shown (2000 to this year), the
 * selected node, the search and the legend's chosen relation type.
 */
public final class InstitutionsViewModel {
    public static final int MIN_YEAR = 2000;

    private final ObjectProperty<PackIndex> index = new SimpleObjectProperty<>(this, "index");
    private final ObjectBinding<InstitutionGraph> graph = Bindings.createObjectBinding(
            () -> index.get() == null ? null : InstitutionGraph.of(index.get().pack()), index);
    private final IntegerProperty year = new SimpleIntegerProperty(this, "year", maxYear()) {
        @Override
        public void set(int value) {
            super.set(clampYear(value));
        }
    };
    private final ObjectBinding<YearGraph> yearGraph = Bindings.createObjectBinding(
            () -> graph.get() == null ? null : graph.get().inYear(year.get()), graph, year);
    private final ObjectBinding<ChartDiff> diff = Bindings.createObjectBinding(() -> {
        InstitutionGraph g = graph.get();
        if (g == null) {
            return null;
        }
        return ChartDiff.between(g, g.inYear(year.get() - 1), g.inYear(year.get()));
    }, graph, year);
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectBinding<List<ChartNode>> matches = Bindings.createObjectBinding(
            () -> graph.get() == null ? List.of() : ChartSearch.find(query.get(), graph.get().nodes()), graph, query);
    private final ObjectBinding<Set<String>> matchIds = Bindings.createObjectBinding(
            () -> matches.get().stream().map(ChartNode::id).collect(Collectors.toUnmodifiableSet()), matches);
    private final ObjectProperty<RelationType> legendFocus = new SimpleObjectProperty<>(this, "legendFocus");

    /** The last year the pack's dates reach; later years only repeat what it knew then. */
    private final IntegerBinding dataYear = Bindings.createIntegerBinding(
            () -> index.get() == null ? maxYear() : DataYears.latest(index.get().pack()), index);

    public InstitutionsViewModel() {
        graph.addListener((obs, o, n) -> {
            selected.set(null);
            legendFocus.set(null);
            if (n != null) {
                year.set(dataYear.get()); // open a new pack at the latest year it knows about
            }
        });
    }

    /** The last year the pack's dates reach. */
    public IntegerBinding dataYearProperty() {
        return dataYear;
    }

    /** The latest year the chart shows: this year. */
    public static int maxYear() {
        return Math.max(MIN_YEAR, Year.now().getValue());
    }

    public static int clampYear(int y) {
        return Math.max(MIN_YEAR, Math.min(maxYear(), y));
    }

    public ObjectProperty<PackIndex> indexProperty() {
        return index;
    }

    public ObservableValue<InstitutionGraph> graphProperty() {
        return graph;
    }

    public InstitutionGraph getGraph() {
        return graph.get();
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public int getYear() {
        return year.get();
    }

    public void setYear(int y) {
        year.set(y);
    }

    public ObservableValue<YearGraph> yearGraphProperty() {
        return yearGraph;
    }

    /** What changed from the year before to the year shown. */
    public ObservableValue<ChartDiff> diffProperty() {
        return diff;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Bodies and people matching the search, best first, from every year. */
    public ObservableValue<List<ChartNode>> matchesProperty() {
        return matches;
    }

    public ObservableValue<Set<String>> matchIdsProperty() {
        return matchIds;
    }

    public ObjectProperty<RelationType> legendFocusProperty() {
        return legendFocus;
    }

    /**
     * Selects a node in a year where it is on the chart: {@code year} if given and it is there,
     * else the year shown if it is there, else the nearest year that shows it. False when the
     * node is never on the chart.
     */
    public boolean show(String id, Integer wanted) {
        InstitutionGraph g = graph.get();
        if (g == null || id == null) {
            return false;
        }
        int start = wanted != null ? clampYear(wanted) : year.get();
        OptionalInt y = g.nearestYearShowing(id, start, MIN_YEAR, maxYear());
        if (y.isEmpty()) {
            return false;
        }
        year.set(y.getAsInt());
        selected.set(id);
        return true;
    }

    /** Follows a link: a body or person (in a year), or a year with nothing selected. */
    public boolean reveal(Target target) {
        if (target instanceof Target.InstitutionTarget t) {
            return show(t.institutionId(), t.year());
        }
        if (target instanceof Target.PersonTarget t) {
            return show(t.personId(), t.year());
        }
        if (target instanceof Target.YearTarget t) {
            year.set(t.year());
            selected.set(null);
            return true;
        }
        return false;
    }

    /** Selects the search match after the selected node (the best match first), switching year if needed. */
    public Optional<String> selectNextMatch() {
        List<ChartNode> m = matches.get();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        YearGraph yg = yearGraph.get();
        // Prefer matches on the chart this year, in match order, then the others.
        List<ChartNode> here = m.stream().filter(n -> yg != null && yg.contains(n.id())).toList();
        List<ChartNode> order = here.isEmpty() ? m : here;
        int i = -1;
        for (int k = 0; k < order.size(); k++) {
            if (order.get(k).id().equals(selected.get())) {
                i = k;
            }
        }
        ChartNode next = order.get((i + 1) % order.size());
        show(next.id(), null);
        return Optional.of(next.id());
    }

    /** The first event (in time) that names the node, for "show on timeline". */
    public Optional<Event> firstEvent(String id) {
        PackIndex i = index.get();
        if (i == null || id == null) {
            return Optional.empty();
        }
        List<Event> events = i.eventsMentioning(id);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(0));
    }

    public void previousYear() {
        year.set(year.get() - 1);
    }

    public void nextYear() {
        year.set(year.get() + 1);
    }
}
