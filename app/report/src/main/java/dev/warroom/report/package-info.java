/**
 * The report renderers: one {@link dev.warroom.report.ReportRenderer} per {@link dev.warroom.report.ReportFormat},
 * each laying out a {@code core.report.doc.ReportDocument}. The document is built in core from the plan, the
 * journal and a template; nothing here reads a journal or a plan.
 */
package dev.warroom.report;
