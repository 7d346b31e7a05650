package io.talentwatch.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each wait instead of sleeping; the wait after the last allowed one ends the run as an interrupt would. */
final class ScriptedPause implements Pause {
    private final int allowed;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    ScriptedPause(int allowed) {
        this.allowed = allowed;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        waits.add(duration);
        if (waits.size() > allowed) {
            throw new InterruptedException("the test has seen enough");
        }
    }

    /** The waits the run asked for, the one that ended it included. */
    List<Duration> waits() {
        return List.copyOf(waits);
    }
}
