package io.talentwatch.detect;

import io.talentwatch.definition.SpikeSettings;
import io.talentwatch.model.Spike;
import io.talentwatch.model.WindowStat;
import java.io.Serializable;
import java.util.Optional;

/**
 * Judges each window of one key against that key's baseline: a spike is a count of at least
 * {@code min-count} whose Poisson tail probability under the baseline mean is below
 * {@code significance}, once {@code warm-up-windows} of history exist. Plain Java, so the
 * {@code detect} command and the Flink operator run the same code.
 */
public final class SpikeDetector implements Serializable {
    private final SpikeSettings settings;
    private final long slideMillis;

    public SpikeDetector(SpikeSettings settings, long slideMillis) {
        this.settings = settings;
        this.slideMillis = slideMillis;
    }

    public Baseline emptyBaseline() {
        return Baseline.empty(settings.baselineWindows());
    }

    /** The verdict on one window and the baseline to judge the next one against. */
    public record Verdict(Optional<Spike> spike, Baseline next) {}

    public Verdict judge(Baseline baseline, WindowStat window) {
        long end = window.windowEnd().toEpochMilli();
        Baseline history = baseline.withZerosUntil(end, slideMillis);
        Optional<Spike> spike = Optional.empty();
        if (history.filled() >= settings.warmUpWindows() && window.mentions() >= settings.minCount()) {
            double expected = history.expected();
            double p = PoissonTail.atLeast(window.mentions(), expected);
            if (p < settings.significance()) {
                spike = Optional.of(new Spike(window.companyId(), window.windowStart(), window.windowEnd(),
                        window.mentions(), expected, p, 1 - p));
            }
        }
        // Spike windows join the baseline too: a lasting new level stops being a spike.
        return new Verdict(spike, history.with(window.mentions(), end));
    }
}
