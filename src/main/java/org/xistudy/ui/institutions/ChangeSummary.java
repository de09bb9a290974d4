package org.xistudy.ui.institutions;

import java.util.ArrayList;
import java.util.List;
import org.xistudy.study.chart.ChartDiff;
import org.xistudy.study.chart.ChartEdge;
import org.xistudy.study.chart.InstitutionGraph;

/** The "what changed" line: each change of a {@link ChartDiff} as a short phrase. */
final class ChangeSummary {
    private ChangeSummary() {
    }

    static List<String> phrases(ChartText text, InstitutionGraph g, ChartDiff diff) {
        List<String> out = new ArrayList<>();
        if (diff == null || g == null) {
            return out;
        }
        for (ChartDiff.Change c : diff.changes()) {
            switch (c.kind()) {
                case BODY_ADDED:
                    out.add(c.other() == null ? text.format("institutions.change.added", name(text, g, c.id()))
                            : text.format("institutions.change.upgraded", name(text, g, c.id()), name(text, g, c.other())));
                    break;
                case BODY_REMOVED:
                    out.add(c.other() == null ? text.format("institutions.change.removed", name(text, g, c.id()))
                            : text.format("institutions.change.replaced", name(text, g, c.id()), name(text, g, c.other())));
                    break;
                case HOLDER_CHANGED:
                    out.add(holder(text, g, c));
                    break;
                case RELATION_ADDED:
                case RELATION_ENDED:
                    ChartEdge e = g.edge(c.id()).orElse(null);
                    if (e != null) {
                        boolean added = c.kind() == ChartDiff.Kind.RELATION_ADDED;
                        String key = added ? "institutions.change.relationAdded" : "institutions.change.relationEnded";
                        String verb = added ? text.sentenceVerbNow(e.type()) : text.sentenceVerbNot(e.type());
                        out.add(text.format(key, name(text, g, e.from()), verb, name(text, g, e.to())));
                    }
                    break;
                default:
                    break;
            }
        }
        return out;
    }

    private static String name(ChartText text, InstitutionGraph g, String id) {
        return g.node(id).map(n -> n.brief(text.names())).orElse(id);
    }

    private static String holder(ChartText text, InstitutionGraph g, ChartDiff.Change c) {
        String body = name(text, g, c.id());
        List<String> arriving = c.arriving().stream().map(p -> g.node(p).map(n -> n.brief(text.names())).orElse(p)).toList();
        List<String> leaving = c.leaving().stream().map(p -> g.node(p).map(n -> n.brief(text.names())).orElse(p)).toList();
        String verb = text.sentenceVerbNow(c.type());
        if (!arriving.isEmpty() && !leaving.isEmpty()) {
            return text.format("institutions.change.holderReplaced", text.list(arriving), verb, body, text.list(leaving));
        }
        if (!arriving.isEmpty()) {
            return text.format("institutions.change.holderNew", text.list(arriving), verb, body);
        }
        return text.format("institutions.change.holderLeft", text.list(leaving), text.sentenceVerbNot(c.type()), body);
    }
}
