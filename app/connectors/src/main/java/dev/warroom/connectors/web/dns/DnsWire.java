package dev.warroom.connectors.web.dns;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The DNS wire format (RFC 1035) for one question: writing a recursive query and reading the answer
 * section of a response, name compression included. Records of types other than A, AAAA and CNAME
 * are skipped.
 */
final class DnsWire {

    private static final int CLASS_IN = 1;
    private static final int MAX_POINTER_JUMPS = 64;

    private DnsWire() {
    }

    /** A query with recursion desired; {@code name} may be Unicode (it is sent as IDNA). */
    static byte[] query(int id, String name, DnsType type) {
        String ascii = asciiName(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + ascii.length());
        writeShort(out, id);
        writeShort(out, 0x0100);
        writeShort(out, 1);
        writeShort(out, 0);
        writeShort(out, 0);
        writeShort(out, 0);
        for (String label : ascii.split("\\.")) {
            out.write(label.length());
            out.writeBytes(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        out.write(0);
        writeShort(out, type.code());
        writeShort(out, CLASS_IN);
        return out.toByteArray();
    }

    /** The name as sent: ASCII, lower case, without the trailing dot; an unusable name is an IllegalArgumentException. */
    static String asciiName(String name) {
        String stripped = name.strip();
        if (stripped.endsWith(".")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        String ascii = IDN.toASCII(stripped, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        if (ascii.isEmpty() || ascii.length() > 253) {
            throw new IllegalArgumentException("'" + name + "' is not a DNS name");
        }
        for (String label : ascii.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63) {
                throw new IllegalArgumentException("'" + name + "' is not a DNS name (empty or over-long label)");
            }
        }
        return ascii;
    }

    /** Reads a response to the query with {@code expectedId}. */
    static DnsResponse parse(byte[] message, int length, int expectedId) throws MalformedAnswerException {
        Reader in = new Reader(message, length);
        int id = in.u16(0);
        int flags = in.u16(2);
        if ((flags & 0x8000) == 0) {
            throw new MalformedAnswerException("the resolver sent a query, not a response");
        }
        if (id != expectedId) {
            throw new MalformedAnswerException("the response answers another query (id " + id + ")");
        }
        int questions = in.u16(4);
        int answers = in.u16(6);
        int pos = 12;
        for (int i = 0; i < questions; i++) {
            pos = in.skipName(pos) + 4;
        }
        List<DnsRecord> records = new ArrayList<>();
        for (int i = 0; i < answers; i++) {
            String owner = in.name(pos);
            pos = in.skipName(pos);
            int type = in.u16(pos);
            long ttl = in.u32(pos + 4);
            int rdLength = in.u16(pos + 8);
            int rdata = pos + 10;
            in.require(rdata, rdLength);
            DnsType known = DnsType.ofCode(type).orElse(null);
            if (known != null) {
                records.add(new DnsRecord(owner, known, ttl, data(in, known, rdata, rdLength)));
            }
            pos = rdata + rdLength;
        }
        return new DnsResponse(flags & 0x000F, (flags & 0x0200) != 0, records);
    }

    private static String data(Reader in, DnsType type, int at, int length) throws MalformedAnswerException {
        return switch (type) {
            case A, AAAA -> {
                int expected = type == DnsType.A ? 4 : 16;
                if (length != expected) {
                    throw new MalformedAnswerException("an " + type + " record of " + length + " bytes");
                }
                try {
                    yield InetAddress.getByAddress(in.bytes(at, length)).getHostAddress();
                } catch (UnknownHostException e) {
                    throw new MalformedAnswerException("an unreadable " + type + " address");
                }
            }
            case CNAME -> in.name(at);
        };
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xFF);
        out.write(value & 0xFF);
    }

    /** Bounds-checked reads over a received message. */
    private static final class Reader {
        private final byte[] bytes;
        private final int length;

        Reader(byte[] bytes, int length) throws MalformedAnswerException {
            this.bytes = bytes;
            this.length = length;
            require(0, 12);
        }

        void require(int at, int count) throws MalformedAnswerException {
            if (at < 0 || count < 0 || at + count > length) {
                throw new MalformedAnswerException("the response ends early (" + length + " bytes)");
            }
        }

        int u8(int at) throws MalformedAnswerException {
            require(at, 1);
            return bytes[at] & 0xFF;
        }

        int u16(int at) throws MalformedAnswerException {
            require(at, 2);
            return ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
        }

        long u32(int at) throws MalformedAnswerException {
            require(at, 4);
            return ((long) u16(at) << 16) | u16(at + 2);
        }

        byte[] bytes(int at, int count) throws MalformedAnswerException {
            require(at, count);
            byte[] out = new byte[count];
            System.arraycopy(bytes, at, out, 0, count);
            return out;
        }

        /** The position just after the name starting at {@code at}. */
        int skipName(int at) throws MalformedAnswerException {
            int pos = at;
            while (true) {
                int len = u8(pos);
                if ((len & 0xC0) == 0xC0) {
                    require(pos, 2);
                    return pos + 2;
                }
                if (len == 0) {
                    return pos + 1;
                }
                pos += 1 + len;
            }
        }

        /** The name starting at {@code at}, following compression pointers. */
        String name(int at) throws MalformedAnswerException {
            StringBuilder name = new StringBuilder();
            int pos = at;
            int jumps = 0;
            while (true) {
                int len = u8(pos);
                if ((len & 0xC0) == 0xC0) {
                    if (++jumps > MAX_POINTER_JUMPS) {
                        throw new MalformedAnswerException("a name whose compression pointers loop");
                    }
                    pos = ((len & 0x3F) << 8) | u8(pos + 1);
                    continue;
                }
                if ((len & 0xC0) != 0) {
                    throw new MalformedAnswerException("a name with an unknown label type");
                }
                if (len == 0) {
                    return name.toString().toLowerCase(Locale.ROOT);
                }
                require(pos + 1, len);
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(new String(bytes, pos + 1, len, java.nio.charset.StandardCharsets.ISO_8859_1));
                if (name.length() > 255) {
                    throw new MalformedAnswerException("a name longer than 255 characters");
                }
                pos += 1 + len;
            }
        }
    }

    /** A response that does not follow the wire format. */
    static final class MalformedAnswerException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedAnswerException(String message) {
            super(message);
        }
    }
}
