package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AsideTest {

    @Test
    void theResultComesFromTheOtherThread() {
        Thread caller = Thread.currentThread();
        Aside<Thread> aside = Aside.start("test-aside", Thread::currentThread);
        Thread worker = aside.join();
        assertNotEquals(caller, worker);
        assertEquals("test-aside", worker.getName());
        assertTrue(worker.isDaemon());
    }

    @Test
    void itsFailureIsThrownAsItWas() {
        IllegalArgumentException failure = new IllegalArgumentException("bad pack");
        Aside<Object> aside = Aside.start("test-aside", () -> {
            throw failure;
        });
        assertSame(failure, assertThrows(IllegalArgumentException.class, aside::join));
        AssertionError error = new AssertionError("an error");
        assertSame(error, assertThrows(AssertionError.class, Aside.start("test-aside", () -> {
            throw error;
        })::join));
    }

    @Test
    void anInterruptedCallerDoesTheWorkItselfAndStaysInterrupted() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        List<String> ranOn = new CopyOnWriteArrayList<>();
        Aside<String> aside = Aside.start("test-aside", () -> {
            ranOn.add(Thread.currentThread().getName());
            if (!Thread.currentThread().getName().equals("test-aside")) {
                return "done here";
            }
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done aside";
        });
        Thread.currentThread().interrupt();
        try {
            assertEquals("done here", aside.join());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
            release.countDown();
        }
        assertTrue(ranOn.contains(Thread.currentThread().getName()), ranOn.toString());
    }
}
