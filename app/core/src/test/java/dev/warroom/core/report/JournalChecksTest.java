package dev.warroom.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.SteppingClock;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.text.TextLanguage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalChecksTest {

    @TempDir
    Path dir;

    private Path journal(boolean sealed) throws Exception {
        Path file = dir.resolve(sealed ? "sealed.jsonl" : "open.jsonl");
        try (Journal journal = Journal.create(file, new SteppingClock())) {
            for (int i = 1; i <= 5; i++) {
                journal.append("note.added", "commander", JsonNodeFactory.instance.objectNode().put("text", "note " + i));
            }
            if (sealed) {
                journal.seal();
            }
        }
        return file;
    }

    private static JournalCheck check(Path file, TextLanguage language) throws Exception {
        return JournalChecks.of(JournalVerifier.verify(file), JournalReader.read(file).events(), language);
    }

    @Test
    void anIntactJournalIsVerifiedWithItsHeadAndItsSealInTheReportsLanguage() throws Exception {
        Path sealed = journal(true);
        List<JournalEvent> events = JournalReader.read(sealed).events();

        JournalCheck english = check(sealed, TextLanguage.ENGLISH);

        assertThat(english.verified()).isTrue();
        assertThat(english.finalHash()).isEqualTo(events.get(4).hash());
        assertThat(english.words()).startsWith("chain intact, 5 events, sealed at event 5 (seal 1, ");
        assertThat(check(sealed, TextLanguage.TRADITIONAL_CHINESE).words()).startsWith("雜湊鏈完整，共 5 個事件，於第 5 個事件封存（第 1 道封存，");
        assertThat(check(sealed, TextLanguage.SIMPLIFIED_CHINESE).words()).startsWith("哈希链完整，共 5 个事件，于第 5 个事件封存");
        assertThat(check(journal(false), TextLanguage.ENGLISH).words()).isEqualTo("chain intact, 5 events, not sealed");
    }

    @Test
    void aJournalWithOneFlippedByteFailsInWordsWithTheHashItsLastEventClaims() throws Exception {
        Path file = journal(true);
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("note 3") + 5;
        bytes[at] ^= 0x01;
        Files.write(file, bytes);
        List<JournalEvent> read = JournalReader.read(file).events();

        JournalCheck english = check(file, TextLanguage.ENGLISH);
        JournalCheck chinese = check(file, TextLanguage.TRADITIONAL_CHINESE);

        assertThat(english.verified()).isFalse();
        assertThat(english.finalHash()).isEqualTo(read.get(read.size() - 1).hash());
        assertThat(english.words()).contains("event 3").endsWith("what it shows may have been altered");
        assertThat(chinese.verified()).isFalse();
        assertThat(chinese.words()).contains("event 3").endsWith("內容可能已被更改");
    }
}
