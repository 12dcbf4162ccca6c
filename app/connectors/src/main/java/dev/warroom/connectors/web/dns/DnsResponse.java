package dev.warroom.connectors.web.dns;

import java.util.List;

/** What a resolver answered: the response code, whether it was cut short, and the answer records we understand. */
public record DnsResponse(int rcode, boolean truncated, List<DnsRecord> answers) {

    public static final int NOERROR = 0;
    public static final int SERVFAIL = 2;
    public static final int NXDOMAIN = 3;
    public static final int REFUSED = 5;

    public DnsResponse {
        answers = List.copyOf(answers);
    }

    /** The response code's name, e.g. NXDOMAIN. */
    public String rcodeName() {
        return switch (rcode) {
            case NOERROR -> "NOERROR";
            case 1 -> "FORMERR";
            case SERVFAIL -> "SERVFAIL";
            case NXDOMAIN -> "NXDOMAIN";
            case 4 -> "NOTIMP";
            case REFUSED -> "REFUSED";
            default -> "RCODE " + rcode;
        };
    }
}
