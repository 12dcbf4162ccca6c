package dev.warroom.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A damaged character that stands alone (a table cell, a "key: value" line, a bracketed unit) is read as a character
 * that commonly stands alone as a value, although a lookalike (位 for 低, 口 for 季) is more common in general text.
 */
class StandaloneValueRepairTest {

    private static final String RUNBOOK = """
            # 災難恢復方案

            | 故障類型 | 頻率 | 影響 | 恢復策略 |
            |---|---|---|---|
            | 應用程序故障 | 高 (月) | 低 | 自動重啟 |
            | 數據庫故障 | 高 (季) | 高 | 主從切換 |

            - 成本: 低
            - 適用: 所有系統
            """;

    /** Bytes Windows-1252 leaves undefined, plus those seed 001 lost the same way (Ž, ž, the soft hyphen). */
    private static final int[] LOST = {0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E, 0xAD};

    private final DocumentDecoder decoder = DocumentDecoder.standard();

    @Test
    void aLoneDamagedValueIsReadAsTheStandaloneWordAndNotListed() {
        DecodedDocument decoded = decoder.decode(garble(RUNBOOK), "runbook.md");

        assertThat(decoded.repaired()).isTrue();
        assertThat(decoded.text()).contains("| 高 (月) | 低 |", "| 高 (季) | 高 |", "- 成本: 低");
        assertThat(decoded.uncertain()).noneMatch(c -> c.chosen().equals("低") || c.chosen().equals("季"));
    }

    /** UTF-8 read as Windows-1252 and saved again as UTF-8, the bytes that code page cannot show dropped. */
    private static byte[] garble(String text) {
        Charset windows1252 = Charset.forName("windows-1252");
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            boolean lost = false;
            for (int dropped : LOST) {
                lost |= value == dropped;
            }
            if (!lost) {
                kept.write(value);
            }
        }
        return new String(kept.toByteArray(), windows1252).getBytes(StandardCharsets.UTF_8);
    }
}
