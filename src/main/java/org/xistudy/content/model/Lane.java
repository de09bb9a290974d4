package org.xistudy.content.model;

/** A row of the timeline, such as "Leadership and consolidation". */
public record Lane(String id, String title, String summary) {
}
