package org.xistudy.content.model;

import java.util.List;

/** A person, named in English, in Chinese characters and in pinyin. */
public record Person(String id, String name, String zh, String pinyin, String summary, List<Cite> cite)
        implements Cited {
    public Person {
        cite = Lists.of(cite);
    }
}
