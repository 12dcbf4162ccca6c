package dev.warroom.connectors.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The account the PostgreSQL servers run as. PostgreSQL refuses to run as root, so when this process
 * is root (as in CI containers) every initdb, pg_ctl and postgres runs as the unprivileged user
 * {@code nobody}, switched to with util-linux {@code setpriv --reuid --regid --clear-groups}, and the
 * files those processes write belong to it. Otherwise they run as the current user, unchanged.
 */
final class ServerAccount {

    static final String UNPRIVILEGED = "nobody";

    private final String name;
    private final Integer uid;
    private final Integer gid;

    private ServerAccount(String name, Integer uid, Integer gid) {
        this.name = name;
        this.uid = uid;
        this.gid = gid;
    }

    static ServerAccount forThisProcess() {
        if (!isRoot()) {
            return new ServerAccount(System.getProperty("user.name"), null, null);
        }
        Path home = Path.of("/");
        int uid = idNumber("-u", home);
        int gid = idNumber("-g", home);
        return new ServerAccount(UNPRIVILEGED, uid, gid);
    }

    static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int idNumber(String flag, Path workdir) {
        String text = Exec.run("looking up the user '" + UNPRIVILEGED + "' (PostgreSQL refuses to run as root)",
                List.of("id", flag, UNPRIVILEGED), workdir, Map.of(), Duration.ofSeconds(10), null).strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new LabException("PostgreSQL refuses to run as root and `id " + flag + " " + UNPRIVILEGED + "` said '" + text
                    + "'; run the lab as an ordinary user");
        }
    }

    String name() {
        return name;
    }

    boolean switchesUser() {
        return uid != null;
    }

    /** In words, for `lab up`: who runs PostgreSQL and why. */
    String describe() {
        return switchesUser() ? "PostgreSQL refuses to run as root: its servers run as '" + name + "' (uid " + uid + ") through setpriv"
                : "PostgreSQL runs as " + name;
    }

    /** The command, run as this account. */
    List<String> command(List<String> command) {
        if (!switchesUser()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands a file or directory this process created to the account (a no-op unless the user is switched). */
    void own(Path path) {
        if (!switchesUser()) {
            return;
        }
        try {
            Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new LabException("could not hand " + path + " to '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Whether the account can write into {@code dir} (every directory above it must let it through). */
    boolean canWriteIn(Path dir) {
        if (!switchesUser()) {
            return Files.isWritable(dir);
        }
        try {
            Exec.run("checking access", command(List.of("test", "-w", dir.toString(), "-a", "-x", dir.toString())), Path.of("/"), Map.of(),
                    Duration.ofSeconds(10), null);
            return true;
        } catch (LabException e) {
            return false;
        }
    }

    Map<String, String> environment(Path home) {
        return Map.of("HOME", home.toString(), "LC_ALL", "C");
    }
}
