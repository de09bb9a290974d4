package org.xistudy.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry of the UI's parts: each has its resource bundle of text and its style sheet
 * (either may be missing). The shell comes first; views are listed in {@link ViewId}, which names
 * its part. Adding a view means adding it here and there, nowhere else.
 */
public enum UiPart {
    SHELL("messages", "app"),
    EXCHANGE("exchange", "exchange"),
    /** The shared evidence panel: its text (its style sheet is the control's own, evidence-view.css). */
    EVIDENCE("evidence", "evidence"),
    READER("reader", "reader"),
    TIMELINE("timeline", "timeline"),
    INSTITUTIONS("institutions", "institutions"),
    CARDS("cards", "cards"),
    QUIZ("quiz", "quiz"),
    ARGUMENT("argument", "argument"),
    LESSONS("lessons", "lessons"),
    PRESENT("present", "present"),
    PRINT("print", "print"),
    /** The content validator's problems in the UI's words (no style sheet of its own). */
    PROBLEMS("problems", "problems");

    private final String bundle;
    private final String sheet;

    UiPart(String bundle, String sheet) {
        this.bundle = bundle;
        this.sheet = sheet;
    }

    /** The base name of the part's resource bundle, as {@link java.util.ResourceBundle} takes it. */
    public String bundle() {
        return "i18n." + bundle;
    }

    /** The resource path of the part's style sheet. */
    public String stylesheet() {
        return "/css/" + sheet + ".css";
    }

    /** Every part's bundle, the shell's first. */
    public static List<String> bundles() {
        return Arrays.stream(values()).map(UiPart::bundle).toList();
    }

    /**
     * The style sheets a main window can leave out until it shows a view that needs them: those
     * of the views' parts and of the lesson presentation's, which the lessons view draws on.
     */
    public static Set<String> viewStylesheets() {
        Set<String> out = new LinkedHashSet<>();
        for (ViewId v : ViewId.values()) {
            out.addAll(v.stylesheets());
        }
        out.add(PRESENT.stylesheet());
        return out;
    }

    /** Every part's style sheet, the shell's first. */
    public static List<String> stylesheets() {
        return Arrays.stream(values()).map(UiPart::stylesheet).toList();
    }
}
