package org.xistudy.content.model;

import org.xistudy.content.PartialDate;

/** An outside source: a book, article, official document or reference work. */
public record Reference(String id, String title, String author, String publisher, String url, PartialDate date) {
}
