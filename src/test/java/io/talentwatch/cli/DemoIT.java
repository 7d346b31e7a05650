package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.CliRun;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talentwatch demo} end to end: its own Kafka and Elasticsearch, the job, the sample, the spikes. */
class DemoIT {
    private static final Pattern SPIKE_ROW = Pattern.compile("(?m)^  (\\S+) +(?:open|peak|closed) +\\d{4}-");

    @TempDir
    Path plots;

    @Test
    void demoFindsTheMetaBurstDrawsEachSpikedSeriesAndStopsEverythingItStarted() throws Exception {
        Set<String> tempBefore = demoTempDirs();
        CliRun demo = CliRun.of("demo", "--plot", plots.resolve("pictures").toString(), "--plot-size", "1000x420");

        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
        assertThat(demo.out()).contains("Spikes found:");
        // Without --keep-running nothing runs at the end, and the output says only that.
        assertThat(demo.out()).endsWith("\n" + DemoCommand.STOPPED + System.lineSeparator())
                .doesNotContain("curl -s").doesNotContain("while the stack runs");
        assertThat(demoTempDirs()).as("the demo's temp folders in java.io.tmpdir").isEqualTo(tempBefore);
        // The meta burst is one spike, explained by its top terms and a headline.
        assertThat(demo.out()).containsPattern("(?m)^  company:meta +(open|peak|closed) +2025-06-28T\\S+ +\\d+ .*  \\S.*; \\S+");
        assertThat(demo.out()).as("the top talent flow of the sample's burst").containsPattern("Who poaches whom.*\\n  meta<-openai +\\d+");
        Matcher languages = Pattern.compile("mentions \\{(.*?)}").matcher(demo.out());
        assertThat(languages.find()).isTrue();
        assertThat(languages.group(1)).containsPattern("en=\\d+").containsPattern("ar=\\d+");
        assertPictures(demo.out());

        Matcher es = Pattern.compile("Elasticsearch (http://127\\.0\\.0\\.1:\\d+)").matcher(demo.out());
        assertThat(es.find()).isTrue();
        HttpRequest health = HttpRequest.newBuilder(URI.create(es.group(1) + "/_cluster/health")).build();
        try {
            HttpClient.newHttpClient().send(health, HttpResponse.BodyHandlers.discarding());
            throw new AssertionError("Elasticsearch at " + es.group(1) + " still answers after the demo");
        } catch (java.net.ConnectException expected) {
            // Stopped, as promised.
        }
    }

    /** One valid PNG of the asked size per series in the spikes table, each named in the output; meta's flagged bars in red. */
    private void assertPictures(String out) throws Exception {
        Set<String> expected = new TreeSet<>();
        Set<String> taken = new HashSet<>();
        Matcher rows = SPIKE_ROW.matcher(out);
        while (rows.find()) {
            expected.add(DemoPlots.fileName(rows.group(1), taken));
        }
        Path dir = plots.resolve("pictures");
        assertThat(expected).contains("company-meta.png");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(expected);
        }
        for (String name : expected) {
            assertThat(out).contains(dir.resolve(name).toString());
            BufferedImage image = ImageIO.read(dir.resolve(name).toFile());
            assertThat(image).as(name + " is a PNG ImageIO can read").isNotNull();
            assertThat(List.of(image.getWidth(), image.getHeight())).as(name).containsExactly(1000, 420);
        }
        assertThat(flaggedRed(ImageIO.read(dir.resolve("company-meta.png").toFile()))).as("the flagged windows' bars").isGreaterThan(200);
    }

    private static int flaggedRed(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y); // the flagged bars' red, rgb(196, 42, 28), or its anti-aliased edges
                count += (rgb >> 16 & 0xFF) > 150 && (rgb >> 8 & 0xFF) < 110 && (rgb & 0xFF) < 100 ? 1 : 0;
            }
        }
        return count;
    }

    private static Set<String> demoTempDirs() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("talentwatch-demo-"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
