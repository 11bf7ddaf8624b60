package org.clinicverify;

import org.clinicverify.moderation.CreateUserCommand;
import picocli.CommandLine.Command;

/** The root command; each feature contributes its own subcommand class. */
@Command(name = "clinic-verify",
        description = "Directory of ketamine-therapy clinics that flags unregulated online sellers.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ServeCommand.class, CreateUserCommand.class, org.clinicverify.search.ReindexCommand.class,
                org.clinicverify.partner.CreateKeyCommand.class})
public final class ClinicVerifyCommand implements Runnable {

    @Override
    public void run() {
        // No subcommand: Application.main starts the service before picocli is reached.
    }
}
