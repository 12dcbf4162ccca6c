/**
 * The report's charts as SVG, drawn by a small builder of our own on jsoup elements (labels are text nodes, so
 * a plan's text never becomes markup), with a title and a description for screen readers, sized for A4 portrait.
 */
package dev.warroom.report.chart;
