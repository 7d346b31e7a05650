package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.plot.PlotSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoPlotsTest {
    @Test
    void fileNamesAreSafeReadableAndDistinct() {
        Set<String> taken = new HashSet<>();
        assertThat(DemoPlots.fileName("company:meta", taken)).isEqualTo("company-meta.png");
        assertThat(DemoPlots.fileName("company-topic:meta:talent-poaching", taken)).isEqualTo("company-topic-meta-talent-poaching.png");
        assertThat(DemoPlots.fileName("flow:meta<-openai", taken)).isEqualTo("flow-meta-from-openai.png");
        assertThat(DemoPlots.fileName("company:../../etc/passwd", taken)).isEqualTo("company-etc-passwd.png");
        assertThat(DemoPlots.fileName("Company:Meta", taken)).as("taken, whatever the case").isEqualTo("company-meta-2.png");
    }

    @Test
    void aSpikeIsShadedFromItsFirstFlaggedSlideToItsLastOne() {
        Duration slide = Duration.ofMinutes(15);
        Instant opened = Instant.parse("2025-06-28T10:00:00Z");
        Instant closed = Instant.parse("2025-06-28T13:00:00Z");
        IndexedSpike done = new IndexedSpike("company:meta", opened, closed, closed, 8);
        IndexedSpike open = new IndexedSpike("company:meta", opened, Instant.parse("2025-06-28T11:00:00Z"), null, 5);

        assertThat(done.flaggedSpan(slide, 4)).isEqualTo(new PlotSpan(Instant.parse("2025-06-28T09:45:00Z"),
                Instant.parse("2025-06-28T12:00:00Z")));
        assertThat(open.flaggedSpan(slide, 4)).isEqualTo(new PlotSpan(Instant.parse("2025-06-28T09:45:00Z"),
                Instant.parse("2025-06-28T11:00:00Z")));
    }
}
