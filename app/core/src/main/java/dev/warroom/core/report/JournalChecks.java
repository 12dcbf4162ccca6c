package dev.warroom.core.report;

import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalSeal;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import java.util.List;

/**
 * What a report says at its top about its journal, from verifying it: the final hash and the result in the
 * report's language. A journal that fails verification still gets its report (from the events that could be
 * read), and the report says so; its final hash is then the one its last event claims.
 */
public final class JournalChecks {

    private JournalChecks() {
    }

    /**
     * @param verdict what {@code JournalVerifier.verify} found
     * @param read    the events as read (a tolerant read: all that could be read, verified or not)
     */
    public static JournalCheck of(Verdict verdict, List<JournalEvent> read, TextLanguage language) {
        Words words = Words.of(language);
        if (verdict.ok()) {
            String seal = verdict.seal().map(words::sealed).orElse(words.notSealed());
            return new JournalCheck(verdict.lastHash(), true, words.intact(verdict.eventCount(), seal));
        }
        String claimed = read.isEmpty() ? verdict.lastHash() : read.get(read.size() - 1).hash();
        String problem = verdict.problem().map(p -> p.message()).orElse("").strip().replaceAll("[.。]+$", "");
        return new JournalCheck(claimed, false, words.failed(SafeText.forDisplay(problem)));
    }

    private record Words(String intact, String sealed, String notSealed, String failed) {

        private static final Words ENGLISH = new Words("chain intact, %d events, %s", "sealed at event %d (seal %d, %s)", "not sealed",
                "%s. The report was written from the events that could be read; what it shows may have been altered");
        private static final Words TRADITIONAL = new Words("雜湊鏈完整，共 %d 個事件，%s", "於第 %d 個事件封存（第 %d 道封存，%s）", "尚未封存",
                "%s。本報告依可讀取的事件寫成，內容可能已被更改");
        private static final Words SIMPLIFIED = new Words("哈希链完整，共 %d 个事件，%s", "于第 %d 个事件封存（第 %d 道封存，%s）", "尚未封存",
                "%s。本报告依可读取的事件写成，内容可能已被更改");

        static Words of(TextLanguage language) {
            if (language == null || language.english()) {
                return ENGLISH;
            }
            return language.tag().equals(TextLanguage.SIMPLIFIED_CHINESE.tag()) ? SIMPLIFIED
                    : language.tag().equals(TextLanguage.TRADITIONAL_CHINESE.tag()) ? TRADITIONAL : ENGLISH;
        }

        String intact(int events, String seal) {
            return String.format(java.util.Locale.ROOT, intact, events, seal);
        }

        String sealed(JournalSeal seal) {
            return String.format(java.util.Locale.ROOT, sealed, seal.events(), seal.number(), seal.sealedAt());
        }

        String failed(String problem) {
            return String.format(java.util.Locale.ROOT, failed, problem);
        }
    }
}
