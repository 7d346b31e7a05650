package io.talentwatch.local;

/** Taking back a shutdown hook that may itself be running, or the JVM already shutting down. */
final class ShutdownHooks {
    private ShutdownHooks() {}

    /** Removes {@code hook}, unless it is the thread calling (it is running) or the JVM is shutting down (it will run, find its work done, and return). */
    static void remove(Thread hook) {
        if (Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook will find its owner closed and return at once
        }
    }
}
