package io.talentwatch.samples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws from each pool without replacement until it runs dry, then reshuffles: the same sentence
 * template does not come up twice in a row while others wait unused.
 */
final class ShuffleBag {

    private final Random rng;
    private final Map<List<?>, Deque<Object>> bags = new IdentityHashMap<>();

    ShuffleBag(Random rng) {
        this.rng = rng;
    }

    /** Makes the first pass through {@code pool} go in the order written; later passes shuffle. */
    void inOrderFirst(List<?> pool) {
        bags.put(pool, new ArrayDeque<>(pool));
    }

    @SuppressWarnings("unchecked")
    <T> T next(List<T> pool) {
        Deque<Object> bag = bags.computeIfAbsent(pool, p -> new ArrayDeque<>());
        if (bag.isEmpty()) {
            List<Object> shuffled = new ArrayList<>(pool);
            Collections.shuffle(shuffled, rng);
            bag.addAll(shuffled);
        }
        return (T) bag.poll();
    }
}
