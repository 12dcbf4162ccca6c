package dev.warroom.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, or "development" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = WarRoomCli.class.getPackage().getImplementationVersion();
        return new String[] {"warroom " + (version == null ? "development" : version)};
    }
}
