package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentwatch.testing.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay --dry-run}, {@code --from}/{@code --to} and {@code --skip}: what would be published, with no Kafka at all. */
class ReplayDryRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_KAFKA = "127.0.0.1:1";

    private static Path history(Path dir) throws Exception {
        return Files.writeString(dir.resolve("history.jsonl"), """
                {"id":"a","source":"wire","kind":"news","title":"first","published":"2025-06-20T10:00:00Z"}
                {"id":"b","source":"wire","kind":"news","title":"second","published":"2025-06-20T12:00:00Z"}
                {"id":"c","source":"wire","kind":"news","title":"third","published":"2025-06-21T10:00:00Z"}
                {"id":"d","source":"wire","kind":"news","title":"fourth","published":"2025-06-22T10:00:00Z"}
                """);
    }

    private static List<String> ids(CliRun run) {
        return run.out().lines().map(line -> {
            try {
                return JSON.readTree(line).path("id").asText();
            } catch (Exception e) {
                throw new AssertionError("not a JSON line on standard output: " + line, e);
            }
        }).toList();
    }

    @Test
    void aDryRunPrintsWhatWouldBePublishedAndRejectsWhatWouldBeRejected() throws Exception {
        Path malformed = Path.of("src/test/resources/feeds/malformed.jsonl");
        CliRun run = CliRun.of("replay", malformed.toString(), "--dry-run", "--no-progress", "--kafka", NO_KAFKA);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(5);
        // Decoded leniently: one line of the file is not UTF-8 on purpose.
        List<String> good = new String(Files.readAllBytes(malformed), StandardCharsets.UTF_8).lines()
                .filter(run.out().lines().toList()::contains).toList();
        assertThat(good).as("article JSON lines go out byte for byte").hasSize(5);
        assertThat(run.err()).contains("read 12, printed 5, rejected 7 (dry run: nothing published)", "rejected 1: missing 'published'")
                .doesNotContain("sent to the dead-letter topic");
    }

    @Test
    void aWireFormatDryRunShowsTheArticleJsonOldestFirst() {
        CliRun run = CliRun.of("replay", "src/test/resources/feeds/formats/atom-blogger.xml", "--format", "atom", "--dry-run",
                "--no-progress", "--kafka", NO_KAFKA);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ids(run)).containsExactly("tag:blogger.com,1999:blog-7744.post-5521", "tag:blogger.com,1999:blog-7744.post-5522");
        assertThat(run.out()).contains("\"source\":\"ailabswatch.blogspot.com\"", "\"lang\":\"en\"");
    }

    @Test
    void aFeedDefinitionGivesTheFormatAndTheCsvMappingAsTheOptionsWould() {
        String csv = "src/test/resources/feeds/formats/articles.csv";
        CliRun byDefinition = CliRun.of("replay", csv, "--feed", "connectors/feeds/archives.yaml", "--feed-name", "newsroom-archive",
                "--dry-run", "--no-progress", "--kafka", NO_KAFKA);
        CliRun byOptions = CliRun.of("replay", csv, "--format", "csv", "--map", "title=Headline", "--map", "text=Body", "--map", "url=Link",
                "--map", "published=Date", "--map", "source=Outlet", "--map", "author=Byline", "--source", "newsroom-archive",
                "--dry-run", "--no-progress", "--kafka", NO_KAFKA);
        assertThat(byDefinition.exitCode()).as(byDefinition.err()).isZero();
        assertThat(byDefinition.out()).contains("\"title\":\"Meta lures OpenAI researchers\"", "\"source\":\"Example News\"")
                .isEqualTo(byOptions.out());
    }

    @Test
    void aFeedThatIsNotInTheFileIsNamedWithTheFeedsItHas() {
        CliRun run = CliRun.of("replay", "src/test/resources/feeds/formats/articles.csv", "--feed", "connectors/feeds/archives.yaml",
                "--feed-name", "nope", "--dry-run", "--kafka", NO_KAFKA);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--feed-name: no feed 'nope'", "newsroom-archive");

        CliRun both = CliRun.of("replay", "src/test/resources/feeds/formats/articles.csv", "--feed", "connectors/feeds/archives.yaml",
                "--format", "csv", "--dry-run", "--kafka", NO_KAFKA);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("leave out --format");
    }

    @Test
    void fromAndToSelectByTheItemsOwnTime(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("replay", history(dir).toString(), "--from", "2025-06-20T11:00:00Z", "--to", "2025-06-22",
                "--dry-run", "--no-progress", "--kafka", NO_KAFKA);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ids(run)).containsExactly("b", "c");
        assertThat(run.err()).contains("read 4, printed 2, rejected 0", "left out 2 item(s) outside --from/--to");
    }

    @Test
    void aRebasedDryRunKeepsItsStandardOutputForItemsAlone(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("replay", history(dir).toString(), "--rebase-to-now", "--dry-run", "--no-progress", "--kafka", NO_KAFKA);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ids(run)).containsExactly("a", "b", "c", "d");
        assertThat(run.err()).contains("rebased to now: every item moves by ");
    }

    @Test
    void skipResumesAfterTheEntriesAlreadyDone(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("replay", history(dir).toString(), "--skip", "2", "--dry-run", "--no-progress", "--kafka", NO_KAFKA);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ids(run)).containsExactly("c", "d");
        assertThat(run.err()).contains("read 2, printed 2", "passed over the first 2 entries (--skip)");
    }

    @Test
    void skipCountsLinesAsTheProgressBarDoesDeletesAndBlankLinesIncluded(@TempDir Path dir) throws Exception {
        Path capture = Files.writeString(dir.resolve("capture.jsonl"), """
                {"id":"a","source":"wire","kind":"news","title":"first","published":"2025-06-20T10:00:00Z"}

                {"deleted":true,"source":"wire","id":"a","published":"2025-06-20T11:00:00Z"}
                {"id":"b","source":"wire","kind":"news","title":"second","published":"2025-06-20T12:00:00Z"}
                {"id":"c","source":"wire","kind":"news","title":"third","published":"2025-06-21T10:00:00Z"}
                """);
        CliRun run = CliRun.of("replay", capture.toString(), "--skip", "3", "--dry-run", "--no-progress", "--kafka", NO_KAFKA);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ids(run)).as("the item, the blank line and the delete were done before").containsExactly("b", "c");
        assertThat(run.err()).contains("read 2, printed 2", "passed over the first 3 entries (--skip)").doesNotContain("delete(s)");
    }

    @Test
    void badBoundsAreOptionErrors(@TempDir Path dir) throws Exception {
        CliRun reversed = CliRun.of("replay", history(dir).toString(), "--from", "2025-06-22", "--to", "2025-06-21", "--dry-run");
        assertThat(reversed.exitCode()).isEqualTo(2);
        assertThat(reversed.err()).contains("--from/--to/--skip: from (2025-06-22T00:00:00Z) must be before to (2025-06-21T00:00:00Z)");
        CliRun unreadable = CliRun.of("replay", history(dir).toString(), "--from", "last week", "--dry-run");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.err()).contains("--from", "'last week' is not a time");
        CliRun negative = CliRun.of("replay", history(dir).toString(), "--skip", "-1", "--dry-run");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("skip must be 0 or more");
    }
}
