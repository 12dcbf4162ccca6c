package dev.warroom.connectors.web.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a process's output to the end, keeping only its first and last {@code keep} bytes so a
 * chatty command cannot fill memory or the journal. Reading everything keeps the process from
 * blocking on a full pipe.
 */
final class BoundedOutput {

    private final int keep;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final byte[] tail;
    private int tailStart;
    private int tailLength;
    private long total;

    BoundedOutput(int keep) {
        this.keep = keep;
        this.tail = new byte[keep];
    }

    void readAll(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            add(buffer, n);
        }
    }

    private synchronized void add(byte[] bytes, int count) {
        for (int i = 0; i < count; i++) {
            byte b = bytes[i];
            total++;
            if (head.size() < keep) {
                head.write(b);
            } else if (tailLength < keep) {
                tail[(tailStart + tailLength++) % keep] = b;
            } else {
                tail[tailStart] = b;
                tailStart = (tailStart + 1) % keep;
            }
        }
    }

    /** The kept text, with a marker where bytes were left out. */
    synchronized String text() {
        byte[] last = new byte[tailLength];
        for (int i = 0; i < tailLength; i++) {
            last[i] = tail[(tailStart + i) % keep];
        }
        long omitted = total - head.size() - tailLength;
        String first = head.toString(StandardCharsets.UTF_8);
        String end = new String(last, StandardCharsets.UTF_8);
        return omitted > 0 ? first + "\n… (" + omitted + " bytes left out) …\n" + end : first + end;
    }

    synchronized long total() {
        return total;
    }
}
