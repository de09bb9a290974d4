package org.xistudy.study.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.xistudy.content.TestPacks;

class DataYearsTest {
    @Test
    void theLatestDateOfAnyKindCounts() {
        JsonObject pack = TestPacks.minimal();
        assertEquals(2023, DataYears.latest(TestPacks.load(pack).pack()), "the essay's own date");
        TestPacks.item(pack, "relations", 0).addProperty("end", "2025-02");
        assertEquals(2025, DataYears.latest(TestPacks.load(pack).pack()), "a relation's end");
        TestPacks.item(pack, "events", 1).addProperty("end", "2026");
        assertEquals(2026, DataYears.latest(TestPacks.load(pack).pack()), "an event's end");
    }
}
