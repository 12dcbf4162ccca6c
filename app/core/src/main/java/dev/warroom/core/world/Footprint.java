package dev.warroom.core.world;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a probe or an action would connect to: network endpoints (host and port, as the plan names
 * them) and the cloud accounts it acts in. {@code unknown} says why it cannot be told, which counts
 * as outside any drill environment. Immutable.
 */
public record Footprint(List<HostPort> hosts, List<Account> accounts, Optional<String> unknown) {

    public Footprint {
        hosts = List.copyOf(hosts);
        accounts = List.copyOf(accounts);
    }

    /** A network endpoint as a connector names it: a host name or an IP address, and a TCP or UDP port. */
    public record HostPort(String host, int port) {

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /** A cloud account a call acts in: an AWS profile, an Azure subscription, a Kubernetes context. */
    public record Account(AccountKind kind, String name) {

        @Override
        public String toString() {
            return kind.words() + " " + name;
        }
    }

    public enum AccountKind {
        AWS_PROFILE("AWS profile"),
        AZURE_SUBSCRIPTION("Azure subscription"),
        KUBE_CONTEXT("kube context");

        private final String words;

        AccountKind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Touches nothing outside WarRoom (the simulated world, a wait). */
    public static Footprint none() {
        return new Footprint(List.of(), List.of(), Optional.empty());
    }

    public static Footprint host(String host, int port) {
        return new Footprint(List.of(new HostPort(host.strip(), port)), List.of(), Optional.empty());
    }

    /** The host and port of an http(s) URL; a URL without a host is {@link #unknown}. */
    public static Footprint url(String url) {
        try {
            URI uri = URI.create(url.strip());
            String host = uri.getHost();
            if (host == null || host.isBlank()) {
                return unknown("'" + url + "' names no host");
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
            return host(host, port);
        } catch (IllegalArgumentException e) {
            return unknown("'" + url + "' is not a URL");
        }
    }

    public static Footprint unknown(String why) {
        return new Footprint(List.of(), List.of(), Optional.of(why));
    }

    public Footprint withAccount(AccountKind kind, String name) {
        List<Account> more = new ArrayList<>(accounts);
        more.add(new Account(kind, name.strip()));
        return new Footprint(hosts, more, unknown);
    }

    /** Everything either footprint touches; unknown if either is. */
    public Footprint and(Footprint other) {
        List<HostPort> allHosts = new ArrayList<>(hosts);
        allHosts.addAll(other.hosts);
        List<Account> allAccounts = new ArrayList<>(accounts);
        allAccounts.addAll(other.accounts);
        return new Footprint(allHosts, allAccounts, unknown.or(other::unknown));
    }
}
