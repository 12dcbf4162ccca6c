package dev.warroom.importer.markdown;

import java.util.Locale;

/** The incident phase a checklist's heading or key words name: failback, pre, post, drill, else during. */
final class ChecklistPhase {

    private ChecklistPhase() {
    }

    static String of(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("failback") || w.contains("回切") || w.contains("切回") || w.contains("回遷") || w.contains("回迁")) {
            return "failback";
        }
        if (w.contains("pre_") || w.contains("pre-") || w.contains("before") || w.contains("前") || w.contains("準備")
                || w.contains("准备") || w.contains("readiness")) {
            return "pre";
        }
        if (w.contains("post") || w.contains("after") || w.contains("後") || w.contains("后") || w.contains("恢復後")) {
            return "post";
        }
        if (w.contains("drill") || w.contains("test") || w.contains("演練") || w.contains("演练") || w.contains("測試")
                || w.contains("测试")) {
            return "drill";
        }
        return "during";
    }
}
