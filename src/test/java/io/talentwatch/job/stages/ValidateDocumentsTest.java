package io.talentwatch.job.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.model.DeadLetter;
import io.talentwatch.sink.DocumentRouting;
import io.talentwatch.sink.IndexedDocument;
import io.talentwatch.sink.check.IndexTemplate;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** The operator around the validator: good documents out, refused ones to the side output, ready for the sink. */
class ValidateDocumentsTest {

    /** A window document whose mentions count is whatever the element says. */
    private static Map<String, Object> window(Object mentions) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", "company:meta@" + mentions);
        json.put("series", "company:meta");
        json.put("window_end", "2025-06-28T07:00:00Z");
        json.put("mentions", mentions);
        return json;
    }

    /** The windows index as the bundled template names it (one index, or monthly ones). */
    private static final String INDEX = IndexTemplate.bundled("tw").stream().filter(t -> t.name().equals("tw-windows"))
            .findFirst().orElseThrow().indexPatterns().get(0).replace("*", "2025.06");

    @Test
    void passesGoodDocumentsSerializedAndSidesTheRefusedOnesAsDeadLetters() throws Exception {
        DocumentRouting<Object> routing = new DocumentRouting<>("tw", m -> INDEX, ValidateDocumentsTest::window);
        try (OneInputStreamOperatorTestHarness<Object, IndexedDocument> harness =
                     ProcessFunctionTestHarnesses.forProcessFunction(new ValidateDocuments<>(routing))) {
            harness.processElement(new StreamRecord<>(12, 1000L));
            harness.processElement(new StreamRecord<>("twelve", 2000L));

            List<IndexedDocument> out = harness.extractOutputValues();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).index()).isEqualTo(INDEX);
            assertThat(out.get(0).id()).isEqualTo("company:meta@12");
            assertThat(new String(out.get(0).source(), StandardCharsets.UTF_8)).contains("\"mentions\":12");

            List<DeadLetter> rejected = harness.getSideOutput(ValidateDocuments.REJECTED).stream()
                    .map(StreamRecord::getValue).toList();
            assertThat(rejected).hasSize(1);
            DeadLetter letter = rejected.get(0);
            assertThat(letter.stage()).isEqualTo("elasticsearch");
            assertThat(letter.reason()).startsWith("field 'mentions': expected a whole number for a long field");
            assertThat(letter.origin()).isEqualTo(INDEX + "/_doc/company:meta@twelve");
            assertThat(letter.at().toEpochMilli()).isEqualTo(2000L);
            assertThat(new String(letter.raw(), StandardCharsets.UTF_8)).contains("\"mentions\":\"twelve\"");
        }
    }

    @Test
    void anElementWhoseDocumentCannotBeBuiltIsADeadLetterNotAFailedJob() throws Exception {
        DocumentRouting<Object> routing = new DocumentRouting<>("tw", m -> INDEX, m -> {
            if (m instanceof String text) {
                text.substring(5, 3); // the kind of slip a span or flow offset could make
            }
            return window(m);
        });
        try (OneInputStreamOperatorTestHarness<Object, IndexedDocument> harness =
                     ProcessFunctionTestHarnesses.forProcessFunction(new ValidateDocuments<>(routing))) {
            harness.processElement(new StreamRecord<>("broken", 1000L));
            harness.processElement(new StreamRecord<>(7, 2000L));

            assertThat(harness.extractOutputValues()).extracting(IndexedDocument::id).containsExactly("company:meta@7");
            List<DeadLetter> rejected = harness.getSideOutput(ValidateDocuments.REJECTED).stream()
                    .map(StreamRecord::getValue).toList();
            assertThat(rejected).hasSize(1);
            assertThat(rejected.get(0).reason()).startsWith("cannot build the document: java.lang.StringIndexOutOfBoundsException");
            assertThat(rejected.get(0).origin()).isEqualTo(INDEX + "/String");
            assertThat(new String(rejected.get(0).raw(), StandardCharsets.UTF_8)).isEqualTo("broken");
            assertThat(rejected.get(0).at().toEpochMilli()).isEqualTo(1000L);
        }
    }
}
