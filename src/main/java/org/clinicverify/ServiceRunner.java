package org.clinicverify;

import java.util.concurrent.CountDownLatch;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import io.micronaut.runtime.Micronaut;

/**
 * Starts the HTTP service and keeps it running until the JVM is asked to stop (Ctrl-C, SIGTERM).
 * A failure to start is reported as one line naming the setting at fault, not as a stack trace.
 */
final class ServiceRunner {

    private final String[] args;

    ServiceRunner(String[] args) {
        this.args = args;
    }

    int runUntilShutdown() {
        ApplicationContext context = Micronaut.build(args).mainClass(Application.class).build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(context);
            stopped.countDown();
        }, "clinic-verify-shutdown"));
        try {
            context.start();
            context.getBean(EmbeddedApplication.class).start();
        } catch (RuntimeException e) {
            System.err.println(StartupFailure.describe(e));
            closeQuietly(context);
            return 1;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void closeQuietly(ApplicationContext context) {
        if (context.isRunning()) {
            try {
                context.close();
            } catch (RuntimeException e) {
                System.err.println("clinic-verify: error while stopping: " + e.getMessage());
            }
        }
    }
}
