package io.talentwatch.local;

import java.time.Duration;

/**
 * How to start one local service; {@link LocalElasticsearch#defaultOptions()} and
 * {@link LocalKafka#defaultOptions()} give each service's defaults.
 *
 * @param preferredPort port to use when free, else any free port; 0 means any free port
 * @param heap          JVM heap of the service, e.g. "512m"
 * @param startTimeout  how long to wait for the service to be ready
 * @param keepWorkDir   keep the work directory (config, data, logs) after close, for debugging
 */
public record ServiceOptions(int preferredPort, String heap, Duration startTimeout, boolean keepWorkDir) {

    public ServiceOptions withPort(int port) {
        return new ServiceOptions(port, heap, startTimeout, keepWorkDir);
    }

    public ServiceOptions withHeap(String newHeap) {
        return new ServiceOptions(preferredPort, newHeap, startTimeout, keepWorkDir);
    }

    public ServiceOptions withStartTimeout(Duration timeout) {
        return new ServiceOptions(preferredPort, heap, timeout, keepWorkDir);
    }

    public ServiceOptions withKeepWorkDir(boolean keep) {
        return new ServiceOptions(preferredPort, heap, startTimeout, keep);
    }
}
