/**
 * The PDF report: the HTML page ({@code report.html}) laid out by openhtmltopdf on PDFBox, with its SVG charts as
 * vector graphics (Batik), a CJK TrueType font embedded, bookmarks and page numbers.
 */
package dev.warroom.report.pdf;
