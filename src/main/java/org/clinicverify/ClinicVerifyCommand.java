package org.clinicverify;

import org.clinicverify.crawl.CrawlCommand;
import org.clinicverify.moderation.CreateUserCommand;
import org.clinicverify.partner.CreateKeyCommand;
import org.clinicverify.score.AssessCommand;
import org.clinicverify.score.EvaluateCommand;
import org.clinicverify.score.ImportRemsCommand;
import org.clinicverify.search.ReindexCommand;
import picocli.CommandLine.Command;

/** The root command; each feature contributes its own subcommand class. */
@Command(name = "clinic-verify",
        description = "Directory of ketamine-therapy clinics that flags unregulated online sellers.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            ServeCommand.class,
            CrawlCommand.class,
            RescoreCommand.class,
            AssessCommand.class,
            EvaluateCommand.class,
            ImportRemsCommand.class,
            ReindexCommand.class,
            CreateUserCommand.class,
            CreateKeyCommand.class,
        })
public final class ClinicVerifyCommand implements Runnable {

    @Override
    public void run() {
        // No subcommand: Application.main starts the service before picocli is reached.
    }
}
