package dev.warroom.report.md;

import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.time.Duration;
import java.util.Locale;

/**
 * The few words the Markdown layout adds around the document's own (which come already in the report's
 * language): the journal's check at the top, the marks a page without colour spells out, and the headers of
 * the small tables that give each chart's data. One set per report language; any other tag reads English.
 */
record MarkdownWords(
        TextLanguage language,
        String journalVerified,
        String journalFailed,
        String finalHash,
        String toFill,
        String actual,
        String budget,
        String target,
        String resource,
        String sinceImpact,
        String replicaLag,
        String start,
        String end,
        String rpo,
        String promotion,
        String readingsShown) {

    private static final MarkdownWords ENGLISH = new MarkdownWords(TextLanguage.ENGLISH,
            "Journal verified", "Journal FAILED verification", "Final hash", "to fill",
            "Actual", "Budget", "Target", "Resource", "Time since impact", "Replica lag", "Start", "End",
            "RPO", "Promotion at", "%d of %d readings shown");

    private static final MarkdownWords TRADITIONAL = new MarkdownWords(TextLanguage.TRADITIONAL_CHINESE,
            "日誌驗證通過", "日誌驗證失敗", "最終雜湊", "待填寫",
            "實際", "預算", "目標", "資源", "自影響起的時間", "副本延遲", "開始", "結束",
            "RPO", "提升於", "顯示 %2$d 筆讀數中的 %1$d 筆");

    private static final MarkdownWords SIMPLIFIED = new MarkdownWords(TextLanguage.SIMPLIFIED_CHINESE,
            "日志验证通过", "日志验证失败", "最终哈希", "待填写",
            "实际", "预算", "目标", "资源", "自影响起的时间", "副本延迟", "开始", "结束",
            "RPO", "提升于", "显示 %2$d 条读数中的 %1$d 条");

    static MarkdownWords of(String languageTag) {
        String tag = languageTag == null ? "" : languageTag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (tag) {
            case "zh-tw", "zh-hk", "zh-mo", "zh-hant" -> TRADITIONAL;
            case "zh-cn", "zh-sg", "zh-hans", "zh" -> SIMPLIFIED;
            default -> ENGLISH;
        };
    }

    /** A duration in the report language's units, as the document's own words write it. */
    String duration(Duration duration) {
        return ReportWords.of(language).duration(duration);
    }

    String readingsShown(int shown, int of) {
        return String.format(Locale.ROOT, readingsShown, shown, of);
    }
}
