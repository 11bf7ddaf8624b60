package org.clinicverify;

import picocli.CommandLine.Command;

/**
 * Listed in {@code --help} so the default command is discoverable. {@link Application#main} handles
 * {@code serve} itself, so that the HTTP service never starts inside a command-line context.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the HTTP service (the default when no command is given).")
final class ServeCommand implements Runnable {

    @Override
    public void run() {
        throw new IllegalStateException("serve is started by Application.main");
    }
}
