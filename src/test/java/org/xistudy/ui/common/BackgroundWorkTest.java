package org.xistudy.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundWorkTest {

    @Test
    void sameThreadWorkIsDoneBeforeRunReturns() throws Exception {
        List<String> log = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundWork.sameThread().run(() -> "result", r -> log.add("done " + r + " fx=" + Platform.isFxApplicationThread()));
            log.add("returned");
        }).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("done result fx=true", "returned"), log);
    }

    @Test
    void threadsWorkOffTheFxThreadAndReportOnIt() throws Exception {
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<Boolean> doneOnFx = new CompletableFuture<>();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        BackgroundWork work = BackgroundWork.threads();
        work.run(() -> {
            workThread.complete(Thread.currentThread().getName());
            return 1;
        }, r -> doneOnFx.complete(Platform.isFxApplicationThread()));
        work.run(() -> {
            throw new IllegalStateException("broken");
        }, r -> { }, e -> failure.complete(e));
        assertTrue(doneOnFx.get(5, TimeUnit.SECONDS), "the result arrives on the FX thread");
        assertNotEquals("JavaFX Application Thread", workThread.get(5, TimeUnit.SECONDS));
        assertEquals("broken", failure.get(5, TimeUnit.SECONDS).getMessage());
    }
}
