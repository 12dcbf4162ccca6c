package dev.warroom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * Runs only inside a network namespace of its own (started by {@link DrillStaysInsideItsEnvironmentTest}
 * through {@code unshare -n}): brings loopback up, gives it the plan's "live" address, listens on every
 * port the plan names there with a listener that records each connection, then runs a DRILL of the
 * plan, and afterwards a plain {@code state} (no fence) as the control. Whatever happens, nothing can
 * leave the namespace. Writes what each phase printed and which listeners were connected to into
 * the folder it is given.
 */
public final class NamespacedDrill {

    static final String LIVE_ADDRESS = "10.255.255.1";
    static final int[] LIVE_PORTS = {5432, 6379, 8080};
    static final int LOOPBACK_PORT = 18080;
    private static final List<InetSocketAddress> LISTENERS = new CopyOnWriteArrayList<>();

    private NamespacedDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path plan = dir.resolve("plan.yaml");
        run("ip", "link", "set", "lo", "up");
        run("ip", "addr", "add", LIVE_ADDRESS + "/32", "dev", "lo");

        List<String> connections = new CopyOnWriteArrayList<>();
        List<ServerSocket> listeners = new ArrayList<>();
        for (int port : LIVE_PORTS) {
            listeners.add(listen(InetAddress.getByName(LIVE_ADDRESS), port, connections, false));
        }
        listeners.add(listen(InetAddress.getLoopbackAddress(), LOOPBACK_PORT, connections, true));
        listeners.forEach(l -> LISTENERS.add((InetSocketAddress) l.getLocalSocketAddress()));

        phase(dir, "drill", connections, "run", plan.toString(), "--mode", "drill", "--auto", "--journal", dir.resolve("drill.jsonl").toString());
        phase(dir, "drill-state", connections, "state", plan.toString(), "--world", "drill", "--once", "--format", "text", "--timeout", "3s");
        phase(dir, "control", connections, "state", plan.toString(), "--once", "--format", "text", "--timeout", "3s");

        for (ServerSocket listener : listeners) {
            listener.close();
        }
        System.exit(0);
    }

    /** Runs one command line in this JVM and writes what it printed and which connections arrived while it ran. */
    private static void phase(Path dir, String name, List<String> connections, String... args) throws IOException {
        connections.clear();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WarRoomCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        drain(connections);
        Files.writeString(dir.resolve(name + ".out"), "exit " + exit + "\n" + out + err, StandardCharsets.UTF_8);
        Files.write(dir.resolve(name + ".connections"), List.copyOf(connections), StandardCharsets.UTF_8);
    }

    /**
     * Connects once more to every listener and waits until each has recorded that connection: a listener
     * accepts in order, so by then it has recorded every connection the phase made. The markers are then dropped.
     */
    private static void drain(List<String> connections) throws IOException {
        List<String> markers = new ArrayList<>();
        for (InetSocketAddress listener : LISTENERS) {
            try (Socket marker = new Socket()) {
                marker.connect(listener, 2000);
                String entry = listener.getAddress().getHostAddress() + ":" + listener.getPort() + " from port " + marker.getLocalPort();
                markers.add(entry);
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> connections.contains(entry));
            }
        }
        connections.removeAll(markers);
    }

    private static ServerSocket listen(InetAddress address, int port, List<String> connections, boolean answerHttp) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(address, port));
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.add(address.getHostAddress() + ":" + port + " from port " + socket.getPort());
                    if (answerHttp) {
                        answer(socket);
                    }
                } catch (IOException e) {
                    // the listener was closed, or the caller hung up: keep recording until closed
                }
            }
        }, "recording-listener-" + port);
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    private static void answer(Socket socket) throws IOException {
        socket.setSoTimeout(2000);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        StringBuilder request = new StringBuilder();
        int n;
        while (!request.toString().contains("\r\n\r\n") && (n = in.read(buffer)) > 0) {
            request.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        OutputStream out = socket.getOutputStream();
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + said);
        }
    }
}
