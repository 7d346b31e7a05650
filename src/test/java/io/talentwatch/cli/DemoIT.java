package io.talentwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.testing.CliRun;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code talentwatch demo} end to end: its own Kafka and Elasticsearch, the job, the sample, the spikes. */
class DemoIT {
    @Test
    void demoFindsTheMetaBurstAndStopsEverythingItStarted() throws Exception {
        CliRun demo = CliRun.of("demo");

        assertThat(demo.exitCode()).as(demo.out() + demo.err()).isZero();
        assertThat(demo.out()).contains("Spikes found:").contains("Stopped everything the demo started.");
        // The meta burst is one spike, explained by its top terms and a headline.
        assertThat(demo.out()).containsPattern("(?m)^  company:meta +(open|peak|closed) +2025-06-28T\\S+ +\\d+ .*  \\S.*; \\S+");
        assertThat(demo.out()).as("the top talent flow of the sample's burst").containsPattern("Who poaches whom.*\\n  meta<-openai +\\d+");
        Matcher languages = Pattern.compile("mentions \\{(.*?)}").matcher(demo.out());
        assertThat(languages.find()).isTrue();
        assertThat(languages.group(1)).containsPattern("en=\\d+").containsPattern("ar=\\d+");
        assertThat(demo.out()).contains("curl -s 'http://127.0.0.1:");

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
}
