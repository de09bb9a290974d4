package org.xistudy.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Which screen gets which window, for one, two and three screens. */
class ScreenPlanTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1440, 0, 1024, 768);
    private static final Rectangle2D LEFT = new Rectangle2D(-1280, 0, 1280, 720);

    @Test
    void oneScreenGetsTheAudienceAndThePresenterViewWaits() {
        ScreenPlan plan = ScreenPlan.of(List.of(LAPTOP), LAPTOP);
        assertEquals(LAPTOP, plan.audience());
        assertNull(plan.presenter());
        assertFalse(plan.twoScreens());
    }

    @Test
    void withTwoScreensTheAudienceGoesWhereTheTeacherIsNot() {
        ScreenPlan plan = ScreenPlan.of(List.of(LAPTOP, PROJECTOR), LAPTOP);
        assertEquals(PROJECTOR, plan.audience());
        assertEquals(LAPTOP, plan.presenter());
        // the teacher's window on the second screen: the first is the audience's
        ScreenPlan swapped = ScreenPlan.of(List.of(LAPTOP, PROJECTOR), PROJECTOR);
        assertEquals(LAPTOP, swapped.audience());
        assertEquals(PROJECTOR, swapped.presenter());
        assertTrue(swapped.twoScreens());
    }

    @Test
    void withThreeScreensTheFirstOtherScreenIsTheAudiences() {
        ScreenPlan plan = ScreenPlan.of(List.of(LAPTOP, LEFT, PROJECTOR), LAPTOP);
        assertEquals(LEFT, plan.audience());
        assertEquals(LAPTOP, plan.presenter());
    }

    @Test
    void thePresenterWindowOnOneScreenIsCentredAndFits() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 768);
        Rectangle2D w = ScreenPlan.windowOn(small);
        assertTrue(w.getWidth() <= 1024 && w.getHeight() <= 768);
        assertEquals((1024 - w.getWidth()) / 2, w.getMinX(), 1e-9);
        assertEquals((768 - w.getHeight()) / 2, w.getMinY(), 1e-9);
    }

    @Test
    void screensCanBeNamedForAWideVirtualDisplay() {
        assertEquals(List.of(new Rectangle2D(0, 0, 1280, 800), new Rectangle2D(1280, 0, 1024, 768)),
                Screens.parse("0,0,1280,800; 1280,0,1024,768").orElseThrow());
        for (String bad : new String[] {null, "", "0,0,nonsense", "0,0,1280", "0,0,0,800", "0,0,-5,5;1,1,1,1"}) {
            assertTrue(Screens.parse(bad).isEmpty(), bad);
        }
    }
}
