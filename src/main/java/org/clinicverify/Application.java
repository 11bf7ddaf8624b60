package org.clinicverify;

import java.util.Arrays;

import io.micronaut.configuration.picocli.PicocliRunner;

/**
 * Entry point of the single jar. No argument or {@code serve} starts the HTTP service; any other
 * argument is a command of {@link ClinicVerifyCommand} (see {@code --help}).
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("serve")) {
            String[] serverArgs = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            System.exit(new ServiceRunner(serverArgs).runUntilShutdown());
        }
        try {
            System.exit(PicocliRunner.execute(ClinicVerifyCommand.class, args));
        } catch (RuntimeException e) {
            System.err.println(StartupFailure.describe(e));
            System.exit(1);
        }
    }
}
