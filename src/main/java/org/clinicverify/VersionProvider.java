package org.clinicverify;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Application.class.getPackage().getImplementationVersion();
        return new String[] {"clinic-verify " + (version == null ? "development build" : version)};
    }
}
