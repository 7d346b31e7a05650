package io.talentwatch.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, or "development" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"talentwatch " + (version == null ? "development" : version) + " (Flink 1.20, Java " + Runtime.version() + ")"};
    }
}
