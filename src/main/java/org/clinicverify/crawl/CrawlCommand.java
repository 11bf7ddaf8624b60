package org.clinicverify.crawl;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code crawl --config crawler-config/demo.yml}: runs a crawl with a progress bar (fetched of
 * fetched + queued, hosts, errors, rate) and prints a summary with the errors per host.
 */
@Command(name = "crawl", description = "Crawl the sites of a crawl configuration (see crawler-config/).",
        mixinStandardHelpOptions = true)
public final class CrawlCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, description = "crawl configuration YAML file")
    Path config;

    @Option(names = "--quiet", description = "no progress bar (logs and summary only)")
    boolean quiet;

    @Inject
    CrawlRunner runner;

    @Inject
    Optional<PageSink> sink;

    @Override
    public Integer call() {
        CrawlConfig crawl;
        try {
            crawl = runner.load(config);
        } catch (CrawlConfigException e) {
            System.err.println("clinic-verify crawl: " + e.getMessage());
            return 2;
        }
        CrawlReport report;
        if (quiet) {
            report = runner.crawl(crawl, sink.orElse(PageSink.NONE), CrawlProgress.Listener.NONE);
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("crawl " + crawl.name())
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" pages", 1).setInitialMax(1).setMaxRenderedLength(150).build()) {
                report = runner.crawl(crawl, sink.orElse(PageSink.NONE), progress -> {
                    bar.maxHint(Math.max(1, progress.fetched() + progress.queued()));
                    bar.stepTo(progress.fetched());
                    bar.setExtraMessage(String.format(" hosts %d active %d done, %d errors, %.1f/s",
                            progress.activeHosts(), progress.hostsDone(), progress.errors(), progress.pagesPerSecond()));
                });
            }
        }
        printSummary(report, System.out);
        return 0;
    }

    static void printSummary(CrawlReport report, PrintStream out) {
        out.printf("Crawl finished in %ds: %d responses, %d pages stored, %d unchanged (304), %d duplicates,"
                        + " %d disallowed by robots.txt, %d hosts finished, %d errors%n",
                report.elapsed().toSeconds(), report.fetched(), report.stored(), report.notModified(),
                report.duplicates(), report.disallowed(), report.hostsFinished(), report.errorCount());
        for (Map.Entry<String, Long> errors : report.errors().entrySet()) {
            out.printf("  errors on %s: %d%n", errors.getKey(), errors.getValue());
        }
    }
}
