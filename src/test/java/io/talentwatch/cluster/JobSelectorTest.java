package io.talentwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobSelectorTest {
    private static final String CLUSTER = "http://flink:8081";
    private static final JobSummary OLD_FINISHED = job("a", "talentwatch: talent-poaching", JobState.FINISHED, 100);
    private static final JobSummary RUNNING = job("b", "talentwatch: talent-poaching", JobState.RUNNING, 200);
    private static final JobSummary OTHER = job("c", "talentwatch: other-watch", JobState.RUNNING, 300);
    private static final JobSummary LATER_CANCELED = job("d", "talentwatch: talent-poaching", JobState.CANCELED, 400);

    @Test
    void definitionNameFindsTheActiveJobOfThatNameOnly() {
        JobSelector selector = JobSelector.byDefinitionName("talent-poaching");

        assertThat(selector.active(List.of(OLD_FINISHED, RUNNING, OTHER, LATER_CANCELED), CLUSTER)).isEqualTo(RUNNING);
        assertThat(selector.findActive(List.of(OLD_FINISHED, OTHER))).isEmpty();
        // A prefix of another name is not that name.
        assertThat(JobSelector.byDefinitionName("talent").findActive(List.of(RUNNING))).isEmpty();
    }

    @Test
    void latestPrefersTheActiveJobThenTheLastStarted() {
        JobSelector selector = JobSelector.byDefinitionName("talent-poaching");

        assertThat(selector.latest(List.of(LATER_CANCELED, RUNNING, OLD_FINISHED), CLUSTER)).isEqualTo(RUNNING);
        assertThat(selector.latest(List.of(OLD_FINISHED, LATER_CANCELED), CLUSTER)).isEqualTo(LATER_CANCELED);
    }

    @Test
    void anUnknownNameIsNamedWithWhatTheClusterRuns() {
        assertThatThrownBy(() -> JobSelector.byDefinitionName("nope").active(List.of(RUNNING, OLD_FINISHED), CLUSTER))
                .isInstanceOf(NoSuchJobException.class)
                .hasMessageStartingWith("No active job 'talentwatch: nope' on the Flink cluster at " + CLUSTER)
                .hasMessageContaining("'talentwatch: talent-poaching' " + RUNNING.id() + " RUNNING")
                .hasMessageNotContaining(OLD_FINISHED.id().value());
        assertThatThrownBy(() -> JobSelector.byDefinitionName("nope").latest(List.of(), CLUSTER))
                .hasMessage("No job 'talentwatch: nope' on the Flink cluster at " + CLUSTER + " (it runs no jobs)");
    }

    @Test
    void twoActiveJobsOfOneNameAskForAnId() {
        JobSummary second = job("e", "talentwatch: talent-poaching", JobState.RESTARTING, 500);

        assertThatThrownBy(() -> JobSelector.byDefinitionName("talent-poaching").findActive(List.of(RUNNING, second)))
                .isInstanceOf(NoSuchJobException.class)
                .hasMessageContaining("More than one job 'talentwatch: talent-poaching' is active")
                .hasMessageContaining("--job-id");
    }

    @Test
    void anIdSelectsThatJobWhateverItsNameAndState() {
        assertThat(JobSelector.byId(OTHER.id()).active(List.of(RUNNING, OTHER), CLUSTER)).isEqualTo(OTHER);
        assertThat(JobSelector.byId(OLD_FINISHED.id()).latest(List.of(RUNNING, OLD_FINISHED), CLUSTER)).isEqualTo(OLD_FINISHED);
        assertThatThrownBy(() -> JobSelector.byId(OLD_FINISHED.id()).active(List.of(OLD_FINISHED), CLUSTER))
                .hasMessageStartingWith("No active job " + OLD_FINISHED.id());
    }

    private static JobSummary job(String hexDigit, String name, JobState state, long startSeconds) {
        return new JobSummary(new JobId(hexDigit.repeat(32)), name, state,
                Optional.of(Instant.ofEpochSecond(startSeconds)), Duration.ofSeconds(10));
    }
}
