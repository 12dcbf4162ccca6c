package dev.warroom.importer.encoding;

/**
 * Han characters that commonly stand alone as a whole value: the grades of a scale (高/中/低, 大/小, 多/少, 快/慢,
 * 強/弱, 易/難, 好/差, 新/舊, 長/短), a yes or no (是/否, 有/無, 對/錯), and the units of a period (年/季/月/週/日/天/時/分/秒),
 * in traditional and simplified forms. A damaged character with no Han neighbour (a table cell, a "key: value" line, a
 * bracketed unit) is far more often one of these than a character that needs a neighbour to mean something.
 */
final class StandaloneWords {

    private static final String CHARACTERS =
            "高中低大小多少快慢強强弱易難难好差新舊旧長长短是否有無无對对錯错年季月週周日天時时分秒";

    private StandaloneWords() {
    }

    static boolean standsAlone(int codePoint) {
        return CHARACTERS.indexOf(codePoint) >= 0;
    }
}
