package io.talentwatch.cli;

import io.talentwatch.plot.PlotSpan;
import java.time.Duration;
import java.time.Instant;

/**
 * One spike as the spikes index holds it. {@code openedAt} is the end of its first flagged window,
 * {@code updatedAt} the end of the window of its latest update, {@code closedAt} (null while open)
 * the end of the window that closed it, close-after-windows unflagged slides after its last flagged one.
 */
record IndexedSpike(String series, Instant openedAt, Instant updatedAt, Instant closedAt, int flaggedWindows) {

    /**
     * The slides the job flagged, from the first to the last, as a span: from the start of the
     * opening slide to the end of the last flagged slide (known exactly once closed; until then the
     * latest update).
     */
    PlotSpan flaggedSpan(Duration slide, int closeAfterWindows) {
        Instant last = closedAt == null ? updatedAt : closedAt.minus(slide.multipliedBy(closeAfterWindows));
        return new PlotSpan(openedAt.minus(slide), last);
    }
}
