package dev.warroom.connectors.web.dns;

import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ProbeFailure;
import java.io.IOException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.WireParseException;

/**
 * One question to one resolver, within a timeout, through dnsjava's {@link SimpleResolver} (UDP; a
 * truncated answer is asked again over TCP). Thread-safe: each query has its own resolver.
 */
public final class DnsLookup {

    public DnsResponse query(ResolverAddress resolver, String name, DnsType type, Duration timeout) throws DnsQueryException {
        Name question = dnsName(name);
        SimpleResolver simple = new SimpleResolver(address(resolver));
        simple.setTimeout(timeout);
        Message answer;
        try {
            answer = simple.send(Message.newQuery(Record.newRecord(question, type.code(), DClass.IN)));
        } catch (SocketTimeoutException e) {
            throw timedOut(resolver, timeout);
        } catch (WireParseException e) {
            throw new DnsQueryException(ProbeFailure.ERROR, "resolver " + resolver + " sent a malformed answer: " + e.getMessage());
        } catch (PortUnreachableException e) {
            throw new DnsQueryException(ProbeFailure.UNREACHABLE, "resolver " + resolver + " is unreachable (nothing answers on that port)");
        } catch (IOException e) {
            if (causedByTimeout(e)) {
                throw timedOut(resolver, timeout);
            }
            throw new DnsQueryException(ProbeFailure.UNREACHABLE, "resolver " + resolver + " is unreachable: " + e.getMessage());
        }
        List<DnsRecord> records = new ArrayList<>();
        for (Record record : answer.getSection(Section.ANSWER)) {
            understood(record).ifPresent(records::add);
        }
        return new DnsResponse(answer.getRcode(), records);
    }

    /** The name in ASCII (internationalised names in punycode), lower case, without the trailing dot. */
    public static String asciiName(String name) {
        String stripped = name.strip();
        if (stripped.endsWith(".")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        try {
            String ascii = IDN.toASCII(stripped, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (ascii.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            Name.fromString(ascii, Name.root);
            return ascii;
        } catch (IllegalArgumentException | TextParseException e) {
            throw new IllegalArgumentException("'" + name + "' is not a DNS name");
        }
    }

    private static Name dnsName(String name) throws DnsQueryException {
        try {
            return Name.fromString(asciiName(name), Name.root);
        } catch (IllegalArgumentException | TextParseException e) {
            throw new DnsQueryException(ProbeFailure.ERROR, "'" + name + "' is not a DNS name");
        }
    }

    private static Optional<DnsRecord> understood(Record record) {
        String owner = text(record.getName());
        if (record instanceof ARecord a) {
            return Optional.of(new DnsRecord(owner, DnsType.A, record.getTTL(), a.getAddress().getHostAddress()));
        }
        if (record instanceof AAAARecord aaaa) {
            return Optional.of(new DnsRecord(owner, DnsType.AAAA, record.getTTL(), aaaa.getAddress().getHostAddress()));
        }
        if (record instanceof CNAMERecord cname) {
            return Optional.of(new DnsRecord(owner, DnsType.CNAME, record.getTTL(), text(cname.getTarget())));
        }
        return Optional.empty();
    }

    private static String text(Name name) {
        return name.toString(true).toLowerCase(Locale.ROOT);
    }

    private static InetSocketAddress address(ResolverAddress resolver) throws DnsQueryException {
        try {
            return new InetSocketAddress(InetAddress.getByName(resolver.host()), resolver.port());
        } catch (UnknownHostException e) {
            throw new DnsQueryException(ProbeFailure.UNREACHABLE, "cannot find the resolver " + resolver.host());
        }
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static DnsQueryException timedOut(ResolverAddress resolver, Duration timeout) {
        return new DnsQueryException(ProbeFailure.TIMEOUT, "no answer from resolver " + resolver + " within " + DurationText.format(timeout));
    }
}
