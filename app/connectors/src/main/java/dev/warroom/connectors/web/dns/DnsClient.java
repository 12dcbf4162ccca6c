package dev.warroom.connectors.web.dns;

import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ProbeFailure;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * A minimal stub resolver client: one question over UDP to one resolver, within a timeout; a
 * truncated answer is asked again over TCP. Thread-safe (each query has its own socket).
 */
public final class DnsClient {

    private static final int MAX_UDP = 4096;

    private final SecureRandom ids = new SecureRandom();

    public DnsResponse query(ResolverAddress resolver, String name, DnsType type, Duration timeout) throws DnsQueryException {
        int id = ids.nextInt(0x10000);
        byte[] query;
        try {
            query = DnsWire.query(id, name, type);
        } catch (IllegalArgumentException e) {
            throw new DnsQueryException(ProbeFailure.ERROR, e.getMessage());
        }
        InetSocketAddress to = address(resolver);
        long deadline = System.nanoTime() + timeout.toNanos();
        DnsResponse response = udp(to, resolver, query, id, deadline, timeout);
        return response.truncated() ? tcp(to, resolver, query, id, deadline, timeout) : response;
    }

    private static DnsResponse udp(InetSocketAddress to, ResolverAddress resolver, byte[] query, int id, long deadline, Duration timeout)
            throws DnsQueryException {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(to);
            socket.send(new DatagramPacket(query, query.length));
            byte[] buffer = new byte[MAX_UDP];
            while (true) {
                socket.setSoTimeout(remainingMillis(deadline));
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                try {
                    return DnsWire.parse(buffer, packet.getLength(), id);
                } catch (DnsWire.MalformedAnswerException e) {
                    if (!e.getMessage().startsWith("the response answers another query")) {
                        throw new DnsQueryException(ProbeFailure.ERROR,
                                "resolver " + resolver + " sent a malformed answer: " + e.getMessage());
                    }
                }
            }
        } catch (SocketTimeoutException e) {
            throw timedOut(resolver, timeout);
        } catch (PortUnreachableException e) {
            throw new DnsQueryException(ProbeFailure.UNREACHABLE,
                    "resolver " + resolver + " is unreachable (nothing answers on that port)");
        } catch (IOException e) {
            throw new DnsQueryException(ProbeFailure.UNREACHABLE, "resolver " + resolver + " is unreachable: " + e.getMessage());
        }
    }

    private static DnsResponse tcp(InetSocketAddress to, ResolverAddress resolver, byte[] query, int id, long deadline, Duration timeout)
            throws DnsQueryException {
        try (Socket socket = new Socket()) {
            socket.connect(to, remainingMillis(deadline));
            socket.setSoTimeout(remainingMillis(deadline));
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] {(byte) (query.length >> 8), (byte) query.length});
            out.write(query);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int length = in.readUnsignedShort();
            byte[] answer = new byte[length];
            in.readFully(answer);
            return DnsWire.parse(answer, length, id);
        } catch (DnsWire.MalformedAnswerException e) {
            throw new DnsQueryException(ProbeFailure.ERROR,
                    "resolver " + resolver + " sent a malformed answer over TCP: " + e.getMessage());
        } catch (SocketTimeoutException e) {
            throw timedOut(resolver, timeout);
        } catch (IOException e) {
            throw new DnsQueryException(ProbeFailure.UNREACHABLE, "the answer was too long for UDP and resolver " + resolver
                    + " could not be reached over TCP: " + e.getMessage());
        }
    }

    private static InetSocketAddress address(ResolverAddress resolver) throws DnsQueryException {
        try {
            return new InetSocketAddress(java.net.InetAddress.getByName(resolver.host()), resolver.port());
        } catch (UnknownHostException e) {
            throw new DnsQueryException(ProbeFailure.UNREACHABLE, "cannot find the resolver " + resolver.host());
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException();
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private static DnsQueryException timedOut(ResolverAddress resolver, Duration timeout) {
        return new DnsQueryException(ProbeFailure.TIMEOUT,
                "no answer from resolver " + resolver + " within " + DurationText.format(timeout));
    }
}
