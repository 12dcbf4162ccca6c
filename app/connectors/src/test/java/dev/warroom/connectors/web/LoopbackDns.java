package dev.warroom.connectors.web;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny authoritative DNS server on 127.0.0.1 (UDP, and TCP on the same port), answering from a
 * table each test fills: records with TTLs, NXDOMAIN, SERVFAIL, REFUSED, silence, a truncated UDP
 * answer, or bytes that are not DNS. Names it has written once are compressed with pointers, as real
 * servers do.
 */
public final class LoopbackDns implements AutoCloseable {

    public static final int A = 1;
    public static final int CNAME = 5;
    public static final int AAAA = 28;

    /** One resource record to answer with. */
    public record Rr(String name, int type, long ttl, String data) {
    }

    private record Answer(int rcode, List<Rr> records) {
    }

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();
    private final Set<String> truncated = ConcurrentHashMap.newKeySet();
    private final Set<String> garbage = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    private LoopbackDns() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        DatagramSocket bound = null;
        ServerSocket stream = null;
        for (int tries = 0; tries < 20 && stream == null; tries++) {
            bound = new DatagramSocket(new InetSocketAddress(loopback, 0));
            try {
                stream = new ServerSocket(bound.getLocalPort(), 5, loopback);
            } catch (IOException portTaken) {
                bound.close();
            }
        }
        if (stream == null) {
            throw new IOException("no port free for both UDP and TCP");
        }
        udp = bound;
        tcp = stream;
        Thread udpLoop = new Thread(this::serveUdp, "loopback-dns-udp");
        udpLoop.setDaemon(true);
        udpLoop.start();
        Thread tcpLoop = new Thread(this::serveTcp, "loopback-dns-tcp");
        tcpLoop.setDaemon(true);
        tcpLoop.start();
    }

    public static LoopbackDns start() throws IOException {
        return new LoopbackDns();
    }

    /** {@code host:port} for a dns-record's {@code resolver}. */
    public String address() {
        return "127.0.0.1:" + udp.getLocalPort();
    }

    public LoopbackDns answer(String name, int qtype, Rr... records) {
        answers.put(key(name, qtype), new Answer(0, List.of(records)));
        return this;
    }

    public LoopbackDns rcode(String name, int qtype, int rcode) {
        answers.put(key(name, qtype), new Answer(rcode, List.of()));
        return this;
    }

    public LoopbackDns silentFor(String name) {
        silent.add(name);
        return this;
    }

    /** Over UDP the answer comes back empty with the TC bit; over TCP in full. */
    public LoopbackDns truncateOverUdp(String name) {
        truncated.add(name);
        return this;
    }

    /** Answers with a name whose compression pointer points at itself. */
    public LoopbackDns loopingPointerFor(String name) {
        garbage.add(name);
        return this;
    }

    private static String key(String name, int qtype) {
        return name.toLowerCase(Locale.ROOT) + "/" + qtype;
    }

    private void serveUdp() {
        byte[] buffer = new byte[512];
        while (running) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                byte[] query = java.util.Arrays.copyOf(buffer, packet.getLength());
                byte[] reply = respond(query, true);
                if (reply != null) {
                    udp.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                }
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // a bad packet: ignore it, as a server would
            }
        }
    }

    private void serveTcp() {
        while (running) {
            try (Socket client = tcp.accept()) {
                DataInputStream in = new DataInputStream(client.getInputStream());
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                byte[] reply = respond(query, false);
                if (reply != null) {
                    OutputStream out = client.getOutputStream();
                    out.write(new byte[] {(byte) (reply.length >> 8), (byte) reply.length});
                    out.write(reply);
                    out.flush();
                }
            } catch (SocketException closed) {
                if (!running) {
                    return;
                }
            } catch (IOException e) {
                // a client that went away
            }
        }
    }

    private byte[] respond(byte[] query, boolean overUdp) {
        int pos = 12;
        StringBuilder name = new StringBuilder();
        while (query[pos] != 0) {
            int len = query[pos];
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(new String(query, pos + 1, len, StandardCharsets.US_ASCII));
            pos += 1 + len;
        }
        int questionEnd = pos + 5;
        int qtype = ((query[pos + 1] & 0xFF) << 8) | (query[pos + 2] & 0xFF);
        String qname = name.toString().toLowerCase(Locale.ROOT);
        if (silent.contains(qname)) {
            return null;
        }
        Writer out = new Writer(query, questionEnd, qname);
        if (garbage.contains(qname)) {
            return out.loopingAnswer();
        }
        Answer answer = answers.getOrDefault(key(qname, qtype), new Answer(3, List.of()));
        if (overUdp && truncated.contains(qname)) {
            return out.header(0, true, 0).bytes();
        }
        out.header(answer.rcode(), false, answer.records().size());
        answer.records().forEach(out::record);
        return out.bytes();
    }

    /** Builds one response after the query's question. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final byte[] query;
        private final int questionEnd;
        private final Map<String, Integer> written = new HashMap<>();

        Writer(byte[] query, int questionEnd, String qname) {
            this.query = query;
            this.questionEnd = questionEnd;
            written.put(qname, 12);
        }

        Writer header(int rcode, boolean truncatedAnswer, int answerCount) {
            out.write(query[0]);
            out.write(query[1]);
            int flags = 0x8000 | 0x0400 | 0x0100 | 0x0080 | (truncatedAnswer ? 0x0200 : 0) | rcode;
            short16(flags);
            short16(1);
            short16(answerCount);
            short16(0);
            short16(0);
            out.write(query, 12, questionEnd - 12);
            return this;
        }

        void record(Rr rr) {
            name(rr.name());
            short16(rr.type());
            short16(1);
            short16((int) (rr.ttl() >> 16));
            short16((int) rr.ttl());
            byte[] data = switch (rr.type()) {
                case CNAME -> {
                    short16(0);
                    int lengthAt = out.size() - 2;
                    int start = out.size();
                    name(rr.data());
                    byte[] all = out.toByteArray();
                    int length = all.length - start;
                    all[lengthAt] = (byte) (length >> 8);
                    all[lengthAt + 1] = (byte) length;
                    out.reset();
                    out.write(all, 0, all.length);
                    yield null;
                }
                default -> address(rr.data());
            };
            if (data != null) {
                short16(data.length);
                out.write(data, 0, data.length);
            }
        }

        byte[] loopingAnswer() {
            header(0, false, 1);
            int at = out.size();
            short16(0xC000 | at);
            return bytes();
        }

        private void name(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            Integer at = written.get(lower);
            if (at != null) {
                short16(0xC000 | at);
                return;
            }
            written.put(lower, out.size());
            for (String label : lower.split("\\.")) {
                out.write(label.length());
                out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
            }
            out.write(0);
        }

        private static byte[] address(String text) {
            try {
                return InetAddress.getByName(text).getAddress();
            } catch (IOException e) {
                throw new IllegalArgumentException(text + " is not an address literal", e);
            }
        }

        private void short16(int value) {
            out.write((value >> 8) & 0xFF);
            out.write(value & 0xFF);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        udp.close();
        tcp.close();
    }
}
