package org.xistudy.ui.institutions;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.xistudy.content.PartialDate;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.ChartNode;
import org.xistudy.study.chart.InstitutionGraph;
import org.xistudy.study.chart.NodeKind;
import org.xistudy.study.chart.YearGraph;
import org.xistudy.study.names.NameStyle;

/** The chart's words, all from the resource bundle: kinds, relation verbs, dates and spans. */
public final class ChartText {
    private final ResourceBundle bundle;
    private final NameStyle names;

    public ChartText(ResourceBundle bundle) {
        this(bundle, NameStyle.ENGLISH_CHINESE);
    }

    /** The chart's words, with names of people and bodies shown as {@code names} asks. */
    public ChartText(ResourceBundle bundle, NameStyle names) {
        this.bundle = bundle;
        this.names = names;
    }

    /** How names are shown. */
    public NameStyle names() {
        return names;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }

    public Locale locale() {
        return bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH
                : bundle.getLocale();
    }

    /** "Party body", "Person", ... */
    public String kind(NodeKind kind) {
        return get("institutions.kind." + kind.key());
    }

    /** The verb of a relation type: "chairs", "reports to", ... */
    public String verb(RelationType type) {
        return get("institutions.rel." + type.jsonName());
    }

    /** The relation as a verb in a sentence: "chairs", "is a member of", "was upgraded from". */
    public String sentenceVerb(RelationType type) {
        return get("institutions.verb." + type.jsonName());
    }

    /** The relation as it begins: "now chairs", "is now a member of". */
    public String sentenceVerbNow(RelationType type) {
        return get("institutions.verbNow." + type.jsonName());
    }

    /** The relation as it ends: "no longer chairs", "is no longer a member of". */
    public String sentenceVerbNot(RelationType type) {
        return get("institutions.verbNot." + type.jsonName());
    }

    public String date(PartialDate d) {
        return d == null ? "" : d.display(locale());
    }

    /** A span of time from dates known to any precision: "Mar 2018 – Dec 2022", "since Mar 2018", "until 2018". */
    public String span(PartialDate start, PartialDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (end == null) {
            return format("institutions.span.since", date(start));
        }
        if (start == null) {
            return format("institutions.span.until", date(end));
        }
        return format("institutions.span.range", date(start), date(end));
    }

    /** A node's years in short: "1981–2018", "2013–". */
    public String years(ChartNode n) {
        if (n.start() == null && n.end() == null) {
            return "";
        }
        if (n.end() == null) {
            return format("institutions.years.open", Integer.toString(n.start().year()));
        }
        if (n.start() == null) {
            return format("institutions.years.until", Integer.toString(n.end().year()));
        }
        if (n.start().year() == n.end().year()) {
            return Integer.toString(n.start().year());
        }
        return format("institutions.years.range", Integer.toString(n.start().year()), Integer.toString(n.end().year()));
    }

    /** Names joined as a list: "A", "A and B", "A, B and C". */
    public String list(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        String head = String.join(get("institutions.list.comma"), names.subList(0, names.size() - 1));
        return format("institutions.list.and", head, names.get(names.size() - 1));
    }

    /** An edge's label: its verb (with its own words, if any) and the years it held. */
    public String edgeLabel(ChartEdge e) {
        String verb = e.label() != null && !e.label().isBlank()
                ? format("institutions.edge.labelled", verb(e.type()), e.label()) : verb(e.type());
        String span = span(e.start(), e.end());
        return span.isEmpty() ? verb : format("institutions.edge.label", verb, span);
    }

    /** A node's line under its name: its abbreviation and its years, either or both. */
    public String nodeMeta(ChartNode n) {
        String years = years(n);
        String abbrev = n.abbrev() == null || n.abbrev().isBlank() ? "" : n.abbrev();
        return abbrev.isEmpty() ? years : years.isEmpty() ? abbrev : format("institutions.node.meta", abbrev, years);
    }

    /** The note naming the body a node was upgraded from ("was FALSG"), or null. */
    public String formerly(InstitutionGraph graph, ChartNode n) {
        String note = null;
        for (ChartEdge e : graph.edges()) {
            if (e.type() == RelationType.UPGRADED_FROM && e.from().equals(n.id())) {
                Optional<ChartNode> before = graph.node(e.to());
                if (before.isPresent()) {
                    note = format("institutions.node.formerly", before.get().shortName());
                }
            }
        }
        return note;
    }

    /** What a screen reader says of a node in a year: its names, kind, years and relations. */
    public String describe(YearGraph yg, ChartNode n) {
        List<String> parts = new ArrayList<>();
        for (ChartEdge e : yg.edgesOf(n.id())) {
            String other = yg.node(e.other(n.id())).map(ChartNode::name).orElse(e.other(n.id()));
            parts.add(e.from().equals(n.id()) ? format("institutions.a11y.out", sentenceVerb(e.type()), other)
                    : format("institutions.a11y.in", other, sentenceVerb(e.type())));
        }
        return format("institutions.a11y.node", n.name(), n.zh() == null ? "" : n.zh(), kind(n.kind()), years(n),
                parts.isEmpty() ? get("institutions.a11y.noRelations") : String.join("; ", parts));
    }
}
