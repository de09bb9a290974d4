package org.xistudy.content.essay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xistudy.content.essay.Essay.Block;
import org.xistudy.content.essay.Essay.Kind;
import org.xistudy.content.essay.Essay.Section;

/**
 * Splits a plain-text essay into blocks. Blocks are separated by blank lines. The first block is
 * the title. A short one-line block without closing punctuation is a heading. A block whose lines
 * repeat one another, or that starts with "PHOTO:", is a photo caption. From the author's note
 * (a block that starts with the author's name) on, everything is back matter.
 */
public final class EssayParser {
    private static final int MAX_HEADING_LENGTH = 80;

    private EssayParser() {
    }

    public static Essay parse(String text, String authorName) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        List<List<String>> rawBlocks = splitBlocks(unix);
        List<Block> blocks = new ArrayList<>();
        Map<String, List<Block>> bySection = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        String title = "";
        String section = Essay.OPENING;
        bySection.put(section, new ArrayList<>());
        headings.put(section, null);
        boolean backMatter = false;
        int paragraphs = 0;
        int captions = 0;
        int back = 0;
        for (int i = 0; i < rawBlocks.size(); i++) {
            List<String> lines = rawBlocks.get(i);
            String joined = Essay.normalize(String.join(" ", lines));
            if (i == 0) {
                title = joined;
                blocks.add(new Block("title", Kind.TITLE, 0, section, joined));
                continue;
            }
            if (!backMatter && authorName != null && !authorName.isBlank()
                    && joined.startsWith(authorName.strip() + " ")) {
                backMatter = true;
            }
            Block block;
            if (backMatter) {
                block = new Block("b" + (++back), Kind.BACK_MATTER, 0, section, joined);
            } else if (isCaption(lines)) {
                block = new Block("c" + (++captions), Kind.CAPTION, 0, section, Essay.normalize(lines.get(0)));
            } else if (isHeading(lines)) {
                section = uniqueSlug(joined, bySection);
                bySection.put(section, new ArrayList<>());
                headings.put(section, joined);
                block = new Block("h-" + section, Kind.HEADING, 0, section, joined);
            } else {
                block = new Block("p" + (++paragraphs), Kind.PARAGRAPH, paragraphs, section, joined);
            }
            blocks.add(block);
            bySection.get(section).add(block);
        }
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, List<Block>> e : bySection.entrySet()) {
            sections.add(new Section(e.getKey(), headings.get(e.getKey()), List.copyOf(e.getValue())));
        }
        return new Essay(title, blocks, sections, Essay.normalize(unix));
    }

    private static List<List<String>> splitBlocks(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static boolean isCaption(List<String> lines) {
        if (lines.get(0).startsWith("PHOTO:")) {
            return true;
        }
        return lines.size() > 1 && lines.stream().allMatch(l -> l.equals(lines.get(0)));
    }

    private static boolean isHeading(List<String> lines) {
        if (lines.size() != 1) {
            return false;
        }
        String s = lines.get(0);
        if (s.length() > MAX_HEADING_LENGTH || s.contains(":") || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".!?;,\"\u201D)'\u2019".indexOf(last) < 0;
    }

    private static String uniqueSlug(String heading, Map<String, ?> taken) {
        String base = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "section";
        }
        String slug = base;
        for (int n = 2; taken.containsKey(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
