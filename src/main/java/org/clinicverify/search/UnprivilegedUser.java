package org.clinicverify.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.clinicverify.SettingException;

/**
 * Elasticsearch refuses to run as root, and rightly so. When the app runs as root (CI, many
 * containers) the node runs as a dedicated system user instead, created on first use; its own
 * checks stay untouched. The user owns only the node's data, logs, config and temp folders.
 */
record UnprivilegedUser(String name, int uid, int gid) {

    static boolean currentUserIsRoot() {
        return "0".equals(run(List.of("id", "-u")).trim());
    }

    /** Looks the user up, creating it as a system user without a login shell if it is missing. */
    static UnprivilegedUser ensureExists(String name) {
        if (!name.matches("[a-z_][a-z0-9_-]{0,31}")) {
            throw new SettingException("clinicverify.elasticsearch.local.run-as-user: '" + name
                    + "' is not a valid user name");
        }
        if (exitCode(List.of("id", "-u", name)) != 0) {
            int created = exitCode(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                    "--shell", "/usr/sbin/nologin", name));
            if (created != 0 && exitCode(List.of("id", "-u", name)) != 0) {
                throw new SettingException("the app runs as root, and Elasticsearch must run as an unprivileged user,"
                        + " but the user '" + name + "' does not exist and 'useradd' could not create it. Create it"
                        + " (useradd --system " + name + "), set CLINICVERIFY_ELASTICSEARCH_LOCAL_RUN_AS_USER to an"
                        + " existing unprivileged user, run the app as a normal user, or set ELASTICSEARCH_URL.");
            }
        }
        int uid = Integer.parseInt(run(List.of("id", "-u", name)).trim());
        int gid = Integer.parseInt(run(List.of("id", "-g", name)).trim());
        return new UnprivilegedUser(name, uid, gid);
    }

    /** The command prefix that drops privileges to this user for the rest of the command. */
    List<String> commandPrefix() {
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    }

    void takeOwnership(Path... folders) {
        for (Path folder : folders) {
            if (exitCode(List.of("chown", "-R", uid + ":" + gid, folder.toString())) != 0) {
                throw new SettingException("cannot hand " + folder + " to the Elasticsearch user '" + name + "'");
            }
        }
    }

    /** True when every ancestor of {@code path} lets other users through, so this user can reach it. */
    static boolean othersCanTraverse(Path path) throws IOException {
        for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static int exitCode(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            throw new SettingException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
