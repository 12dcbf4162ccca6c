package dev.warroom.connectors.web.chat;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.Reaches;
import dev.warroom.connectors.Params;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.ChannelType;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.RequestOrigin;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * notify.chat: posts to a Slack or Teams incoming webhook whose URL is in the environment variable
 * the channel's {@code webhookEnv} names. A chat outage must not stall a failover: a message that
 * cannot be delivered now is queued in the {@link ChatOutbox} and the step goes on — its result says
 * plainly that the message is NOT delivered yet ({@code delivered=false}, {@code queued=true}), and
 * the outbox reports later whether it arrived. A refused message (revoked webhook) and an unset
 * variable are failures. The webhook is a drill environment on loopback, live anywhere else. A message
 * a step sends ends with its idempotency key and the journal's head ({@link ChatStamp}); the key also
 * goes in the {@code Idempotency-Key} header.
 * Thread-safe.
 */
public final class NotifyChatExecutor implements ActionExecutor {

    private static final Set<ChannelType> WEBHOOK_TYPES = Set.of(ChannelType.SLACK, ChannelType.TEAMS, ChannelType.OTHER);

    private final ChatOutbox outbox;
    private final ConnectorSettings settings;
    private final Duration budget;

    /** {@code budget}: how long a step waits for delivery before the message is queued instead. */
    public NotifyChatExecutor(ChatOutbox outbox, ConnectorSettings settings, Duration budget) {
        this.outbox = outbox;
        this.settings = settings;
        this.budget = budget;
    }

    @Override
    public Reach reach(ActionRequest request) {
        // An unset variable sends nothing anywhere; execute() says so.
        return webhook(request).map(url -> Reaches.forUrl(url)).orElse(Reach.DRILL_ENVIRONMENT);
    }

    /** The webhook's host; an unset webhook sends nothing anywhere. */
    @Override
    public Footprint footprint(ActionRequest request) {
        return webhook(request).map(Footprint::url).orElse(Footprint.none());
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            return Params.cannot(request, problem.get(), reach(request));
        }
        Channel channel = request.channel().orElseThrow();
        String text = request.params().get("message");
        String env = channel.webhookEnv().strip();
        Optional<String> url = webhook(request);
        if (url.isEmpty()) {
            return new ActionPreview("Cannot post to " + words(channel) + ": " + env + " is not set", "(none: " + env + " is not set)",
                    List.of("nothing: the message will not be sent unless " + env + " holds the webhook URL"), reach(request));
        }
        String payload = ChatPayloads.of(channel.type(), safeUri(url.get()).orElse(URI.create("http://invalid")), text);
        return new ActionPreview("Post to " + words(channel), "POST $" + env + "\n  " + payload,
                List.of("a message in " + words(channel) + ": " + text,
                        "the message ends with its idempotency key and the journal's head when the step starts",
                        "if the webhook cannot be reached now, the message is queued and retried; the journal records whether it arrived"),
                reach(request));
    }

    @Override
    public ActionResult execute(ActionRequest request) throws InterruptedException {
        Optional<String> problem = problem(request);
        if (problem.isPresent()) {
            return ActionResult.failed(problem.get());
        }
        Channel channel = request.channel().orElseThrow();
        String env = channel.webhookEnv().strip();
        Optional<String> url = webhook(request);
        if (url.isEmpty()) {
            return ActionResult.failed(env + " is not set: message not sent");
        }
        Optional<URI> uri = safeUri(url.get());
        if (uri.isEmpty()) {
            return ActionResult.failed(env + " does not hold an http:// or https:// webhook URL: message not sent");
        }
        String text = ChatStamp.stamped(request.params().get("message").strip(), request.origin());
        String payload = ChatPayloads.of(channel.type(), uri.get(), text);
        String key = request.origin().map(RequestOrigin::idempotencyKey).orElse("");
        ChatMessage message = outbox.compose(channel.id(), words(channel), uri.get(), payload, text, key);
        Duration wait = request.timeout().compareTo(budget) < 0 ? request.timeout() : budget;
        Receipt receipt = outbox.send(message, wait);
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("channel", channel.id());
        outputs.put("outbox", message.id());
        return switch (receipt.status()) {
            case DELIVERED -> {
                outputs.put("delivered", "true");
                outputs.put("deliveredAt", receipt.at().toString());
                yield ActionResult.ok("delivered to " + words(channel) + " at " + receipt.at().truncatedTo(ChronoUnit.MILLIS)
                        + " (" + receipt.words() + ")", outputs);
            }
            case QUEUED -> {
                outputs.put("delivered", "false");
                outputs.put("queued", "true");
                yield ActionResult.ok("NOT delivered yet to " + words(channel) + ": " + receipt.words() + "; queued as " + message.id()
                        + " and retried in the background — the journal will record whether it arrives", outputs);
            }
            case REJECTED -> new ActionResult(false, "not delivered to " + words(channel) + ": " + receipt.words()
                    + (receipt.words().startsWith("HTTP ") ? " — check the webhook in $" + env : ""), outputs);
        };
    }

    private Optional<String> problem(ActionRequest request) {
        if (request.channel().isEmpty()) {
            return Optional.of("notify.chat needs a communication channel as its target");
        }
        Channel channel = request.channel().get();
        if (!WEBHOOK_TYPES.contains(channel.type())) {
            return Optional.of("notify.chat posts to Slack and Teams incoming webhooks; channel '" + channel.id() + "' is "
                    + channel.type().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (channel.webhookEnv() == null || channel.webhookEnv().isBlank()) {
            return Optional.of("channel '" + channel.id() + "' names no webhookEnv (the environment variable with its webhook URL)");
        }
        return Params.missing(request, "message");
    }

    private Optional<String> webhook(ActionRequest request) {
        return request.channel().map(Channel::webhookEnv).filter(e -> !e.isBlank())
                .flatMap(e -> settings.get(e.strip())).map(String::strip);
    }

    private static Optional<URI> safeUri(String url) {
        try {
            URI uri = URI.create(url);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String words(Channel channel) {
        String type = switch (channel.type()) {
            case SLACK -> "Slack";
            case TEAMS -> "Teams";
            default -> "chat";
        };
        String address = channel.address() != null && !channel.address().isBlank() ? " (" + channel.address().strip() + ")" : "";
        return type + " channel " + channel.id() + address;
    }
}
