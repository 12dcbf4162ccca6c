package dev.warroom.connectors.azure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway TLS identity for the HTTPS stand-in of Azure Resource Manager: keytool makes a
 * self-signed certificate for 127.0.0.1 once per test JVM, and the test's HTTP client trusts that
 * certificate and nothing else. Bearer tokens are only ever sent over HTTPS, so the stand-in must
 * speak it too.
 */
final class StubTls {

    /** Protects nothing but a key generated a moment ago for a loopback stub. */
    static final String STORE_PASSWORD = "stub-keystore";

    private static Path keystore;
    private static SSLContext trusting;

    private StubTls() {
    }

    static synchronized Path keystore() {
        ensure();
        return keystore;
    }

    static synchronized SSLContext trustingClient() {
        ensure();
        return trusting;
    }

    private static void ensure() {
        if (keystore != null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("warroom-azure-stub");
            Path store = dir.resolve("stub.p12");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", "stub", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("keytool.log").toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool could not make the stub certificate: " + Files.readString(dir.resolve("keytool.log")));
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, STORE_PASSWORD.toCharArray());
            }
            Certificate certificate = keys.getCertificate("stub");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("stub", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            keystore = store;
            trusting = context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the stub certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the stub certificate", e);
        }
    }
}
