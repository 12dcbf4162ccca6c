/**
 * The fonts of a report: where this machine keeps a CJK TrueType font, which texts need one, and the subset of
 * it that holds only the characters a report uses (for the HTML page, which carries its font inline).
 */
package dev.warroom.report.font;
