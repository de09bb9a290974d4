/**
 * Crash-safe storage of the user's data, for any feature: {@link org.xistudy.study.storage.JsonStore}
 * keeps one value in one JSON file (atomic durable writes, a format version, corrupt files moved
 * aside, newer files refused), {@link org.xistudy.study.storage.InstanceLock} keeps a second
 * running copy of the app from writing the same data folder, and
 * {@link org.xistudy.study.storage.AtomicFiles} is the atomic write underneath. No JavaFX.
 */
package org.xistudy.study.storage;
