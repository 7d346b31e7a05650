package io.talentwatch.job;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.definition.JobDefinitionLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job jar's arguments. The definition comes as a file path, or inline (as {@code talentwatch submit}
 * sends it, since the cluster cannot see the submitter's files); deployment addresses override it.
 *
 * <pre>
 *   --definition FILE | --definition-yaml TEXT [--definition-name NAME]
 *   [--kafka HOST:PORT] [--es URL[,URL]] [--es-user NAME] [--es-password-file FILE] [--from-timestamp EPOCH_MS]
 * </pre>
 *
 * There is no password argument: job arguments are visible in Flink's web UI and REST API, so the
 * job reads its password where it runs (see {@link io.talentwatch.secret.ElasticsearchLogin}).
 */
public record JobArguments(JobDefinition definition, Long fromTimestamp) {
    private static final List<String> OPTIONS = List.of(
            "--definition", "--definition-yaml", "--definition-name", "--kafka", "--es", "--es-user", "--es-password-file",
            "--from-timestamp");

    public static JobArguments parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option '" + option + "'; expected one of " + OPTIONS);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option '" + option + "' needs a value");
            }
            values.put(option, args[++i]);
        }
        JobDefinition job;
        if (values.containsKey("--definition-yaml")) {
            job = JobDefinitionLoader.parse(values.get("--definition-yaml"), values.getOrDefault("--definition-name", "<inline>"));
        } else if (values.containsKey("--definition")) {
            job = JobDefinitionLoader.load(Path.of(values.get("--definition")));
        } else {
            throw new IllegalArgumentException("give the job definition with --definition FILE or --definition-yaml TEXT");
        }
        job = job.withDeployment(values.get("--kafka"), values.get("--es"))
                .withElasticsearchLogin(values.get("--es-user"), values.get("--es-password-file"));
        Long from = null;
        if (values.containsKey("--from-timestamp")) {
            try {
                from = Long.parseLong(values.get("--from-timestamp"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option '--from-timestamp' needs epoch milliseconds, got '"
                        + values.get("--from-timestamp") + "'");
            }
        }
        return new JobArguments(job, from);
    }
}
