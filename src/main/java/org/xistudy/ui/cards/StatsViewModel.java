package org.xistudy.ui.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.xistudy.study.progress.PackProgress;
import org.xistudy.study.progress.Statistics;
import org.xistudy.study.progress.StudyDay;
import org.xistudy.study.progress.StudyItem;
import org.xistudy.ui.services.StudyService;

/** The statistics page's figures, recomputed whenever progress changes. */
public final class StatsViewModel {
    /** Days shown in the review history and the forecast. */
    public static final int DAYS = 30;
    /** Weeks shown in the retention history. */
    public static final int WEEKS = 12;

    /** Everything the page shows, computed at one moment. */
    public record Figures(LocalDate today, List<Statistics.Day> reviews, int[] forecast,
            Map<Statistics.Bucket, Integer> states, Statistics.Retention week, Statistics.Retention month,
            Statistics.Retention all, List<Statistics.Retention> weekly, int totalReviews) {
    }

    private final StudyService service;
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>(this, "figures");

    public StatsViewModel(StudyService service) {
        this.service = service;
        service.revisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public Figures getFigures() {
        return figures.get();
    }

    public void refresh() {
        Instant now = service.now();
        var zone = service.zone();
        LocalDate today = StudyDay.of(now, zone);
        PackProgress p = service.progress();
        List<String> keys = service.items().stream().map(StudyItem::key).toList();
        var log = p.log();
        List<Statistics.Retention> weekly = new ArrayList<>();
        for (int w = WEEKS - 1; w >= 0; w--) {
            LocalDate end = today.minusDays(7L * w);
            weekly.add(Statistics.retention(log, end.minusDays(6), end, zone));
        }
        figures.set(new Figures(today, Statistics.reviewsPerDay(log, today, DAYS, zone),
                Statistics.dueForecast(keys, p, now, zone, DAYS), Statistics.countsByState(keys, p),
                Statistics.retention(log, today.minusDays(6), today, zone),
                Statistics.retention(log, today.minusDays(29), today, zone),
                Statistics.retention(log, LocalDate.MIN, LocalDate.MAX, zone), List.copyOf(weekly), log.size()));
    }
}
