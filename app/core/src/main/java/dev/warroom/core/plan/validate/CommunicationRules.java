package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Communication;
import dev.warroom.core.plan.model.ExternalNotice;
import java.util.List;

/** Status updates and external notices go out on channels the plan defines. */
final class CommunicationRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        Communication communication = index.plan().communication();
        if (communication == null) {
            return;
        }
        if (communication.updates() != null) {
            checkChannels(index, communication.updates().channels(), "/communication/updates/channels", findings);
        }
        for (Located<ExternalNotice> notice : PlanIndex.locate(communication.external(), "/communication/external")) {
            checkChannels(index, notice.value().channels(), notice.at("channels"), findings);
        }
    }

    private static void checkChannels(PlanIndex index, List<String> channels, String listPointer, List<Finding> findings) {
        for (Located<String> channel : PlanIndex.locate(channels, listPointer)) {
            if (!index.channelIds().contains(channel.value())) {
                findings.add(Finding.error(channel.pointer(), index.channelIds().unknown(channel.value())));
            }
        }
    }
}
