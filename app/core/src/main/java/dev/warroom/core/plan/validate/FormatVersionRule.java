package dev.warroom.core.plan.validate;

import java.util.List;

/** The plan is written in the format this WarRoom reads. */
final class FormatVersionRule implements PlanRule {

    static final int SUPPORTED = 1;

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        int version = index.plan().formatVersion();
        if (version != SUPPORTED) {
            findings.add(Finding.error("/formatVersion", "formatVersion " + version + " is not supported: this WarRoom reads formatVersion "
                    + SUPPORTED));
        }
    }
}
