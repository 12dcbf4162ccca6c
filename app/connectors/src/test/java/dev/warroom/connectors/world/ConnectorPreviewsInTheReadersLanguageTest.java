package dev.warroom.connectors.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.ChannelType;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real connectors' dry-run previews (DRILL and LIVE), as every family the standard world loads writes them for a step
 * on each resource kind it acts on, and for requests it cannot perform as written: each summary and change line reads in
 * Chinese with none of the connectors' English left, and exactly as written in English. Every endpoint, webhook and API
 * server is on loopback, no probe runs, and previews read only the request, the kubeconfig and the manifests, so nothing
 * leaves this machine. AWS previews that quote a probe's last sighting (a replica's lag, a group's topology) are not reached.
 * What came from the plan or the request (ids, names, hosts, URLs, regions, parameter values, the action kind) may stay as
 * written.
 */
class ConnectorPreviewsInTheReadersLanguageTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    /**
     * Names the Chinese keeps in their own spelling: products and services, tools, protocols and HTTP methods, units, plan
     * and API fields, statuses, exceptions and option values the connectors quote, Azure's redundancy level, a control's state.
     */
    private static final Set<String> KEPT = Set.of("shell", "kubernetes", "kubectl", "kubeconfig", "az", "dns", "ttl", "lrs", "http",
            "https", "url", "get", "post", "webhook", "webhookenv", "ms", "s", "m", "h", "d", "on", "off", "warroom", "azure", "front",
            "door", "traffic", "manager", "aws", "rds", "elasticache", "route", "postgresql", "redis", "slack", "teams",
            "lastsynctime", "conflictexception", "modifying", "available", "forced", "planned", "unplanned");
    /** DNS record types, kept as written: "A" only in capitals, as it is also an English word. */
    private static final Set<String> RECORD_TYPES = Set.of("A", "AAAA", "CNAME", "TXT");
    /** A {@code <placeholder>} a connector writes where a value is read only when the step runs ("<endpoint of db-dr>"). */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^<>]*>");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");
    /** A word as a sentence has it, not part of a value (1.6s, db-dr, a host name, a URL, a $VARIABLE, a file path). */
    private static final Pattern WORD = Pattern.compile("(?<![\\w.\\-/:{$])[A-Za-z]+(?![\\w.\\-/}])");

    private static final RecordedWords EN = new RecordedWords(ReportWords.of(TextLanguage.ENGLISH));
    private static final List<RecordedWords> CHINESE = List.of(new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE)),
            new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE)));

    private record Previewed(String where, String line, Set<String> ownWords) {
    }

    @TempDir
    static Path dir;

    private static ConnectorWorld world;
    private static final List<Previewed> lines = new ArrayList<>();

    @BeforeAll
    static void previewWhatEachConnectorDoes() throws IOException {
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                current-context: primary
                clusters:
                - name: primary-cluster
                  cluster:
                    server: https://127.0.0.1:6443
                contexts:
                - name: primary
                  context:
                    cluster: primary-cluster
                    user: primary-admin
                users:
                - name: primary-admin
                  user:
                    token: not-a-secret
                """);
        Files.createDirectories(dir.resolve("manifests"));
        Files.writeString(dir.resolve("manifests/web.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 2
                  selector:
                    matchLabels: {app: web}
                  template:
                    metadata:
                      labels: {app: web}
                    spec:
                      containers:
                      - name: web
                        image: nginx
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                spec:
                  ports:
                  - port: 80
                """);
        ConnectorSettings settings = ConnectorSettings.of(Map.of(ConnectorSettings.PLAN_DIR, dir.toString(),
                "KUBECONFIG", kubeconfig.toString(), "WARROOM_AWS_ENDPOINT", "http://127.0.0.1:4566",
                "WARROOM_AZURE_ENDPOINT", "https://127.0.0.1:8443", "AZURE_SUBSCRIPTION_ID", "6f1c2a7e-3b9d-4e52-9a1f-0c8d7e6b5a43",
                "WARROOM_SLACK_WEBHOOK", "http://127.0.0.1:42909/hooks/incident"));
        List<Connector> connectors = new ArrayList<>();
        for (ConnectorFactory factory : ServiceLoader.load(ConnectorFactory.class, Connectors.class.getClassLoader())) {
            connectors.add(factory.create(settings));
        }
        world = new ConnectorWorld(connectors);
        web();
        databasesAndCaches();
        kubernetes();
        azure();
        aws();
    }

    private static void web() {
        Resource health = resource("api-health", "http-health", "url", "http://127.0.0.1:42909/health");
        preview("http.check", health, Map.of());
        preview("http.check", health, Map.of("attempts", "3", "interval", "5s", "expectStatus", "204"));
        preview("http.check", health, Map.of("attempts", "many"));
        preview("http.check", health, Map.of("expectStatus", "ok"));
        preview("http.check", health, Map.of("interval", "soon"));
        preview("http.check", resource("bad-health", "http-health", "host", "127.0.0.1"), Map.of());
        preview("http.check", null, Map.of());
        preview("http.call", null, Map.of("method", "POST", "url", "http://127.0.0.1:42909/standby/warm"));
        preview("http.call", null, Map.of("method", "post", "url", "http://127.0.0.1:42909/standby/${STANDBY_ID}",
                "headerEnv", "STANDBY_TOKEN", "body", "{\"region\": \"${STANDBY_REGION}\"}"));
        preview("http.call", null, Map.of("method", "POST", "url", "http://127.0.0.1:42909/${STANDBY_PATH}"));
        preview("http.call", null, Map.of("method", "POST"));
        preview("http.call", null, Map.of("method", "get it", "url", "http://127.0.0.1:42909/"));
        preview("http.call", null, Map.of("method", "GET", "url", "ftp://127.0.0.1/"));
        preview("http.call", null, Map.of("method", "GET", "url", "http://127.0.0.1:42909/", "expectStatus", "fine"));
        Map<String, String> message = Map.of("message", "Failing over to the DR site");
        post(channel("slack-incident", ChannelType.SLACK, "#incident", "WARROOM_SLACK_WEBHOOK"), message);
        post(channel("teams-ops", ChannelType.TEAMS, null, "WARROOM_TEAMS_WEBHOOK"), message);
        post(channel("ops-mail", ChannelType.EMAIL, "ops@example.invalid", null), message);
        post(channel("slack-quiet", ChannelType.SLACK, null, null), message);
        post(channel("slack-incident", ChannelType.SLACK, "#incident", "WARROOM_SLACK_WEBHOOK"), Map.of());
        preview("wait", null, Map.of("duration", "90s"));
        preview("wait", null, Map.of("duration", "soon"));
        preview("wait", null, Map.of("duration", "90"));
        preview("wait", null, Map.of("duration", "999999999999d"));
        preview("wait", null, Map.of());
        preview("shell.run", null, Map.of("command", "./warm-standby.sh", "workdir", "scripts"));
        preview("shell.run", null, Map.of());
    }

    private static void databasesAndCaches() {
        Resource standby = resource("db-dr", "postgres", "host", "127.0.0.1", "port", "55432");
        preview("database.promote", standby, Map.of());
        preview("sql.check", standby, Map.of("query", "SELECT count(*) FROM orders", "expect", "> 0", "database", "shop"));
        preview("sql.check", standby, Map.of("query", "SELECT 1"));
        preview("cache.promote", resource("cache-dr", "redis", "host", "127.0.0.1", "port", "56379"), Map.of());
    }

    private static void kubernetes() {
        Resource deployment = resource("web-dr", "k8s-deployment", "name", "web", "namespace", "shop", "context", "primary");
        preview("k8s.scale", deployment, Map.of("replicas", "4"));
        preview("k8s.scale", deployment, Map.of("replicas", "lots"));
        Resource cluster = resource("aks-dr", "aks-cluster", "context", "primary");
        preview("k8s.apply", cluster, Map.of("manifest", "manifests/web.yaml", "namespace", "shop"));
        preview("k8s.apply", cluster, Map.of("manifest", "manifests/web.yaml"));
        preview("k8s.use-context", cluster, Map.of());
        preview("k8s.use-context", resource("eks-dr", "eks-cluster", "context", "primary"), Map.of());
        preview("k8s.use-context", resource("aks-elsewhere", "aks-cluster", "context", "elsewhere"), Map.of());
        preview("k8s.scale", resource("web-elsewhere", "k8s-deployment", "name", "web", "context", "elsewhere"), Map.of("replicas", "2"));
        preview("k8s.apply", resource("k8s-elsewhere", "k8s-cluster", "context", "elsewhere"), Map.of("manifest", "manifests/gone.yaml"));
    }

    private static void azure() {
        Resource server = resource("pg-dr", "azure-postgres-flexible", "resourceGroup", "ai-workflow-rg", "name", "aiworkflow-pg-dr");
        preview("database.promote", server, Map.of());
        preview("database.promote", server, Map.of("mode", "planned"));
        preview("database.promote", server, Map.of("mode", "gently"));
        preview("sql.check", server, Map.of("query", "SELECT pg_is_in_recovery()", "expect", "f"));
        preview("sql.check", resource("pg-login", "azure-postgres-flexible", "resourceGroup", "ai-workflow-rg", "name", "aiworkflow-pg-dr",
                "user", "reader", "passwordEnv", "PG_READER_PASSWORD"), Map.of("query", "SELECT 1", "database", "app"));
        preview("sql.check", resource("pg-nameless", "azure-postgres-flexible", "resourceGroup", "ai-workflow-rg"),
                Map.of("query", "SELECT 1"));
        preview("cache.promote", resource("redis-dr", "azure-redis", "resourceGroup", "ai-workflow-rg", "name", "aiworkflow-redis-dr"),
                Map.of());
        Resource frontDoor = resource("edge", "front-door", "resourceGroup", "ai-workflow-rg", "name", "aiworkflow-fd");
        preview("traffic.switch", frontDoor, Map.of("to", "westus-origin", "from", "eastus-origin"));
        preview("traffic.switch", frontDoor, Map.of("to", "westus-origin", "from", "eastus-origin, centralus-origin", "weight", "100"));
        preview("traffic.switch", frontDoor, Map.of("to", "westus-origin"));
        preview("traffic.switch", frontDoor, Map.of("to", "westus-origin", "weight", "heavy"));
        Resource manager = resource("tm", "traffic-manager", "resourceGroup", "ai-workflow-rg", "name", "aiworkflow-tm");
        preview("traffic.switch", manager, Map.of("to", "westus-endpoint", "from", "eastus-endpoint"));
        preview("traffic.switch", manager, Map.of("to", "westus-endpoint", "from", "eastus-endpoint, centralus-endpoint", "weight", "10"));
        preview("traffic.switch", manager, Map.of("to", "westus-endpoint"));
        preview("traffic.switch", manager, Map.of("to", "westus-endpoint", "weight", "heavy"));
        Resource record = resource("api-record", "azure-dns-record", "resourceGroup", "ai-workflow-rg", "name", "api", "zone",
                "aiworkflow.example");
        preview("dns.update", record, Map.of("value", "20.1.2.3", "ttl", "60s"));
        preview("dns.update", record, Map.of("value", "westus.aiworkflow.example"));
        preview("dns.update", record, Map.of("value", "20.1.2.3", "type", "SRV"));
        Resource account = resource("blob-dr", "azure-blob-storage", "resourceGroup", "ai-workflow-rg", "name", "aiworkflowbackup",
                "region", "westus");
        preview("storage.failover", account, Map.of("failoverType", "planned"));
        preview("storage.failover", account, Map.of("failoverType", "unplanned"));
        preview("storage.failover", resource("blob-nowhere", "azure-blob-storage", "resourceGroup", "ai-workflow-rg", "name",
                "aiworkflowbackup"), Map.of());
        preview("storage.failover", account, Map.of("failoverType", "forced"));
    }

    private static void aws() {
        Resource replica = resource("rds-dr", "aws-rds", "instance", "chatops-dr-replica", "region", "us-west-2");
        preview("database.promote", replica, Map.of());
        preview("database.promote", replica, Map.of("mode", "forced"));
        preview("database.promote", resource("rds-nowhere", "aws-rds", "instance", "chatops-dr-replica"), Map.of());
        preview("sql.check", replica, Map.of("query", "SELECT 1", "expect", "1"));
        preview("sql.check", resource("rds-login", "aws-rds", "instance", "chatops-dr-replica", "region", "us-west-2", "passwordEnv",
                "RDS_PASSWORD"), Map.of("query", "SELECT 1", "expect", "1"));
        preview("sql.check", resource("rds-host", "aws-rds", "instance", "chatops-dr-replica", "host", "127.0.0.1", "port", "5432",
                "user", "chatops"), Map.of("query", "SELECT 1"));
        preview("cache.promote", resource("cache-dr", "aws-elasticache", "replicationGroup", "chatops-dr", "region", "us-west-2"),
                Map.of());
        Resource record = resource("api-record", "route53-record", "zone", "chatops.example", "name", "api");
        preview("dns.update", record, Map.of("value", "10.1.2.3", "ttl", "60s"));
        preview("dns.update", record, Map.of("value", "dr.chatops.example"));
        preview("dns.update", record, Map.of());
        preview("dns.update", resource("zoneless", "route53-record", "name", "api"), Map.of("value", "10.1.2.3"));
        Resource control = resource("cell-west", "route53-arc-control", "routingControlArn",
                "arn:aws:route53-recovery-control::111122223333:controlpanel/abc/routingcontrol/def", "region", "us-west-2");
        preview("routing-control.set", control, Map.of("state", "On"));
        preview("routing-control.set", control, Map.of("state", "off"));
        preview("routing-control.set", control, Map.of("state", "maybe"));
        preview("routing-control.set", null, Map.of("state", "On"));
    }

    private static Resource resource(String id, String kind, String... observe) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < observe.length; i += 2) {
            map.put(observe[i], observe[i + 1]);
        }
        return new Resource(id, kind, id, null, null, null, map, Map.of());
    }

    private static Channel channel(String id, ChannelType type, String address, String webhookEnv) {
        return new Channel(id, type, id, null, address, webhookEnv, null);
    }

    private static void preview(String kind, Resource target, Map<String, String> params) {
        ActionRequest request = new ActionRequest(kind, Optional.ofNullable(target), Optional.empty(), params, TIMEOUT);
        record(request);
    }

    private static void post(Channel channel, Map<String, String> params) {
        record(new ActionRequest("notify.chat", Optional.empty(), Optional.of(channel), params, TIMEOUT));
    }

    private static void record(ActionRequest request) {
        ActionPreview preview = world.executorFor(request.kind()).orElseThrow().preview(request);
        String at = request.kind() + " on " + request.targetName() + " " + request.params();
        Set<String> own = ownWords(request);
        lines.add(new Previewed(at + " summary", preview.summary(), own));
        preview.changes().forEach(change -> lines.add(new Previewed(at + " change", change, own)));
    }

    /**
     * The words of what the request and this machine give: the kind and its parameters' names, the target, its observed values,
     * the channel, the kubeconfig and manifest read, the user WarRoom runs as.
     */
    private static Set<String> ownWords(ActionRequest request) {
        List<String> texts = new ArrayList<>(List.of(request.kind(), request.targetName()));
        ActionKinds.find(request.kind()).ifPresent(k -> {
            texts.addAll(k.requiredParams());
            texts.addAll(k.optionalParams());
        });
        texts.addAll(request.params().values());
        request.target().ifPresent(r -> {
            texts.add(r.id());
            texts.add(r.kind());
            texts.addAll(r.observe().values());
        });
        request.channel().ifPresent(c -> {
            texts.add(c.id());
            texts.add(c.type().name());
            Optional.ofNullable(c.address()).ifPresent(texts::add);
        });
        manifest(request).ifPresent(texts::add);
        texts.add(read(dir.resolve("kubeconfig")));
        texts.add(System.getProperty("user.name"));
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Matcher m = LETTERS.matcher(text);
            while (m.find()) {
                words.add(lower(m.group()));
            }
        }
        return words;
    }

    /** A manifest k8s.apply names: its objects' kinds and names come from the request too. */
    private static Optional<String> manifest(ActionRequest request) {
        Path file = dir.resolve(request.param("manifest", "none"));
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a sentence, as written. */
    private static List<String> words(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void everyFamilyPreviewsAndSomeRequestsCannotBePerformedAsWritten() {
        assertThat(lines).hasSizeGreaterThan(150);
        assertThat(lines).anySatisfy(l -> assertThat(l.line()).startsWith("Cannot perform "));
    }

    @Test
    void inEnglishEverySummaryAndChangeReadsAsWritten() {
        assertThat(lines).allSatisfy(l -> assertThat(EN.preview(l.line())).as(l.where()).isEqualTo(l.line()));
    }

    @Test
    void inChineseEverySummaryAndChangeIsSaidAgainWithNoneOfTheConnectorsEnglishLeft() {
        for (RecordedWords chinese : CHINESE) {
            assertThat(lines).allSatisfy(l -> {
                String said = chinese.preview(l.line());
                assertThat(said).as("%s: %s", l.where(), l.line()).isNotEqualTo(l.line());
                assertThat(words(PLACEHOLDER.matcher(said).replaceAll(""))).as("%s: %s → %s", l.where(), l.line(), said)
                        .allMatch(w -> RECORD_TYPES.contains(w) || KEPT.contains(lower(w)) || l.ownWords().contains(lower(w)));
            });
        }
    }
}
