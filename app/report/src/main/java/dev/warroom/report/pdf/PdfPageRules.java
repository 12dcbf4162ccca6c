package dev.warroom.report.pdf;

import dev.warroom.report.words.LayoutWords;

/**
 * What a PDF adds to the page's stylesheet: the embedded font for every text, "page N of M" at the foot of each
 * page in the report's language, page numbers in the contents, and tables that repeat their header row on every
 * page they run onto.
 */
final class PdfPageRules {

    static final String FONT_FAMILY = "WarRoom Sans";

    private PdfPageRules() {
    }

    static String css(LayoutWords words) {
        String font = string(FONT_FAMILY);
        return """
                @page {
                  size: A4 portrait;
                  margin: 18mm 16mm 20mm 16mm;
                  @bottom-center {
                    content: %s counter(page) %s counter(pages) %s;
                    font-family: %s, sans-serif; font-size: 8.5pt; color: #607d8b;
                  }
                }
                body, code, .to-fill-badge { font-family: %s, sans-serif; }
                table.data { -fs-table-paginate: paginate; -fs-page-break-min-height: 1.5cm; }
                table.data.continued { margin-top: -13px; }
                .contents a::after { content: leader('.') target-counter(attr(href), page); }
                .pdf-font-notice { border: 2px solid #c62828; color: #b71c1c; padding: 6px 10px; margin: 8px 0; }
                .pdf-font-notice .package { white-space: nowrap; }
                """.formatted(string(words.pagePrefix()), string(words.pageMiddle()), string(words.pageSuffix()), font, font);
    }

    /** A CSS string literal: our own words only, but quoted properly all the same. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
