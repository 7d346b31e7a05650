package io.talentwatch.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docker-compose.yml must hold for `docker compose up` to reach a populated dashboard, beyond
 * what the compose schema can say. Each rule returns the problems it finds, worded for the person
 * who edits the file; none means the file keeps the rule.
 */
final class ComposeRules {
    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?error}} and the forms without the colon; not {@code $${...}}. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])[^}]*)?}");
    static final String PROMETHEUS_FACTORY = "org.apache.flink.metrics.prometheus.PrometheusReporterFactory";

    private ComposeRules() {}

    /** Every depends_on target exists; a service_healthy target has a healthcheck; a service_completed_successfully target is a one-shot. */
    static List<String> dependencies(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        for (String service : compose.services().keySet()) {
            compose.dependsOn(service).forEach((target, condition) -> {
                if (!compose.services().containsKey(target)) {
                    problems.add(service + " depends on " + target + ", which is not a service");
                } else if (condition.equals("service_healthy") && !compose.service(target).containsKey("healthcheck")) {
                    problems.add(service + " waits for " + target + " to be healthy, but " + target + " has no healthcheck");
                } else if (condition.equals("service_completed_successfully") && !"no".equals(String.valueOf(compose.service(target).getOrDefault("restart", "no")))) {
                    problems.add(service + " waits for " + target + " to complete, but " + target + " restarts");
                }
            });
        }
        return problems;
    }

    /** Every variable the file interpolates is set in .env.example or has a default. */
    static List<String> variables(ComposeFile compose, Map<String, String> envExample) {
        List<String> problems = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(compose.text());
        while (matcher.find()) {
            String name = matcher.group(1);
            String operator = matcher.group(2);
            boolean hasDefault = operator != null && operator.endsWith("-");
            if (!hasDefault && !envExample.containsKey(name)) {
                problems.add("${" + name + "} is neither in .env.example nor given a default");
            }
        }
        return problems;
    }

    /** Flink services run the project's Flink on Java 17; Elasticsearch and Kibana run the project's Elasticsearch version. */
    static List<String> images(ComposeFile compose, String flinkVersion, String elasticVersion) {
        List<String> problems = new ArrayList<>();
        String flink = "flink:" + flinkVersion + "-java17";
        for (String service : List.of("jobmanager", "taskmanager")) {
            expectImage(compose, service, flink, problems);
        }
        expectImage(compose, "elasticsearch", "docker.elastic.co/elasticsearch/elasticsearch:" + elasticVersion, problems);
        expectImage(compose, "kibana", "docker.elastic.co/kibana/kibana:" + elasticVersion, problems);
        compose.services().forEach((service, spec) -> {
            String image = String.valueOf(ComposeFile.map(spec).get("image"));
            if (image.startsWith("flink:") && !image.equals(flink)) {
                problems.add(service + " runs " + image + ", not " + flink);
            }
            if (image.startsWith("docker.elastic.co/") && !image.endsWith(":" + elasticVersion)) {
                problems.add(service + " runs " + image + ", not version " + elasticVersion);
            }
        });
        return problems;
    }

    private static void expectImage(ComposeFile compose, String service, String image, List<String> problems) {
        if (!compose.services().containsKey(service)) {
            problems.add("no " + service + " service");
        } else if (!image.equals(compose.service(service).get("image"))) {
            problems.add(service + " runs " + compose.service(service).get("image") + ", not " + image);
        }
    }

    /** The JobManager and TaskManager load Flink's Prometheus reporter on port 9249, and keep checkpoints and savepoints on a shared volume. */
    static List<String> flinkConfiguration(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        for (String service : List.of("jobmanager", "taskmanager")) {
            Map<String, String> flink = flinkProperties(compose, service);
            if (!PROMETHEUS_FACTORY.equals(flink.get("metrics.reporter.prom.factory.class"))) {
                problems.add(service + " does not configure the Prometheus reporter (metrics.reporter.prom.factory.class)");
            }
            if (!"9249".equals(flink.get("metrics.reporter.prom.port"))) {
                problems.add(service + " does not put the Prometheus reporter on port 9249");
            }
            for (String key : List.of("execution.checkpointing.dir", "execution.checkpointing.savepoint-dir")) {
                String dir = flink.getOrDefault(key, "");
                boolean onVolume = volumes(compose, service).stream().anyMatch(target -> dir.startsWith("file://" + target + "/"));
                if (!onVolume) {
                    problems.add(service + ": " + key + " (" + dir + ") is not on a volume mounted there");
                }
            }
            for (String variable : List.of("TALENTWATCH_ES_USERNAME", "TALENTWATCH_ES_PASSWORD")) {
                if (!compose.environment(service).containsKey(variable)) {
                    problems.add(service + " does not pass " + variable + " to the job");
                }
            }
        }
        return problems;
    }

    /** The setup service installs everything, Kibana included, then submits the shipped job to the JobManager. */
    static List<String> setup(ComposeFile compose, Set<String> shippedJobs) {
        List<String> problems = new ArrayList<>();
        if (!compose.services().containsKey("setup")) {
            return List.of("no setup service");
        }
        String command = compose.commandLine("setup").replaceAll("\\s+", " ");
        for (String part : List.of("--es http://elasticsearch:9200", "--kafka kafka:9092", "--kibana http://kibana:5601")) {
            if (!command.matches(".*talentwatch setup [^&;]*" + Pattern.quote(part) + ".*")) {
                problems.add("setup does not run `talentwatch setup` with " + part);
            }
        }
        Matcher submit = Pattern.compile("talentwatch submit (\\S+) [^&;]*--flink http://jobmanager:8081").matcher(command);
        if (!submit.find()) {
            problems.add("setup does not run `talentwatch submit JOB --flink http://jobmanager:8081`");
        } else if (!shippedJobs.contains(submit.group(1))) {
            problems.add("setup submits " + submit.group(1) + ", which is not a shipped job definition");
        } else if (!command.matches(".*talentwatch submit [^&;]*--unless-active.*")) {
            // setup runs at every `docker compose up`: a second job of the same definition must not start.
            problems.add("setup's submit lacks --unless-active, so a second `docker compose up` fails or runs the job twice");
        }
        for (String variable : List.of("TALENTWATCH_ES_USERNAME", "TALENTWATCH_ES_PASSWORD")) {
            if (!compose.environment("setup").containsKey(variable)) {
                problems.add("setup does not pass " + variable + " to the command line");
            }
        }
        Map<String, String> waits = compose.dependsOn("setup");
        for (String service : List.of("kafka", "elasticsearch", "kibana", "taskmanager")) {
            if (!"service_healthy".equals(waits.get(service))) {
                problems.add("setup does not wait for " + service + " to be healthy");
            }
        }
        return problems;
    }

    /**
     * The sample profile ends at a populated dashboard: the replay starts once setup has submitted the
     * job, and moves the sample (June 2025) to the present, since the dashboard opens on recent days.
     */
    static List<String> sampleReplay(ComposeFile compose) {
        if (!compose.services().containsKey("replay")) {
            return List.of("no replay service");
        }
        List<String> problems = new ArrayList<>();
        String command = compose.commandLine("replay");
        if (!command.matches("replay samples/\\S+\\.jsonl .*")) {
            problems.add("replay does not run `replay samples/...jsonl`: " + command);
        }
        if (!command.contains("--rebase-to-now")) {
            problems.add("replay lacks --rebase-to-now, so the sample stays in June 2025, outside the dashboard's default time range");
        }
        if (!"service_completed_successfully".equals(compose.dependsOn("replay").get("setup"))) {
            problems.add("replay does not wait for setup to complete, so items may arrive before the job runs");
        }
        return problems;
    }

    /** Where the service mounts volumes or bind mounts, as container paths. */
    static List<String> volumes(ComposeFile compose, String service) {
        Object volumes = compose.service(service).get("volumes");
        List<String> targets = new ArrayList<>();
        if (volumes instanceof List<?> list) {
            for (Object volume : list) {
                if (volume instanceof Map<?, ?> map) {
                    targets.add(String.valueOf(map.get("target")));
                } else {
                    String[] parts = String.valueOf(volume).split(":");
                    targets.add(parts.length > 1 ? parts[1] : parts[0]);
                }
            }
        }
        return targets;
    }

    /** FLINK_PROPERTIES of a Flink service, as the key/value lines Flink's image appends to its configuration. */
    static Map<String, String> flinkProperties(ComposeFile compose, String service) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        Object text = compose.environment(service).get("FLINK_PROPERTIES");
        if (text != null) {
            for (String line : String.valueOf(text).split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    properties.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
                }
            }
        }
        return properties;
    }
}
