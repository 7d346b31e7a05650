package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import io.talentwatch.secret.Credentials;
import io.talentwatch.setup.KibanaClient;
import io.talentwatch.setup.KibanaDashboards;
import io.talentwatch.setup.Setup;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "setup", mixinStandardHelpOptions = true,
        description = {"Install the Elasticsearch index templates and create the Kafka topics a job needs; with --kibana,",
                "also import the Talent poaching dashboard and its data views. Running it twice is harmless."})
final class SetupCommand implements Callable<Integer> {
    @Option(names = "--es", required = true, paramLabel = "URL", description = "Elasticsearch, e.g. http://localhost:9200.")
    String elasticsearch;

    @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String kafka;

    @Option(names = "--kibana", paramLabel = "URL",
            description = "Kibana, e.g. http://localhost:5601: import the dashboard and data views (waits for Kibana to be up).")
    String kibana;

    @Option(names = "--kibana-wait", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "How long to wait for Kibana to report itself available, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration kibanaWait;

    @Mixin
    JobOptions job;

    @Mixin
    ElasticsearchLoginOptions login;

    @Option(names = "--connectors", paramLabel = "DIR", defaultValue = "connectors",
            description = "Where the templates and topic definitions live (default: ${DEFAULT-VALUE}).")
    Path connectors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkKibanaOptions();
        JobDefinition definition = login.applyTo(job.load());
        Setup.Result result = Setup.run(definition, Home.resolve(connectors), elasticsearch, kafka);
        System.out.println("index templates installed: " + String.join(", ", result.indexTemplates().templates()));
        if (!result.indexTemplates().existingIndices().isEmpty()) {
            System.out.println("existing indices brought up to the templates: " + String.join(", ", result.indexTemplates().existingIndices()));
        }
        System.out.println(result.createdTopics().isEmpty()
                ? "topics: all present" : "topics created: " + String.join(", ", result.createdTopics()));
        if (kibana != null) {
            System.out.println("waiting for Kibana at " + kibana + " ...");
            // Kibana takes the same Elasticsearch user (it authenticates against Elasticsearch's realms).
            Optional<String> authorization = definition.elasticsearch().credentials().map(Credentials::authorizationHeader);
            KibanaDashboards.Result dashboards = KibanaDashboards.install(new KibanaClient(kibana, authorization),
                    Home.resolve(connectors).resolve("kibana"), definition, kibanaWait);
            System.out.println("Kibana saved objects imported: " + dashboards.imported()
                    + "; dashboard " + dashboards.dashboardUrl());
        }
        return 0;
    }

    private void checkKibanaOptions() {
        if (kibana != null) {
            URI uri;
            try {
                uri = URI.create(kibana);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ParameterException(spec.commandLine(),
                        "--kibana: '" + kibana + "' is not an http(s) URL such as http://localhost:5601");
            }
        }
        if (kibanaWait.isNegative() || kibanaWait.isZero()) {
            throw new ParameterException(spec.commandLine(), "--kibana-wait: must be positive, got " + kibanaWait);
        }
    }
}
