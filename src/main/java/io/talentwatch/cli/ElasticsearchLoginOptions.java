package io.talentwatch.cli;

import io.talentwatch.definition.JobDefinition;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Who logs in to a secured Elasticsearch. There is deliberately no password option: a password on
 * a command line shows in {@code ps}, shell history and Flink's job arguments. It comes from
 * TALENTWATCH_ES_PASSWORD, TALENTWATCH_ES_PASSWORD_FILE or a password file (see ElasticsearchLogin).
 */
final class ElasticsearchLoginOptions {
    @Option(names = "--es-user", paramLabel = "NAME",
            description = "Elasticsearch user (default: elasticsearch.username, else $TALENTWATCH_ES_USERNAME, else 'elastic' when a password is given).")
    String user;

    @Option(names = "--es-password-file", paramLabel = "FILE",
            description = "File holding the Elasticsearch password, as the process that reads it sees it (for submit: a path on the cluster). "
                    + "Or set TALENTWATCH_ES_PASSWORD / TALENTWATCH_ES_PASSWORD_FILE.")
    String passwordFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Someone will try it: say where the password goes, without repeating it (picocli would echo an unknown option's value). */
    @Option(names = "--es-password", hidden = true, paramLabel = "REFUSED")
    void refusePassword(String ignored) {
        throw new ParameterException(command.commandLine(), "--es-password is not accepted: a password on the command line"
                + " shows in ps and shell history. Set TALENTWATCH_ES_PASSWORD or TALENTWATCH_ES_PASSWORD_FILE,"
                + " or give --es-password-file FILE");
    }

    JobDefinition applyTo(JobDefinition job) {
        return job.withElasticsearchLogin(user, passwordFile);
    }

    /** The same overrides as job arguments: a name and a path, never the password. */
    List<String> asJobArguments() {
        List<String> args = new ArrayList<>();
        if (user != null) {
            args.addAll(List.of("--es-user", user));
        }
        if (passwordFile != null) {
            args.addAll(List.of("--es-password-file", passwordFile));
        }
        return args;
    }
}
