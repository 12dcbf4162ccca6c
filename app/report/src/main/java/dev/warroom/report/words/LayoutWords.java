package dev.warroom.report.words;

import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.time.Duration;
import java.util.Locale;

/**
 * The few words a layout adds around the document's own (which come already in the report's language):
 * headings of the contents and of the journal's check, chart labels, page numbers, the missing-font notices (of
 * the PDF and of the HTML page).
 * One set per report language: en, zh-TW, zh-CN; any other tag reads English.
 */
public record LayoutWords(
        TextLanguage language,
        String contents,
        String journalHeading,
        String journalVerified,
        String journalFailed,
        String finalHash,
        String pagePrefix,
        String pageMiddle,
        String pageSuffix,
        String rpo,
        String promotion,
        String budget,
        String target,
        String actual,
        String notMeasured,
        String moreSteps,
        String timeAxis,
        String lagAxis,
        String toFill,
        String missingCjkFont,
        String missingCjkFontInPage) {

    public static final String CJK_FONT_PACKAGE = "fonts-wqy-microhei";

    private static final LayoutWords ENGLISH = new LayoutWords(
            TextLanguage.ENGLISH,
            "Contents",
            "Journal",
            "Journal verified",
            "Journal FAILED verification",
            "Final hash",
            "Page ", " of ", "",
            "RPO",
            "promotion",
            "budget",
            "target",
            "actual",
            "not measured",
            "… and %d more steps (all of them are in the steps table)",
            "time since impact",
            "replica lag",
            "to fill",
            "No CJK font was found on the machine that wrote this PDF, so Chinese text may show as empty boxes. "
                    + "Install a CJK TrueType font (Debian/Ubuntu: apt-get install " + CJK_FONT_PACKAGE + ") and write the report again.",
            "No CJK font was found on the machine that wrote this page, so it does not carry the glyphs of its Chinese text: "
                    + "where the reader has no Chinese font, they show as empty boxes. "
                    + "Install a CJK TrueType font (Debian/Ubuntu: apt-get install " + CJK_FONT_PACKAGE + ") and write the report again.");

    private static final LayoutWords TRADITIONAL = new LayoutWords(
            TextLanguage.TRADITIONAL_CHINESE,
            "目錄",
            "日誌",
            "日誌驗證通過",
            "日誌驗證失敗",
            "最終雜湊",
            "第 ", " 頁，共 ", " 頁",
            "RPO",
            "提升",
            "預算",
            "目標",
            "實際",
            "未量測",
            "……另有 %d 個步驟（全部列於步驟表）",
            "自影響起的時間",
            "副本延遲",
            "待填寫",
            "產生此 PDF 的電腦上找不到中日韓字型，中文可能顯示為空白方框。請安裝中日韓 TrueType 字型"
                    + "（Debian/Ubuntu：apt-get install " + CJK_FONT_PACKAGE + "）後重新產生報告。",
            "產生此網頁的電腦上找不到中日韓字型，網頁未內含中文字形；讀者的電腦若沒有中文字型，中文會顯示為空白方框。"
                    + "請安裝中日韓 TrueType 字型（Debian/Ubuntu：apt-get install " + CJK_FONT_PACKAGE + "）後重新產生報告。");

    private static final LayoutWords SIMPLIFIED = new LayoutWords(
            TextLanguage.SIMPLIFIED_CHINESE,
            "目录",
            "日志",
            "日志验证通过",
            "日志验证失败",
            "最终哈希",
            "第 ", " 页，共 ", " 页",
            "RPO",
            "提升",
            "预算",
            "目标",
            "实际",
            "未测量",
            "……另有 %d 个步骤（全部列于步骤表）",
            "自影响起的时间",
            "副本延迟",
            "待填写",
            "生成此 PDF 的计算机上找不到中日韩字体，中文可能显示为空白方框。请安装中日韩 TrueType 字体"
                    + "（Debian/Ubuntu：apt-get install " + CJK_FONT_PACKAGE + "）后重新生成报告。",
            "生成此网页的计算机上找不到中日韩字体，网页未内含中文字形；读者的计算机若没有中文字体，中文会显示为空白方框。"
                    + "请安装中日韩 TrueType 字体（Debian/Ubuntu：apt-get install " + CJK_FONT_PACKAGE + "）后重新生成报告。");

    /** The English words, which read where a report's Chinese may not (the missing-font notices). */
    public static LayoutWords english() {
        return ENGLISH;
    }

    /** The words for a report language tag (en, zh-TW, zh-CN and their usual spellings). */
    public static LayoutWords of(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (tag) {
            case "zh-tw", "zh-hk", "zh-mo", "zh-hant" -> TRADITIONAL;
            case "zh-cn", "zh-sg", "zh-hans", "zh" -> SIMPLIFIED;
            default -> ENGLISH;
        };
    }

    /** A duration in the report language's units, as the document's own words write it: {@code 1m30s}, {@code 1分30秒}. */
    public String duration(Duration duration) {
        return ReportWords.of(language).duration(duration);
    }

    public String moreSteps(int count) {
        return String.format(Locale.ROOT, moreSteps, count);
    }
}
