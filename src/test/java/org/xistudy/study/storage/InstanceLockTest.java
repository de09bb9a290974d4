package org.xistudy.study.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondHolderInTheSameProcessIsRefusedUntilTheFirstLetsGo() throws IOException {
        InstanceLock first = InstanceLock.acquire(dir);
        InstanceLock.HeldException e = assertThrows(InstanceLock.HeldException.class, () -> InstanceLock.acquire(dir));
        assertEquals(ProcessHandle.current().pid(), e.holderPid());
        assertTrue(e.getMessage().contains("another running copy"), e.getMessage());
        first.close();
        try (InstanceLock again = InstanceLock.acquire(dir)) {
            assertTrue(again.isHeld());
        }
    }

    @Test
    void anotherProcessHoldingTheFolderIsNamedAndTheLockEndsWithIt() throws Exception {
        Process child = new ProcessBuilder(ChildJvm.command(LockHolder.class, dir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            InstanceLock.HeldException e = assertThrows(InstanceLock.HeldException.class,
                    () -> InstanceLock.acquire(dir));
            assertEquals(child.pid(), e.holderPid());
            assertTrue(e.getMessage().contains("process " + child.pid()), e.getMessage());
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        try (InstanceLock mine = InstanceLock.acquire(dir)) {
            assertTrue(mine.isHeld(), "a killed holder leaves no lock behind");
        }
    }

    /** Holds the lock of the folder given as argument until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            InstanceLock lock = InstanceLock.acquire(Path.of(args[0]));
            System.out.println(lock.isHeld() ? "locked" : "not locked");
            System.out.flush();
            System.in.read(); // wait to be killed
        }
    }
}
