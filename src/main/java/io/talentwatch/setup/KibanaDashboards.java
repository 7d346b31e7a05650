package io.talentwatch.setup;

import io.talentwatch.definition.JobDefinition;
import java.nio.file.Path;
import java.time.Duration;

/** Imports the job's dashboard and data views into Kibana, once Kibana is up. Overwrites, so twice is harmless. */
public final class KibanaDashboards {
    private static final Duration POLL = Duration.ofSeconds(2);

    private KibanaDashboards() {}

    /** What the import did: the objects imported and where the dashboard opens. */
    public record Result(int imported, String dashboardUrl) {}

    public static Result install(KibanaClient kibana, Path kibanaDir, JobDefinition job, Duration patience) {
        KibanaSavedObjects objects = KibanaSavedObjects.forJob(kibanaDir, job);
        kibana.awaitAvailable(patience, POLL);
        KibanaClient.ImportResult result = kibana.importSavedObjects(KibanaSavedObjects.FILE, objects.ndjson(),
                objects.objects().size());
        String dashboard = job.elasticsearch().indexPrefix() + "-talent-poaching";
        return new Result(result.successCount(), kibana.url() + "/app/dashboards#/view/" + dashboard);
    }
}
