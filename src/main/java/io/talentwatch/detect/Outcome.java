package io.talentwatch.detect;

import java.util.Optional;

/**
 * What one step did: the key's next state, the step's judgement, and the spike's new state when
 * the step opened, grew, passed the peak of or closed a spike (empty otherwise: nothing to alert).
 */
public record Outcome(KeyState next, Judgement judgement, Optional<Episode> changed) {}
