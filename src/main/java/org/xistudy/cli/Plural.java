package org.xistudy.cli;

/** "1 card", "2 cards": the command line's English counts. */
final class Plural {
    private Plural() {
    }

    static String of(long n, String one) {
        return of(n, one, one + "s");
    }

    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
