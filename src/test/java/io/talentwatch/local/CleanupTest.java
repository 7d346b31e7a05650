package io.talentwatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanupTest {
    @TempDir
    Path dir;

    @Test
    void closesNewestFirstOnceThenRunsTheAfterwardsAction() throws Exception {
        List<String> done = new ArrayList<>();
        Path work = Files.createDirectories(dir.resolve("work/inner"));
        Files.writeString(work.resolve("file"), "x");
        Cleanup cleanup = new Cleanup("test", () -> done.add("afterwards"));
        cleanup.deleteAtEnd(dir.resolve("work"));
        cleanup.closeAtEnd(() -> done.add("stack"));
        cleanup.closeAtEnd(() -> {
            throw new IllegalStateException("a failure does not stop the rest");
        });
        cleanup.closeAtEnd(() -> done.add("flink"));

        cleanup.close();
        cleanup.close();

        assertThat(done).containsExactly("flink", "stack", "afterwards");
        assertThat(dir.resolve("work")).doesNotExist();
    }

    @Test
    void whatComesAfterTheCloseIsClosedAtOnceAndRefused() {
        List<String> done = new ArrayList<>();
        Cleanup cleanup = new Cleanup("test", () -> {});
        cleanup.close();

        assertThatThrownBy(() -> cleanup.closeAtEnd(() -> done.add("late"))).isInstanceOf(IllegalStateException.class);
        assertThat(done).containsExactly("late");
    }
}
