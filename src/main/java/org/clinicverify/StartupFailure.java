package org.clinicverify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns an exception thrown while starting into one readable line for the operator. */
final class StartupFailure {

    private StartupFailure() {
    }

    static String describe(Throwable failure) {
        List<Throwable> chain = causes(failure);
        for (Throwable cause : chain) {
            if (cause instanceof SettingException) {
                return "clinic-verify could not start: " + cause.getMessage();
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        if (mentionsDatabase(chain)) {
            return "clinic-verify could not start: the database configured by datasources.default.url"
                    + " (environment variable DATASOURCES_DEFAULT_URL) cannot be used: " + oneLine(root);
        }
        return "clinic-verify could not start: " + oneLine(root);
    }

    private static boolean mentionsDatabase(List<Throwable> chain) {
        for (Throwable cause : chain) {
            String name = cause.getClass().getName().toLowerCase(Locale.ROOT);
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("sql") || name.contains("hikari") || name.contains("flyway")
                    || message.contains("jdbc") || message.contains("datasource")) {
                return true;
            }
        }
        return false;
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
