package org.xistudy.study.quiz;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The results of a class quiz as CSV (RFC 4180): one row per question with each team's points,
 * then the totals and the ranks. Question texts are rendered by the caller, in the UI language.
 */
public final class ClassroomCsv {
    private ClassroomCsv() {
    }

    /**
     * Writes the table.
     *
     * @param header the column headings before the teams: number, question, answer
     * @param totalLabel the first cell of the totals row; {@code rankLabel} of the ranks row
     * @param prompt renders a question's prompt; {@code answer} its answer
     */
    public static void write(ClassroomGame game, List<String> header, String totalLabel, String rankLabel,
            Function<Question, String> prompt, Function<Question, String> answer, Writer out) throws IOException {
        List<String> head = new ArrayList<>(header);
        head.addAll(game.teams());
        row(out, head);
        for (int q = 0; q < game.size(); q++) {
            List<String> cells = new ArrayList<>();
            Question question = game.questions().get(q);
            cells.add(Integer.toString(q + 1));
            cells.add(prompt.apply(question));
            cells.add(answer.apply(question));
            for (int t = 0; t < game.teams().size(); t++) {
                cells.add(Integer.toString(game.points(t, q)));
            }
            row(out, cells);
        }
        List<String> totals = new ArrayList<>(List.of(totalLabel, "", ""));
        List<String> ranks = new ArrayList<>(List.of(rankLabel, "", ""));
        List<ClassroomGame.Standing> standings = game.standings();
        for (int t = 0; t < game.teams().size(); t++) {
            totals.add(Integer.toString(game.total(t)));
            final int team = t;
            ranks.add(Integer.toString(standings.stream().filter(s -> s.team() == team).findFirst().orElseThrow().rank()));
        }
        row(out, totals);
        row(out, ranks);
        out.flush();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One CSV field, quoted when it must be; a leading formula character is defused for spreadsheets. */
    static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
