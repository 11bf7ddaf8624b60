package org.clinicverify;

import java.util.Arrays;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import picocli.CommandLine;

/**
 * Entry point of the single jar. No argument or {@code serve} starts the HTTP service; any other
 * argument is a command of {@link ClinicVerifyCommand} (see {@code --help}).
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (startsTheService(args)) {
            String[] serverArgs = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            System.exit(new ServiceRunner(serverArgs).runUntilShutdown());
        }
        System.exit(runCommand(args));
    }

    /**
     * No argument or {@code serve} starts the service; {@code serve --help} is answered like any
     * other command's help, so asking for help never starts a server.
     */
    static boolean startsTheService(String[] args) {
        if (args.length == 0) {
            return true;
        }
        boolean asksForHelp = Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"));
        return args[0].equals("serve") && !asksForHelp;
    }

    /**
     * Runs a command in a command-line context (no HTTP server); failures become one readable line.
     * Help, version and usage errors are answered before the context starts (see {@link #answerWithoutContext}).
     */
    static int runCommand(String[] args) {
        Integer answered = answerWithoutContext(args);
        if (answered != null) {
            return answered;
        }
        try (ApplicationContext context = ApplicationContext.builder(ClinicVerifyCommand.class, Environment.CLI)
                .start()) {
            return new CommandLine(ClinicVerifyCommand.class, new MicronautFactory(context))
                    .setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
                        commandLine.getErr().println("clinic-verify " + commandLine.getCommandName() + ": "
                                + StartupFailure.describe(failure).replaceFirst("^clinic-verify could not start: ", ""));
                        return 1;
                    })
                    .execute(args);
        } catch (RuntimeException e) {
            System.err.println(StartupFailure.describe(e));
            return 1;
        }
    }

    /**
     * Lets picocli parse the arguments on command objects of its default factory (their injected
     * fields stay empty and nothing runs), so {@code --help}, {@code --version} and usage errors need
     * no database. Returns picocli's exit code for those, or null when a command is to be run.
     */
    private static Integer answerWithoutContext(String[] args) {
        int runTheCommand = Integer.MIN_VALUE;
        int exit = new CommandLine(ClinicVerifyCommand.class)
                .setExecutionStrategy(parseResult -> {
                    Integer helpExit = CommandLine.executeHelpRequest(parseResult);
                    return helpExit == null ? runTheCommand : helpExit;
                })
                .execute(args);
        return exit == runTheCommand ? null : exit;
    }
}
