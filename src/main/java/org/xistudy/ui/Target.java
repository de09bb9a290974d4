package org.xistudy.ui;

/** Something the user asked to see: where a link leads. */
public sealed interface Target {

    /** A timeline event. */
    record EventTarget(String eventId) implements Target {
    }

    /** A body on the institution chart, as it stood in {@code year} (null: the view's choice). */
    record InstitutionTarget(String institutionId, Integer year) implements Target {
    }

    /** A person, shown on the institution chart. */
    record PersonTarget(String personId, Integer year) implements Target {
    }

    /** A study card. */
    record CardTarget(String cardId) implements Target {
    }

    /** A passage of the essay: the words of {@code quote} highlighted, or a block by anchor. */
    record PassageTarget(String quote, String anchor) implements Target {
        public static PassageTarget quote(String quote) {
            return new PassageTarget(quote, null);
        }

        public static PassageTarget anchor(String anchor) {
            return new PassageTarget(null, anchor);
        }
    }

    /** A claim of the essay's argument, on the argument map. */
    record ClaimTarget(String claimId) implements Target {
    }

    /** A chart year, with nothing selected. */
    record YearTarget(int year) implements Target {
    }
}
