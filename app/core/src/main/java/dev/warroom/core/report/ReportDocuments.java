package dev.warroom.core.report;

import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a report document: each section of the template, in order, filled from the plan and the journal
 * (or from the author's entries), with the journal's check at the top as given. A pure function of its
 * {@link ReportInput}: the same input always gives an equal document.
 */
public final class ReportDocuments {

    private ReportDocuments() {
    }

    public static ReportDocument build(ReportInput input) {
        ReportContext c = new ReportContext(input);
        List<ReportSection> sections = new ArrayList<>();
        for (TemplateSection section : input.template().sections()) {
            sections.add(section(c, section));
        }
        String title = c.text.pick(input.template().title(), input.template().titleEn()) + ": " + SummarySection.title(c);
        return new ReportDocument(title, input.language().tag(), input.template().id(), input.journal(), sections,
                c.text.converts() ? c.words.get("language.converted") : "");
    }

    private static ReportSection section(ReportContext c, TemplateSection section) {
        String title = c.text.pick(section.title(), section.titleEn());
        List<Block> blocks = new ArrayList<>();
        List<ReportSection> subsections = List.of();
        switch (section.content()) {
            case SUMMARY -> blocks.addAll(SummarySection.blocks(c));
            case RECOVERY_OBJECTIVES -> blocks.addAll(RecoverySection.objectives(c));
            case REPLICA_LAG -> blocks.addAll(ReplicaLagSection.blocks(c));
            case DECISION_PATH -> blocks.addAll(PathAndStepsSection.decisionPath(c));
            case STEPS -> blocks.addAll(PathAndStepsSection.steps(c));
            case TIMELINE -> blocks.addAll(TimelineSection.blocks(c));
            case CHECKLISTS -> subsections = RecordsSection.checklists(c, section.id(), blocks);
            case DRILL -> blocks.addAll(DrillSections.drill(c));
            case DRILL_CRITERIA -> blocks.addAll(DrillSections.criteria(c));
            case INJECTS -> blocks.addAll(DrillSections.injects(c));
            case OBSERVATIONS -> blocks.addAll(DrillSections.observations(c));
            case HOT_WASH -> blocks.addAll(DrillSections.hotWash(c));
            case OBJECTIVE_ANALYSIS -> subsections = DrillSections.objectiveAnalysis(c, section.id(), blocks);
            case ACTION_ITEMS -> blocks.addAll(FollowUpSection.actionItems(c));
            case ISSUES -> blocks.addAll(RecordsSection.notes(c, NoteKind.ISSUE));
            case NOTES -> blocks.addAll(RecordsSection.notes(c, NoteKind.NOTE));
            case PARTICIPANTS -> blocks.addAll(RecordsSection.participants(c));
            case FIELD -> blocks.addAll(AuthorSection.field(c, section));
            case FIELDS -> blocks.addAll(AuthorSection.fields(c, section));
            case TABLE -> blocks.addAll(AuthorSection.table(c, section));
            case SIGN_OFFS -> blocks.addAll(AuthorSection.signOffs(c, section));
        }
        return new ReportSection(section.id(), title, blocks, subsections);
    }
}
