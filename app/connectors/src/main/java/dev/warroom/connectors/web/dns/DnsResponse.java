package dev.warroom.connectors.web.dns;

import java.util.List;
import org.xbill.DNS.Rcode;

/** What a resolver answered: the response code and the answer records the probe understands. */
public record DnsResponse(int rcode, List<DnsRecord> answers) {

    public static final int NOERROR = Rcode.NOERROR;
    public static final int SERVFAIL = Rcode.SERVFAIL;
    public static final int NXDOMAIN = Rcode.NXDOMAIN;
    public static final int REFUSED = Rcode.REFUSED;

    public DnsResponse {
        answers = List.copyOf(answers);
    }

    /** The response code's name, e.g. NXDOMAIN. */
    public String rcodeName() {
        return Rcode.string(rcode);
    }
}
