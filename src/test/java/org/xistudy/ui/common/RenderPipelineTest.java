package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xistudy.study.settings.RenderChoice;
import org.xistudy.study.settings.RenderChoiceFile;

/** A start asks for software only after one that let JavaFX choose ended with it. */
class RenderPipelineTest {
    private static final String HERE = "Test OS display=:5";
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void keepTheProperty() {
        before = System.getProperty(RenderPipeline.ORDER);
        System.clearProperty(RenderPipeline.ORDER);
    }

    @AfterEach
    void restoreTheProperty() {
        if (before == null) {
            System.clearProperty(RenderPipeline.ORDER);
        } else {
            System.setProperty(RenderPipeline.ORDER, before);
        }
    }

    private RenderPipeline start(Instant at) {
        RenderPipeline p = new RenderPipeline(new RenderChoiceFile(dir), HERE, Clock.fixed(at, ZoneOffset.UTC));
        p.beforeLaunch();
        return p;
    }

    @Test
    void softwareLearntOnOneStartIsAskedForOnTheNextUntilItIsTimeToTryAgain() {
        RenderPipeline first = start(T0);
        assertFalse(first.askedForSoftware());
        assertNull(System.getProperty(RenderPipeline.ORDER), "JavaFX chooses");
        RenderChoice learnt = first.learn(true);
        assertEquals(RenderChoice.learnt(HERE, true, T0), learnt);
        first.save(learnt);

        RenderPipeline second = start(T0.plus(Duration.ofDays(1)));
        assertTrue(second.askedForSoftware());
        assertEquals("sw", System.getProperty(RenderPipeline.ORDER));
        assertNull(second.learn(true), "nothing learnt when JavaFX was not let choose");

        System.clearProperty(RenderPipeline.ORDER);
        RenderPipeline later = start(T0.plus(RenderChoice.TRY_AGAIN));
        assertFalse(later.askedForSoftware(), "the GPU is tried again now and then");
        assertNull(System.getProperty(RenderPipeline.ORDER));
        RenderChoice gpu = later.learn(false);
        assertEquals(RenderChoice.learnt(HERE, false, T0.plus(RenderChoice.TRY_AGAIN)), gpu);
        later.save(gpu);
        RenderPipeline afterDriver = start(T0.plus(RenderChoice.TRY_AGAIN).plusSeconds(60));
        assertFalse(afterDriver.askedForSoftware());
        assertNull(afterDriver.learn(false), "the GPU again: nothing to write");
    }

    @Test
    void aPipelineTheUserChoseIsLeftAloneAndNotLearntFrom() {
        new RenderChoiceFile(dir).save(RenderChoice.learnt(HERE, true, T0));
        System.setProperty(RenderPipeline.ORDER, "es2");
        RenderPipeline p = start(T0.plusSeconds(60));
        assertFalse(p.askedForSoftware());
        assertEquals("es2", System.getProperty(RenderPipeline.ORDER));
        assertNull(p.learn(false));
    }
}
