package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A service that cannot start fails fast, says why (log tail) and leaves no work directory. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LocalStartFailureIT {

    private static final Pattern WORK_DIR = Pattern.compile("\\[work dir (\\S+) removed]");

    @Test
    void elasticsearchThatCannotStartReportsTheLogTail() {
        // The JVM itself refuses a 1 KB heap: the node dies during startup.
        Throwable failure = catchThrowable(() -> LocalElasticsearch.start(
                LocalElasticsearch.defaultOptions().withPort(0).withHeap("1k")));

        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Elasticsearch did not start")
                .hasMessageContaining("exited with code")
                .hasMessageContaining("--- last lines of ")
                .hasMessageContaining("Too small maximum heap");
        assertThat(workDirIn(failure.getMessage())).doesNotExist();
    }

    @Test
    void kafkaThatCannotStartReportsTheLogTail() {
        Throwable failure = catchThrowable(() -> LocalKafka.start(
                LocalKafka.defaultOptions().withPort(0).withHeap("1k")));

        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Kafka did not start")
                .hasMessageContaining("exited with code")
                .hasMessageContaining("Too small maximum heap");
        assertThat(workDirIn(failure.getMessage())).doesNotExist();
    }

    private static Path workDirIn(String message) {
        Matcher matcher = WORK_DIR.matcher(message);
        assertThat(matcher.find()).as(message).isTrue();
        Path dir = Path.of(matcher.group(1));
        assertThat(dir.getFileName().toString()).startsWith("talentwatch-");
        return dir;
    }
}
