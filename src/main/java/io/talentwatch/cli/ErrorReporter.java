package io.talentwatch.cli;

import io.talentwatch.definition.InvalidSetting;
import io.talentwatch.definition.JobDefinitionException;
import io.talentwatch.setup.ElasticsearchClient;
import picocli.CommandLine;

/**
 * Expected failures (a bad job definition, an unreachable service) print one clear line and exit 1;
 * anything else is a bug and keeps its stack trace.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean expected = e instanceof JobDefinitionException || e instanceof InvalidSetting
                || e instanceof ElasticsearchClient.ElasticsearchException || e instanceof UserError
                || e instanceof io.talentwatch.cluster.FlinkClusterException || e instanceof IllegalStateException || e instanceof java.io.IOException;
        if (expected) {
            commandLine.getErr().println("talentwatch " + commandLine.getCommandName() + ": " + e.getMessage());
        } else {
            e.printStackTrace(commandLine.getErr());
        }
        return 1;
    }
}
