/**
 * The HTML report: one self-contained page built as a jsoup DOM (never by pasting strings), so every text from
 * a plan or a journal is escaped by construction; its charts are inline SVG ({@code report.chart}). The PDF
 * renderer lays out the same page.
 */
package dev.warroom.report.html;
