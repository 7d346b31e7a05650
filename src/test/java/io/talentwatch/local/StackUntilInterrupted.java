package io.talentwatch.local;

import java.util.ArrayList;
import java.util.List;

/**
 * Child-JVM program for {@link ShutdownHookIT}: starts the stack, prints what it holds, then
 * waits to be interrupted (Ctrl-C) without ever calling close().
 */
public final class StackUntilInterrupted {

    static final String READY = "READY";

    private StackUntilInterrupted() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalStack stack = LocalStack.start(LocalStack.Options.defaults().withPorts(0, 0));
        List<Long> pids = new ArrayList<>(stack.elasticsearch().pids());
        pids.addAll(stack.kafka().pids());
        System.out.println(READY
                + " pids=" + join(pids)
                + " ports=" + join(List.of(stack.elasticsearch().port(), stack.kafka().port(), stack.kafka().controllerPort()))
                + " dirs=" + stack.elasticsearch().workDir() + "," + stack.kafka().workDir());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static String join(List<?> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
