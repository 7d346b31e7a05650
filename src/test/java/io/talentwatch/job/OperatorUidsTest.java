package io.talentwatch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.talentwatch.definition.JobDefinitionLoader;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/**
 * A savepoint maps state to operators by uid; an operator without one gets a uid hashed from the
 * topology, which changes when the topology does, and its state (Kafka offsets, windows, spike
 * baselines) is then lost or refused on upgrade. So every operator of the job sets its own.
 */
class OperatorUidsTest {

    @Test
    void everyOperatorOfTheJobHasAStableUid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        TalentWatchJob.build(env, JobDefinitionLoader.load(Path.of("jobs/talent-poaching.yaml")), null);
        StreamGraph graph = env.getStreamGraph();

        List<String> withoutUid = graph.getStreamNodes().stream()
                .filter(node -> node.getTransformationUID() == null)
                .map(StreamNode::getOperatorName)
                .toList();
        List<String> uids = graph.getStreamNodes().stream().map(StreamNode::getTransformationUID).toList();

        assertThat(withoutUid).as("operators without a uid").isEmpty();
        assertThat(uids).doesNotHaveDuplicates().contains("feeds-source", "series-windows", "spike-detector");
    }
}
