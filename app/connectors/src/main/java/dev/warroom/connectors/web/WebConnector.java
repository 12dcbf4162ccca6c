package dev.warroom.connectors.web;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.web.chat.ChatOutbox;
import dev.warroom.connectors.web.chat.ChatOutboxes;
import dev.warroom.connectors.web.chat.HttpWebhookSender;
import dev.warroom.connectors.web.chat.NotifyChatExecutor;
import dev.warroom.connectors.web.dns.DnsLookup;
import dev.warroom.connectors.web.dns.DnsRecordProbe;
import dev.warroom.connectors.web.dns.SystemResolvers;
import dev.warroom.connectors.web.http.HttpCallExecutor;
import dev.warroom.connectors.web.http.HttpCheckExecutor;
import dev.warroom.connectors.web.http.HttpHealthProbe;
import dev.warroom.connectors.web.local.ShellRunExecutor;
import dev.warroom.connectors.web.local.WaitExecutor;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Probe;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The web family: http-health and dns-record probes; http.check, http.call, notify.chat (through a
 * chat outbox), shell.run and wait. It needs no cloud identity: HTTP and DNS go out as this machine,
 * credentials come from the environment variables a plan names. Thread-safe.
 */
public final class WebConnector implements Connector {

    private static final int BUDGET_TIMEOUTS = 3;

    private final WebSettings web;
    private final ChatOutbox outbox;
    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<ActionKey, ActionExecutor> executors = new LinkedHashMap<>();

    public WebConnector(ConnectorSettings settings) {
        this.web = WebSettings.from(settings);
        Clock clock = Clock.systemUTC();
        HttpClient client = HttpClient.newBuilder().connectTimeout(web.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.outbox = new ChatOutbox(new HttpWebhookSender(client), web.retry(), clock, web.timeout());
        ChatOutboxes.register(web.outboxName(), outbox);
        probes.put("http-health", new HttpHealthProbe(client, web.timeout(), clock));
        probes.put("dns-record", new DnsRecordProbe(new DnsLookup(), web.timeout(), web.resolver(), SystemResolvers::first, clock));
        executors.put(ActionKey.of("http.check", "http-health"), new HttpCheckExecutor(client, web.timeout()));
        executors.put(ActionKey.untargeted("http.call"), new HttpCallExecutor(client, settings));
        executors.put(ActionKey.untargeted("notify.chat"),
                new NotifyChatExecutor(outbox, settings, web.timeout().multipliedBy(BUDGET_TIMEOUTS)));
        executors.put(ActionKey.untargeted("shell.run"), new ShellRunExecutor(web.planDir()));
        executors.put(ActionKey.untargeted("wait"), new WaitExecutor());
    }

    @Override
    public Map<ActionKey, Set<String>> paramsRead() {
        return Map.of(ActionKey.of("http.check", "http-health"), Set.of("expectStatus", "attempts", "interval"),
                ActionKey.untargeted("http.call"), Set.of("method", "url", "body", "headerEnv", "expectStatus"),
                ActionKey.untargeted("notify.chat"), Set.of("message"),
                ActionKey.untargeted("shell.run"), Set.of("command", "workdir"),
                ActionKey.untargeted("wait"), Set.of("duration"));
    }

    @Override
    public Footprint footprint(Resource resource) {
        return WebFootprint.of(resource, web.resolver(), SystemResolvers::first);
    }

    @Override
    public String name() {
        return "web";
    }

    @Override
    public String identity() {
        return "no cloud identity: HTTP and DNS as this machine, webhooks and API headers from the environment variables the plan names,"
                + " shell commands as " + System.getProperty("user.name");
    }

    @Override
    public Map<String, Probe> probes() {
        return Map.copyOf(probes);
    }

    @Override
    public Map<ActionKey, ActionExecutor> executors() {
        return Map.copyOf(executors);
    }

    /** The outbox this connector's chat messages leave through. */
    public ChatOutbox outbox() {
        return outbox;
    }

    @Override
    public void close() {
        outbox.close();
        ChatOutboxes.unregister(web.outboxName(), outbox);
    }
}
