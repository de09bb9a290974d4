package org.xistudy.study.progress;

/**
 * The user's study settings, kept in the data folder.
 *
 * @param dailyNewLimit how many new items to introduce per day (0 to 500)
 * @param desiredRetention the probability of recall intervals aim at (0.70 to 0.99)
 */
public record StudySettings(int dailyNewLimit, double desiredRetention) {
    public static final int MAX_NEW = 500;
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;

    public StudySettings {
        dailyNewLimit = Math.max(0, Math.min(MAX_NEW, dailyNewLimit));
        desiredRetention = Double.isFinite(desiredRetention)
                ? Math.max(MIN_RETENTION, Math.min(MAX_RETENTION, desiredRetention)) : 0.9;
    }

    public static StudySettings defaults() {
        return new StudySettings(20, 0.9);
    }
}
