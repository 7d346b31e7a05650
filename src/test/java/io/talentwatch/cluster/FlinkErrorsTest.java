package io.talentwatch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Condensing Flink's {@code errors}; the inputs are shortened copies of what Flink 1.20.5 sent. */
class FlinkErrorsTest {

    @Test
    void serverSideExceptionBecomesItsInnermostHeadline() {
        List<String> errors = List.of("Internal server error.", """
                <Exception on server side:
                java.util.concurrent.CompletionException: org.apache.flink.client.program.ProgramInvocationException: \
                The program's entry point class 'no.such.Clazz' was not found in the jar file.
                \tat org.apache.flink.runtime.webmonitor.handlers.utils.JarHandlerUtils$JarHandlerContext.toPackagedProgram(JarHandlerUtils.java:188)
                \tat java.base/java.lang.Thread.run(Thread.java:840)
                Caused by: org.apache.flink.client.program.ProgramInvocationException: \
                The program's entry point class 'no.such.Clazz' was not found in the jar file.
                \t... 5 more
                Caused by: java.lang.ClassNotFoundException: no.such.Clazz
                \tat java.base/java.net.URLClassLoader.findClass(URLClassLoader.java:445)
                >""");

        // The root cause only repeats the class name the headline already has.
        assertThat(FlinkErrors.summarize(errors)).isEqualTo(
                "ProgramInvocationException: The program's entry point class 'no.such.Clazz' was not found in the jar file.");
    }

    @Test
    void plainMessagesStayAsTheyAre() {
        assertThat(FlinkErrors.summarize(List.of("Unable to load requested file /nothere.")))
                .isEqualTo("Unable to load requested file /nothere.");
        assertThat(FlinkErrors.summarize(List.of("Internal server error."))).isEqualTo("Internal server error.");
        assertThat(FlinkErrors.summarize(List.of())).isEmpty();
    }

    @Test
    void rootCauseIsAddedWhenItSaysMore() {
        List<String> errors = List.of("""
                org.apache.flink.runtime.rest.handler.RestHandlerException: Could not execute application.
                \tat org.apache.flink.runtime.rest.handler.AbstractHandler.respondAsLeader(AbstractHandler.java:188)
                Caused by: org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: bad
                \t... 45 more
                Caused by: java.lang.IllegalArgumentException: bad
                \tat my.Job.main(Job.java:1)
                """);

        assertThat(FlinkErrors.summarize(errors))
                .isEqualTo("RestHandlerException: Could not execute application. (root cause: IllegalArgumentException: bad)");
    }
}
