package dev.warroom.console.drill;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** A DNS server on 127.0.0.1 (UDP) that knows one name: {@code localhost}, an A record for 127.0.0.1 with a TTL of 60 s. */
final class LoopbackDnsServer implements AutoCloseable {

    static final long TTL_SECONDS = 60;

    private final DatagramSocket socket;

    LoopbackDnsServer() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread loop = new Thread(this::serve, "loopback-dns");
        loop.setDaemon(true);
        loop.start();
    }

    /** {@code host:port}, as a dns-record's {@code resolver}. */
    String address() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    private void serve() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                byte[] reply = answer(Arrays.copyOf(buffer, packet.getLength()));
                socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
            } catch (SocketException closed) {
                return;
            } catch (IOException | RuntimeException malformed) {
                // not a question this server reads: no answer, as a server would do
            }
        }
    }

    private static byte[] answer(byte[] query) {
        int pos = 12;
        StringBuilder name = new StringBuilder();
        while (query[pos] != 0) {
            int length = query[pos];
            name.append(name.length() == 0 ? "" : ".").append(new String(query, pos + 1, length, StandardCharsets.US_ASCII));
            pos += 1 + length;
        }
        int questionEnd = pos + 5;
        int type = ((query[pos + 1] & 0xFF) << 8) | (query[pos + 2] & 0xFF);
        boolean known = name.toString().toLowerCase(Locale.ROOT).equals("localhost");
        boolean answered = known && type == 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(query[0]);
        out.write(query[1]);
        out.write(0x81);
        out.write(known ? 0x80 : 0x83);
        out.writeBytes(new byte[] {0, 1, 0, (byte) (answered ? 1 : 0), 0, 0, 0, 0});
        out.write(query, 12, questionEnd - 12);
        if (answered) {
            out.writeBytes(new byte[] {(byte) 0xC0, 12, 0, 1, 0, 1});
            out.writeBytes(new byte[] {0, 0, 0, (byte) TTL_SECONDS});
            out.writeBytes(new byte[] {0, 4, 127, 0, 0, 1});
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        socket.close();
    }
}
