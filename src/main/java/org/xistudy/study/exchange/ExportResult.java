package org.xistudy.study.exchange;

import java.nio.file.Path;

/**
 * What an export wrote. For Anki: {@code notes} notes making {@code cards} cards (a reversed
 * note makes two) in {@code decks} decks. For TimelineJS: {@code events} events in {@code groups}
 * groups, and {@code eras} eras.
 */
public record ExportResult(Format format, Path file, int notes, int cards, int decks, int events, int groups,
        int eras) {
    static ExportResult anki(Format format, Path file, int notes, int cards, int decks) {
        return new ExportResult(format, file, notes, cards, decks, 0, 0, 0);
    }

    static ExportResult timeline(Path file, int events, int groups, int eras) {
        return new ExportResult(Format.TIMELINEJS, file, 0, 0, 0, events, groups, eras);
    }
}
