package org.xistudy.content.validate;

import java.util.List;
import java.util.function.Function;
import org.xistudy.content.Aside;
import org.xistudy.content.essay.Essay;

/**
 * Looks a pack's quotes up in its essay. A pack of thousands of quotes has the second half looked
 * up on a thread of its own: by the time the validator's walk is over, the loader's binding beside
 * it is done and the second core is free. The answer is in the quotes' order either way, so the
 * problems are reported in the same order.
 */
final class QuoteLookups {
    /** From how many quotes the look-ups are shared with a second thread. */
    static final int PARALLEL = 4096;

    private QuoteLookups() {
    }

    /** For each quote, whether the essay does not hold its text. */
    static <Q> boolean[] missing(Essay essay, List<Q> quotes, Function<Q, String> text) {
        int n = quotes.size();
        boolean[] missing = new boolean[n];
        int half = n >= PARALLEL ? n / 2 : n;
        Aside<Void> second = null;
        if (half < n) {
            second = Aside.start("pack-quotes", () -> {
                lookUp(essay, quotes, text, missing, half, n);
                return null;
            });
        }
        lookUp(essay, quotes, text, missing, 0, half);
        if (second != null) {
            second.join();
        }
        return missing;
    }

    private static <Q> void lookUp(Essay essay, List<Q> quotes, Function<Q, String> text, boolean[] missing, int from,
            int to) {
        for (int i = from; i < to; i++) {
            missing[i] = !essay.contains(text.apply(quotes.get(i)));
        }
    }
}
