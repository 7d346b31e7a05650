package io.talentwatch.job;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.java.typeutils.runtime.kryo.JavaSerializer;

/**
 * Mentions hold JDK immutable lists and maps ({@code List.copyOf}), which Kryo cannot rebuild (it
 * adds to them). They travel between keyed stages, so these classes are sent with Java
 * serialization, which they support, instead (Flink's wrapper, which reads with the job's class loader).
 */
public final class JdkCollections {
    private JdkCollections() {}

    @SuppressWarnings("deprecation") // pipeline.serialization-config says the same in YAML; this keeps it next to the topology
    public static void register(ExecutionConfig config) {
        for (Object sample : List.of(List.of(), List.of(1), List.of(1, 2, 3),
                Collections.unmodifiableSortedMap(new TreeMap<>()), Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2))) {
            config.registerTypeWithKryoSerializer(sample.getClass(), JavaSerializer.class);
        }
    }
}
