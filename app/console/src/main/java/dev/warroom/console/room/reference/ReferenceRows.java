package dev.warroom.console.room.reference;

import dev.warroom.console.i18n.Messages;
import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.plan.model.Backup;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Communication;
import dev.warroom.core.plan.model.Contact;
import dev.warroom.core.plan.model.DegradationLevel;
import dev.warroom.core.plan.model.EscalationLevel;
import dev.warroom.core.plan.model.ExternalNotice;
import dev.warroom.core.plan.model.OnCall;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReferenceSection;
import dev.warroom.core.plan.model.SeverityResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The panel's lines for a plan, in the current language, with what the board has read of the backups. */
public final class ReferenceRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Messages messages;
    private final List<ReferenceRow> rows = new ArrayList<>();

    private ReferenceRows(Messages messages) {
        this.messages = messages;
    }

    public static List<ReferenceRow> of(Plan plan, BoardSnapshot board, Instant now, Messages messages) {
        ReferenceRows built = new ReferenceRows(messages);
        built.contacts(plan);
        built.escalation(plan);
        built.communication(plan);
        built.backups(plan, board, now);
        built.degradation(plan);
        built.reference(plan);
        return List.copyOf(built.rows);
    }

    private void contacts(Plan plan) {
        heading(PanelSection.CONTACTS);
        for (Contact contact : plan.contacts()) {
            String reach = String.join(", ", contact.channels());
            add(PanelSection.CONTACTS, contact.id(), contact.name(),
                    join(contact.service(), contact.supportLevel(), contact.sla() == null ? null : messages.get("reference.sla", contact.sla()),
                            reach),
                    reach, false);
        }
        empty(PanelSection.CONTACTS, plan.contacts().isEmpty());
    }

    private void escalation(Plan plan) {
        heading(PanelSection.ESCALATION);
        boolean none = true;
        if (plan.escalation() != null) {
            for (EscalationLevel rung : plan.escalation().path()) {
                none = false;
                add(PanelSection.ESCALATION, rung.level(), rung.level() + " · " + both(rung.title(), rung.titleEn()),
                        join(rung.role() == null ? null : messages.get("reference.role", rung.role()), rung.contact(),
                                rung.after() == null ? null : messages.get("reference.after", minutes(rung.after()))),
                        rung.contact(), false);
            }
            for (SeverityResponse severity : plan.escalation().severities()) {
                none = false;
                add(PanelSection.ESCALATION, "severity-" + severity.id(), severity.title(),
                        join(messages.get("reference.respond", minutes(severity.responseTime())), severity.owner(),
                                String.join(", ", severity.channels())), null, false);
            }
            OnCall onCall = plan.escalation().onCall();
            if (onCall != null) {
                none = false;
                add(PanelSection.ESCALATION, "on-call", messages.get("reference.onCall"),
                        join(onCall.primary(), onCall.secondary(), onCall.rotation(), onCall.coverage(), onCall.escalation()),
                        onCall.primary(), false);
            }
        }
        empty(PanelSection.ESCALATION, none);
    }

    private void communication(Plan plan) {
        heading(PanelSection.COMMUNICATION);
        Communication communication = plan.communication();
        if (communication == null) {
            empty(PanelSection.COMMUNICATION, true);
            return;
        }
        if (communication.updates() != null && communication.updates().every() != null) {
            add(PanelSection.COMMUNICATION, "cadence", messages.get("reference.cadence", minutes(communication.updates().every())),
                    join(String.join(", ", communication.updates().channels()), String.join(", ", communication.updates().recipients())),
                    null, false);
        }
        for (Channel channel : communication.channels()) {
            add(PanelSection.COMMUNICATION, channel.id(), both(channel.title(), channel.titleEn()),
                    join(channel.address(), channel.purpose()), channel.address(), false);
        }
        for (ExternalNotice notice : communication.external()) {
            add(PanelSection.COMMUNICATION, notice.id(), both(notice.title(), notice.titleEn()),
                    join(notice.trigger(), notice.after() == null ? null : messages.get("reference.after", minutes(notice.after())),
                            String.join(", ", notice.channels()), notice.template()), null, false);
        }
        for (int i = 0; i < communication.flow().size(); i++) {
            add(PanelSection.COMMUNICATION, "flow-" + (i + 1), (i + 1) + ". " + communication.flow().get(i), "", null, false);
        }
    }

    private void backups(Plan plan, BoardSnapshot board, Instant now) {
        heading(PanelSection.BACKUPS);
        for (Backup backup : plan.backups()) {
            String known = BackupReadings.lastGood(backup, board)
                    .map(r -> messages.get("reference.backup.read", r.resourceId(), TIME.format(r.observedAt()),
                            minutes(Duration.between(r.observedAt(), now).isNegative() ? Duration.ZERO : Duration.between(r.observedAt(), now))))
                    .orElse(messages.get("reference.backup.unverified"));
            add(PanelSection.BACKUPS, backup.id(), both(backup.title(), backup.titleEn()),
                    join(known, backup.source() == null ? null : messages.get("reference.backup.from", backup.source()),
                            backup.destination() == null ? null : messages.get("reference.backup.to", backup.destination()), backup.method(),
                            backup.frequency(), backup.retention(), backup.verification(), String.join("; ", backup.notes())),
                    null, backup.isDerived());
        }
        empty(PanelSection.BACKUPS, plan.backups().isEmpty());
    }

    private void degradation(Plan plan) {
        heading(PanelSection.DEGRADATION);
        for (DegradationLevel level : plan.degradationLevels()) {
            add(PanelSection.DEGRADATION, level.id(), both(level.title(), level.titleEn()),
                    join(level.features().isEmpty() ? null : messages.get("reference.degradation.works", String.join(", ", level.features())),
                            level.disabled().isEmpty() ? null : messages.get("reference.degradation.off", String.join(", ", level.disabled())),
                            level.cache(), level.message()), null, false);
        }
        empty(PanelSection.DEGRADATION, plan.degradationLevels().isEmpty());
    }

    private void reference(Plan plan) {
        heading(PanelSection.REFERENCE);
        for (ReferenceSection section : plan.reference()) {
            add(PanelSection.REFERENCE, section.id(), both(section.title(), section.titleEn()),
                    section.items().stream().map(item -> "• " + item).collect(Collectors.joining("\n")), null, false);
        }
        empty(PanelSection.REFERENCE, plan.reference().isEmpty());
    }

    private void heading(PanelSection section) {
        rows.add(ReferenceRow.heading(section, messages.get(section.headingKey())));
    }

    private void empty(PanelSection section, boolean none) {
        if (none) {
            add(section, "none", messages.get("reference.none"), "", null, false);
        }
    }

    private void add(PanelSection section, String id, String title, String detail, String copy, boolean derived) {
        rows.add(ReferenceRow.entry(section, id, title, detail, copy, derived));
    }

    private String minutes(Duration duration) {
        return messages.duration(duration.isNegative() ? Duration.ZERO : duration);
    }

    static String both(String title, String titleEn) {
        return titleEn == null || titleEn.isBlank() || titleEn.equals(title) ? title : title + " (" + titleEn + ")";
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(" · "));
    }
}
