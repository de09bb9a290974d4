package org.xistudy.content.model;

/** One pair of a matching card. */
public record MatchPair(String left, String right) {
}
