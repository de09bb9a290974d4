package org.xistudy.content.model;

import org.xistudy.content.PartialDate;

/** The essay the pack teaches. {@code seed} is the path of its text, such as {@code seeds/essay.txt}. */
public record Source(String title, String author, String publisher, PartialDate date, String url, String seed) {
}
