package dev.warroom.core.report;

import dev.warroom.core.report.words.ReportWords;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real connectors' dry-run previews (DRILL and LIVE) as the engine records them: the summary and change lines the web,
 * PostgreSQL, Redis, Kubernetes, Azure and AWS connectors write for each action, and the "Cannot …: …" summary and
 * "nothing: …" line of a request a connector will not perform as written, with their recurring reasons. Ids, hosts, URLs,
 * names and values stay as written; a duration is said in this language's units. Where a line reads as the simulated
 * world's, {@link RecordedPreviews} says it; this is asked first, as its shapes are the narrower.
 */
final class RecordedConnectorPreviews {

    private static final String P = "recorded.preview.";
    private static final String CHANNEL = "((?:Slack|Teams|chat) channel \\S+(?: \\(.*?\\))?)";
    private static final Pattern CHANNEL_WORDS = Pattern.compile("(Slack|Teams|chat) channel (\\S+)(?: \\((.*)\\))?", Pattern.DOTALL);
    /** Lines that name a chat channel ("Slack channel slack-incident (#incident)"): the channel is said as its first group. */
    private static final List<RecordedShape> TO_A_CHANNEL = List.of(
            RecordedShape.of("Post to " + CHANNEL, P + "post"),
            RecordedShape.of("a message in " + CHANNEL + ": (.*)", P + "message-in"),
            RecordedShape.of("Cannot post to " + CHANNEL + ": (\\S+) is not set", P + "cannot-post"));
    private static final List<RecordedShape> SUMMARIES = List.of(
            RecordedShape.of("Apply (.*) to cluster (\\S+) \\(context (.*)\\)", P + "apply.context"),
            RecordedShape.of("Check and use context (.*) for cluster (.*)", P + "use-context.check"),
            RecordedShape.of("Promote ElastiCache replication group (\\S+) \\((\\S+)\\)", P + "promote-elasticache"),
            RecordedShape.of("Promote RDS read replica (\\S+) to a standalone, writable primary", P + "promote-rds"),
            RecordedShape.of("Promote cache (\\S+) by unlinking it from its geo-primary", P + "promote-cache.unlink"),
            RecordedShape.of("Promote the PostgreSQL standby (\\S+) to a writable primary", P + "promote-postgres"),
            RecordedShape.of("Promote the Redis replica (\\S+) to a master that takes writes", P + "promote-redis"),
            RecordedShape.of("Run a shell command on this machine in (.*)", P + "shell.here"),
            RecordedShape.of("no connector performs (\\S+) on a \\(no target\\) \\(it can on: (.*)\\)", P + "no-connector.no-target"),
            RecordedShape.of("no connector performs (\\S+) on a (\\S+) \\(it can on: (.*)\\)", P + "no-connector"));
    private static final List<RecordedShape> CHANGES = List.of(
            RecordedShape.of("whatever (\\S+) does on ([A-Z]+) (\\S+)", P + "whatever.method"),
            RecordedShape.of("cannot be sent yet: (.*) (?:is|are) not set", P + "not-set-yet"),
            RecordedShape.of("nothing changes: a read-only check", P + "read-only-check.once"),
            RecordedShape.of("whatever the command does: it runs as (\\S+) with everything this machine can reach", P + "shell-runs-as"),
            RecordedShape.of("if the webhook cannot be reached now, the message is queued and retried; the journal records whether it "
                    + "arrived", P + "chat-queued"),
            RecordedShape.of("the message ends with its idempotency key and the journal's head when the step starts", P + "chat-stamp"),
            RecordedShape.of("(\\S+) leaves recovery, starts a new timeline and accepts writes", P + "pg-leaves-recovery"),
            RecordedShape.of("it stops streaming from its primary; writes still reaching the old primary are not copied to it",
                    P + "pg-stops-streaming"),
            RecordedShape.of("a promotion cannot be undone: the old primary has to be rebuilt as a standby of this server", P + "pg-no-undo"),
            RecordedShape.of("nothing changes: the query runs in a read-only transaction that is rolled back", P + "read-only-transaction"),
            RecordedShape.of("(\\S+) stops replicating and accepts writes, keeping the data it has", P + "redis-stops"),
            RecordedShape.of("writes still reaching the old master are not copied to it", P + "redis-old-master"),
            RecordedShape.of("Kubernetes steps on (\\S+) use context (\\S+) \\((\\S+), user (\\S+)\\) from (.*)", P + "kube-steps"),
            RecordedShape.of("the kubeconfig file itself is not changed", P + "kubeconfig-unchanged"),
            RecordedShape.of("(.+) in namespace (\\S+): created, or replaced if it exists", P + "k8s-object.namespace"),
            RecordedShape.of("(.+): created, or replaced if it exists", P + "k8s-object"),
            RecordedShape.of("and (\\d+) more objects", P + "k8s-more"),
            RecordedShape.of("to (\\S+) replicas \\(the current count is read when the step runs\\)", P + "scale-to"),
            RecordedShape.of("from (\\S+) to (\\S+) replicas \\((\\S+) ready now\\)", P + "scale-from-to"),
            RecordedShape.of("(\\S+) stops replicating and becomes a standalone server that takes writes", P + "flex-stops"),
            RecordedShape.of("forced: it does not wait for the primary, so changes not yet replayed on (\\S+) are lost \\(the replica's lag\\)",
                    P + "flex-forced"),
            RecordedShape.of("planned: Azure first waits for (\\S+) to catch up with its primary", P + "flex-planned"),
            RecordedShape.of("the replication link is gone for good: a new replica has to be created afterwards", P + "flex-link-gone"),
            RecordedShape.of("geo-replication between (\\S+) and its primary \\(<primary>, read from (\\S+)'s link when it runs\\) stops",
                    P + "azure-redis-link-stops"),
            RecordedShape.of("(\\S+) becomes a standalone cache that takes writes; writes not yet replicated to it are lost",
                    P + "azure-redis-standalone"),
            RecordedShape.of("to replicate again the link must be created anew, which empties the secondary", P + "azure-redis-relink"),
            RecordedShape.of("Front Door (\\S+) sends the traffic of origin group <the origin group holding (\\S+)> to (\\S+) \\(enabled, "
                    + "priority 1\\)", P + "fd-sends.holding"),
            RecordedShape.of("Front Door (\\S+) sends the traffic of origin group (\\S+) to (\\S+) \\(enabled, priority 1\\)", P + "fd-sends"),
            RecordedShape.of("every other enabled origin of that group is disabled \\(found when the switch runs\\)", P + "fd-others-disabled"),
            RecordedShape.of("(.*) (?:is|are) disabled and (?:gets|get) no traffic", P + "fd-disabled"),
            RecordedShape.of("Traffic Manager (\\S+) hands out (\\S+) \\(enabled\\)", P + "tm-hands-out"),
            RecordedShape.of("every other enabled endpoint is disabled \\(found when the switch runs\\)", P + "tm-others-disabled"),
            RecordedShape.of("(.*) (?:is|are) disabled and (?:gets|get) no new users", P + "tm-disabled"),
            RecordedShape.of("resolvers keep the old answer until the profile's DNS TTL runs out", P + "tm-resolvers"),
            RecordedShape.of("(\\S+) \\((\\S+)\\) will answer (.*) \\(it is read just before the change, to report what it was\\)",
                    P + "azure-dns-answer"),
            RecordedShape.of("TTL stays as it is", P + "ttl-stays"),
            RecordedShape.of("resolvers that cached the old answer keep it until the old TTL runs out", P + "resolvers-old-ttl"),
            RecordedShape.of("the account's secondary region \\((\\S+)\\) becomes its primary; the endpoints keep their names and follow it "
                    + "once DNS updates", P + "storage-secondary-becomes-primary.region"),
            RecordedShape.of("the account's secondary region becomes its primary; the endpoints keep their names and follow it once DNS "
                    + "updates", P + "storage-secondary-becomes-primary"),
            RecordedShape.of("Azure syncs before it switches: nothing is lost, but the primary region must be available; the old primary "
                    + "becomes the secondary", P + "storage-planned-sync"),
            RecordedShape.of("writes after the account's last sync time are lost \\(the board shows lastSyncTime\\)", P + "storage-lost-since-sync"),
            RecordedShape.of("the account is left LRS in the new primary region; turning geo-redundancy back on copies the whole account "
                    + "again", P + "storage-left-lrs"),
            RecordedShape.of("(\\S+) stops replicating from its source and becomes a standalone primary that accepts writes",
                    P + "rds-stops.its-source"),
            RecordedShape.of("(\\S+) stops replicating from (\\S+) and becomes a standalone primary that accepts writes", P + "rds-stops"),
            RecordedShape.of("RDS reboots the instance while promoting: it reads 'modifying' for a few minutes, then 'available'",
                    P + "rds-reboots"),
            RecordedShape.of("writes not yet replicated are lost: replica lag last seen (\\S+) at (\\S+)", P + "rds-lost-lag"),
            RecordedShape.of("this cannot be undone: failing back means creating a new read replica", P + "rds-no-undo"),
            RecordedShape.of("mode '(.*)' is ignored: RDS promotes a read replica in one way only", P + "rds-mode-ignored"),
            RecordedShape.of("the group has not been observed yet, so the exact call is decided when the step runs", P + "ec-not-observed"),
            RecordedShape.of("as observed at (\\S+); the group is read again before the call", P + "ec-observed-at"),
            RecordedShape.of("(\\S+) \\((\\S+)\\) becomes the primary of global datastore (\\S+) and takes writes", P + "ec-global-primary"),
            RecordedShape.of("the former primary group becomes a secondary that replicates from (\\S+)", P + "ec-former-primary"),
            RecordedShape.of("writes not yet replicated to (\\S+) are lost", P + "ec-lost"),
            RecordedShape.of("ElastiCache fails the primary of shard (\\S+) over to a replica of its choice; the old primary is replaced and "
                    + "rejoins as a replica", P + "ec-test-failover.shard"),
            RecordedShape.of("ElastiCache fails the primary (.*) over to a replica of its choice; the old primary is replaced and rejoins "
                    + "as a replica", P + "ec-test-failover"),
            RecordedShape.of("clients on the primary endpoint reconnect to the new primary, usually within a minute", P + "ec-reconnect"),
            RecordedShape.of("TestFailover because Multi-AZ automatic failover is on \\(ElastiCache refuses PrimaryClusterId then\\); AWS "
                    + "allows it on a limited number of shards per 24 hours and may block it in large-scale events", P + "ec-why-test-failover"),
            RecordedShape.of("(.*) becomes the primary; (.*) becomes a replica", P + "ec-chosen.replica"),
            RecordedShape.of("(.*) becomes the primary", P + "ec-chosen"),
            RecordedShape.of("applied immediately, not in the maintenance window; the group reads 'modifying' until it is done", P + "ec-applied"),
            RecordedShape.of("ModifyReplicationGroup PrimaryClusterId because automatic failover is off: it names the exact replica",
                    P + "ec-why-modify"),
            RecordedShape.of("the control reads (\\S+) \\(seen at (\\S+)\\)", P + "arc-reads"),
            RecordedShape.of("health checks tied to the control pass, so failover records may send traffic to the cell it guards", P + "arc-on"),
            RecordedShape.of("health checks tied to the control fail, so failover records send traffic away from the cell it guards",
                    P + "arc-off"),
            RecordedShape.of("the cluster's safety rules may refuse the change \\(ConflictException\\), and then nothing changes", P + "arc-safety"),
            RecordedShape.of("(\\S+) (\\S+): \\(current value\\) → (.*)", P + "route53-value.current"),
            RecordedShape.of("(\\S+) (\\S+): (.*) → (.*)", P + "route53-value"));
    /** Lines that end in a duration, said in this language's units. */
    private static final List<RecordedShape> TIMED = List.of(
            RecordedShape.of("Azure runs it as a long-running operation \\(often up to an hour\\); WarRoom follows it for up to (\\S+)",
                    P + "azure-follows.hour"),
            RecordedShape.of("Azure runs it as a long-running operation; WarRoom follows it for up to (\\S+)", P + "azure-follows"),
            RecordedShape.of("Front Door rolls the change out to its edge within minutes; WarRoom follows each update for up to (\\S+)",
                    P + "fd-rolls-out"),
            RecordedShape.of("(?:the )?TTL becomes (\\S+)", P + "ttl-becomes"),
            RecordedShape.of("then waits until (\\S+) replicas are ready, at most (\\S+)", P + "waits-ready"),
            RecordedShape.of("nothing changes; WarRoom waits (\\S+)", P + "warroom-waits"),
            RecordedShape.of("resolvers keep answering the old value for up to (\\S+) \\(the old TTL\\) after Route 53 is in sync",
                    P + "old-ttl.route53.old-value"),
            RecordedShape.of("resolvers keep answering (.*) for up to (\\S+) \\(the old TTL\\) after Route 53 is in sync", P + "old-ttl.route53"));
    /** Lines that end in why a request cannot be done as written: the reason is said too where it is a known one. */
    private static final List<RecordedShape> REFUSED = List.of(
            RecordedShape.of("Cannot perform (\\S+): (.*)", P + "cannot.perform"),
            RecordedShape.of("Cannot run (sql\\.check): (.*)", P + "cannot"),
            RecordedShape.of("Cannot ([a-z0-9-]+\\.[a-z0-9.-]+) (\\S+): (.*)", P + "cannot.on"),
            RecordedShape.of("Cannot fail storage account (\\S+) over: (.*)", P + "cannot.storage-failover"),
            RecordedShape.of("cannot reach the deployment yet: (.*)", P + "cannot-reach-deployment"),
            RecordedShape.of("cannot reach the cluster yet: (.*)", P + "cannot-reach-cluster"),
            RecordedShape.of("the context cannot be used yet: (.*)", P + "context-not-usable"));
    private static final Pattern NOTHING = Pattern.compile("nothing: (.*)", Pattern.DOTALL);
    /** The connectors' own recurring reasons; the simulated world's ({@link RecordedPreviews#reason}) are asked after these. */
    private static final List<RecordedShape> REASONS = List.of(
            RecordedShape.of("method must be an HTTP method such as GET or POST, not '(.*)'", P + "reason.http-method"),
            RecordedShape.of("url must start with http:// or https://, not '(.*)'", P + "reason.url-scheme"),
            RecordedShape.of("resource '(.*)' has no observe\\.name naming its deployment", P + "reason.no-deployment-name"),
            RecordedShape.of("resource '(.*)' has no observe\\.(\\S+)", P + "reason.no-observe"),
            RecordedShape.of("(\\S+) resource '(.*)' needs observe\\.(\\S+) or observe\\.(\\S+)", P + "reason.needs-observe.either"),
            RecordedShape.of("(\\S+) resource '(.*)' needs observe\\.(\\S+)", P + "reason.needs-observe"),
            RecordedShape.of("channel '(.*)' names no webhookEnv \\(the environment variable with its webhook URL\\)", P + "reason.no-webhook-env"),
            RecordedShape.of("notify\\.chat posts to Slack and Teams incoming webhooks; channel '(.*)' is (\\S+)", P + "reason.not-a-webhook"),
            RecordedShape.of("(\\S+) on (\\S+) needs the parameter '(.*)'", P + "reason.needs-parameter.on"),
            RecordedShape.of("(\\S+): state must be On or Off, not '(.*)'", P + "reason.on-or-off.kind"),
            RecordedShape.of("sql\\.check on (\\S+) needs observe\\.user, the login to connect as: Azure has no default login \\(name the "
                    + "server's administrator login, or better a role that may only read\\)", P + "reason.sql-user"),
            RecordedShape.of("sql\\.check on (\\S+) needs observe\\.host, or observe\\.name to connect to (\\S+)", P + "reason.sql-host"),
            RecordedShape.of("sql\\.check on (\\S+) needs observe\\.passwordEnv, the name of the environment variable that holds <master user "
                    + "of (\\S+)>'s password \\(a managed PostgreSQL server always asks for one\\)", P + "reason.sql-password.master"),
            RecordedShape.of("sql\\.check on (\\S+) needs observe\\.passwordEnv, the name of the environment variable that holds (.*)'s "
                    + "password \\(a managed PostgreSQL server always asks for one\\)", P + "reason.sql-password"),
            RecordedShape.of("it needs a target RDS instance", P + "reason.sql-target.rds"),
            RecordedShape.of("sql\\.check needs a target server", P + "reason.sql-target.server"),
            RecordedShape.of("WarRoom changes A, AAAA, CNAME and TXT records; '(.*)' records are changed by hand", P + "reason.dns-type"),
            RecordedShape.of("database\\.promote mode '(.*)' is not one Azure knows: use forced or planned", P + "reason.promote-mode"),
            RecordedShape.of("the message will not be sent unless (\\S+) holds the webhook URL", P + "reason.webhook-unset"),
            RecordedShape.of("weight '(.*)' must be a whole number from (\\d+) to (\\d+) for (Front Door|Traffic Manager)", P + "reason.weight"),
            RecordedShape.of("no context '(.*)' in kubeconfig (.*) \\(contexts there: (.*)\\); (az aks get-credentials|aws eks "
                    + "update-kubeconfig) adds an? (AKS|EKS) cluster's context", P + "reason.no-context.hint"),
            RecordedShape.of("no context '(.*)' in kubeconfig (.*) \\(contexts there: (.*)\\)", P + "reason.no-context"),
            RecordedShape.of("manifest (.*) does not exist", P + "reason.no-manifest"));

    private final ReportWords say;
    private final RecordedPreviews simulated;

    RecordedConnectorPreviews(ReportWords say, RecordedPreviews simulated) {
        this.say = say;
        this.simulated = simulated;
    }

    Optional<String> said(String recorded) {
        Matcher nothing = NOTHING.matcher(recorded);
        if (nothing.matches()) {
            // The simulated world writes "nothing: …" too; only a reason known here makes the line a connector's.
            return reason(nothing.group(1)).map(why -> say.get(P + "nothing", why));
        }
        return toAChannel(recorded)
                .or(() -> RecordedShape.sayFirst(SUMMARIES, say, recorded))
                .or(() -> RecordedShape.sayFirst(TIMED, say, recorded, simulated::duration))
                .or(() -> RecordedShape.sayFirst(REFUSED, say, recorded, why -> reason(why).orElse(why)))
                .or(() -> RecordedShape.sayFirst(CHANGES, say, recorded))
                .or(() -> reason(recorded));
    }

    private Optional<String> toAChannel(String recorded) {
        for (RecordedShape shape : TO_A_CHANNEL) {
            Matcher m = shape.pattern().matcher(recorded);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                groups[0] = channel(m.group(1));
                for (int i = 1; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return Optional.of(say.get(shape.key(), groups));
            }
        }
        return Optional.empty();
    }

    /** "Slack channel slack-incident (#incident)": the type and the word channel in this language, id and address as written. */
    private String channel(String recorded) {
        Matcher m = CHANNEL_WORDS.matcher(recorded);
        if (!m.matches()) {
            return recorded;
        }
        String type = m.group(1).equals("chat") ? say.get(P + "channel.chat") : m.group(1);
        return m.group(3) == null ? say.get(P + "channel", type, m.group(2)) : say.get(P + "channel.address", type, m.group(2), m.group(3));
    }

    private Optional<String> reason(String recorded) {
        return RecordedShape.sayFirst(REASONS, say, recorded).or(() -> simulated.reason(recorded));
    }
}
