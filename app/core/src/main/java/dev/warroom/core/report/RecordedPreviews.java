package dev.warroom.core.report;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.time.DurationText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated world's dry-run previews as the engine records them ({@code step.proposed}'s {@code preview.summary} and
 * {@code preview.changes}): each action's summary ("Promote db-dr to a standalone, writable primary"), the change lines a
 * promotion, a traffic move, a DNS change, a scale, a storage failover, a wait and the read-only checks write, and the
 * "Cannot …: …" summary of a request the world refuses to preview, with the refusal's recurring reasons. Ids, names, URLs,
 * lags and values stay as written; a TTL or a wait is said in this language's units. A text of another shape (a real
 * connector's preview) is left to {@link RecordedConnectorPreviews}, which shares the recurring reasons and durations.
 */
final class RecordedPreviews {

    private static final String P = "recorded.preview.";
    private static final List<RecordedShape> SUMMARIES = List.of(
            RecordedShape.of("Promote cache (.*) so it takes writes", P + "promote-cache"),
            RecordedShape.of("Promote (.*) to a standalone, writable primary", P + "promote-database"),
            RecordedShape.of("Activate deployment (.*)", P + "activate-deployment"),
            RecordedShape.of("Point Kubernetes steps at cluster (.*)", P + "use-context"),
            RecordedShape.of("Point (.*) at (\\S+)", P + "point-record"),
            RecordedShape.of("Call (\\S+) (.*)", P + "call"),
            RecordedShape.of("Check that (.*) answers (\\d+)", P + "http-check"),
            RecordedShape.of("Apply (.*) to cluster (.*)", P + "apply"),
            RecordedShape.of("Scale deployment (.*) to (\\S+) replicas", P + "scale"),
            RecordedShape.of("Post to (.*)", P + "post"),
            RecordedShape.of("Set routing control (.*) (On|Off)", P + "routing-control"),
            RecordedShape.of("Run a shell command \\(simulated: it will not be started\\)", P + "shell"),
            RecordedShape.of("Query (.*) and expect (.*)", P + "query.expect"),
            RecordedShape.of("Query (.*)", P + "query"),
            RecordedShape.of("Fail storage account (.*) over to its secondary region \\(planned\\)", P + "storage-failover.planned"),
            RecordedShape.of("Fail storage account (.*) over to its secondary region \\(unplanned\\)", P + "storage-failover.unplanned"),
            RecordedShape.of("Send traffic on (.*) to (.*)", P + "traffic-switch"));
    private static final List<RecordedShape> CHANGES = List.of(
            RecordedShape.of("(\\S+) stops replicating from its primary and accepts writes as a primary", P + "stops-replicating.its-primary"),
            RecordedShape.of("(\\S+) stops replicating from (\\S+) and accepts writes as a primary", P + "stops-replicating"),
            RecordedShape.of("writes not yet replicated are lost: the current lag is (\\S+)", P + "lost-at-lag"),
            RecordedShape.of("this cannot be undone: going back means rebuilding its primary as a replica", P + "no-undo.its-primary"),
            RecordedShape.of("this cannot be undone: going back means rebuilding (\\S+) as a replica", P + "no-undo"),
            RecordedShape.of("no site to move traffic to: every other site is down", P + "no-site"),
            RecordedShape.of("traffic stays on (\\S+) \\(already serving\\)", P + "traffic-stays"),
            RecordedShape.of("public traffic moves from (\\S+) to (\\S+) within about a minute", P + "traffic-moves.minute"),
            RecordedShape.of("public traffic moves from (\\S+) to (\\S+) as resolvers pick up the change", P + "traffic-moves.resolvers"),
            RecordedShape.of("warning: (\\S+) is down right now; users would get errors", P + "site-down"),
            RecordedShape.of("warning: (\\S+) has nothing ready to serve yet \\(no ready pods or active deployment\\)", P + "site-not-ready"),
            RecordedShape.of("desired replicas of (\\S+): (\\S+) → (\\d+) \\(ready now: (\\d+)\\)", P + "desired-replicas"),
            RecordedShape.of("above the plan's maxReplicas of (\\d+): an autoscaler may scale it back", P + "above-max"),
            RecordedShape.of("objects in (.*) are created or updated in (\\S+) \\(namespace (.*)\\)", P + "apply-objects.namespace"),
            RecordedShape.of("objects in (.*) are created or updated in (\\S+)", P + "apply-objects"),
            RecordedShape.of("the current kube context becomes (.*)", P + "kube-context"),
            RecordedShape.of("message to (.*?): (.*)", P + "message"),
            RecordedShape.of("whatever (.*) does on (\\S+); the header comes from \\$(\\S+)", P + "whatever.header"),
            RecordedShape.of("whatever (.*) does on (\\S+)", P + "whatever"),
            RecordedShape.of("nothing changes: a read-only check \\(up to (\\S+) attempts\\)", P + "read-only-check"),
            RecordedShape.of("nothing changes: a read-only query", P + "read-only-query"),
            RecordedShape.of("nothing: in the simulated world the command is only reported", P + "shell-reported"),
            RecordedShape.of("the control turns Off; traffic stays where it is", P + "control-off"),
            RecordedShape.of("the account's primary moves from the primary region to (.*); its endpoints keep their names and point at the "
                    + "new primary once DNS updates", P + "storage-primary-moves.from-primary-region"),
            RecordedShape.of("the account's primary moves from (.*) to (.*); its endpoints keep their names and point at the new primary "
                    + "once DNS updates", P + "storage-primary-moves"),
            RecordedShape.of("the primary region becomes the secondary; nothing is lost, but the primary must be available",
                    P + "storage-secondary.primary-region"),
            RecordedShape.of("(.*) becomes the secondary; nothing is lost, but the primary must be available", P + "storage-secondary"),
            RecordedShape.of("writes after the last sync are lost: the last sync was (\\S+) ago", P + "storage-lost"),
            RecordedShape.of("the account is left LRS \\(no geo-redundancy\\) in (.*); turning GRS back on copies the whole account again",
                    P + "storage-lrs"),
            RecordedShape.of("(\\S+): (.*) → (.*)", P + "record-value"));
    /** Why the world would not preview a request: the request's own checks and each action's parameter checks. */
    private static final List<RecordedShape> REFUSALS = List.of(
            RecordedShape.of("this executor performs (\\S+), not (.*)", P + "refused.other-kind"),
            RecordedShape.of("(\\S+) needs a target resource \\(one of: (.*)\\)", P + "refused.needs-target"),
            RecordedShape.of("(\\S+) cannot act on (.*): it is a (\\S+), and \\S+ works on (.*)", P + "refused.wrong-kind"),
            RecordedShape.of("resource '(.*)' is not part of the simulated plan", P + "refused.not-in-plan"),
            RecordedShape.of("(\\S+) needs a communication channel", P + "refused.needs-channel"),
            RecordedShape.of("(\\S+) needs the parameter '(.*)'", P + "refused.needs-parameter"),
            RecordedShape.of("(expectStatus) must be an HTTP status such as 200, not '(.*)'", P + "refused.http-status"),
            RecordedShape.of("(attempts|replicas) must be a whole number from (\\d+) to (\\d+), not '(.*)'", P + "refused.whole-number"),
            RecordedShape.of("(state) must be On or Off, not '(.*)'", P + "refused.on-or-off"),
            RecordedShape.of("sql\\.check runs read-only queries; this one would change the database", P + "refused.sql-writes"),
            RecordedShape.of("storage\\.failover's failoverType is '(.*)': it must be planned or unplanned", P + "refused.failover-type"),
            RecordedShape.of("(.*): '(.*)' is not a duration: write a number with a unit, e\\.g\\. 90m, 1h30m, 45s \\(units: ms, s, m, h, d\\)",
                    "recorded.problem.not-a-duration"),
            RecordedShape.of("(.*): duration '(.*)' has no unit: write e\\.g\\. \\S+ or \\S+ \\(units: ms, s, m, h, d\\)", P + "refused.no-unit"),
            RecordedShape.of("(.*): duration '(.*)' is too long: WarRoom counts durations up to (\\S+) \\(100 years\\), and a plan's own "
                    + "bounds are shorter", P + "refused.too-long"));
    private static final Pattern WAIT = Pattern.compile("Wait (\\S+)");
    private static final Pattern WAIT_CLOCK = Pattern.compile("nothing changes; the incident clock moves on (\\S+)");
    private static final Pattern OLD_TTL = Pattern.compile("resolvers keep answering (.*) for up to (\\S+) \\(the old TTL\\)", Pattern.DOTALL);
    private static final Pattern CANNOT = Pattern.compile("Cannot (.*?): (.*)", Pattern.DOTALL);

    private final ReportWords say;

    RecordedPreviews(ReportWords say) {
        this.say = say;
    }

    Optional<String> said(String recorded) {
        Matcher wait = WAIT.matcher(recorded);
        if (wait.matches()) {
            return Optional.of(say.get(P + "wait", duration(wait.group(1))));
        }
        Matcher clock = WAIT_CLOCK.matcher(recorded);
        if (clock.matches()) {
            return Optional.of(say.get(P + "clock-moves-on", duration(clock.group(1))));
        }
        Matcher ttl = OLD_TTL.matcher(recorded);
        if (ttl.matches()) {
            return Optional.of(say.get(P + "old-ttl", ttl.group(1), duration(ttl.group(2))));
        }
        Matcher cannot = CANNOT.matcher(recorded);
        if (cannot.matches()) {
            Optional<String> kind = kindDescribedAs(cannot.group(1));
            if (kind.isPresent()) {
                String why = cannot.group(2);
                return Optional.of(say.get(P + "cannot", kind.get(), reason(why).orElse(why)));
            }
        }
        return RecordedShape.sayFirst(SUMMARIES, say, recorded).or(() -> RecordedShape.sayFirst(CHANGES, say, recorded));
    }

    /** A recurring reason a request cannot be previewed as written ("x needs the parameter 'y'"), said in this language. */
    Optional<String> reason(String recorded) {
        return RecordedShape.sayFirst(REFUSALS, say, recorded);
    }

    /** The action kind whose catalog description the "Cannot …" summary repeats in lower case: its name is said instead. */
    private static Optional<String> kindDescribedAs(String lowerCased) {
        return ActionKinds.all().stream().filter(k -> k.description().toLowerCase(Locale.ROOT).equals(lowerCased))
                .map(ActionKind::name).findFirst();
    }

    String duration(String recorded) {
        return DurationText.parse(recorded).map(say::duration).orElse(recorded);
    }
}
