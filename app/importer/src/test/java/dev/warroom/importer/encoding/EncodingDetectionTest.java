package dev.warroom.importer.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The encodings and garblings a team's document arrives in, each generated here from a text written for the test. */
class EncodingDetectionTest {

    private static final String TRADITIONAL = """
            # 災難恢復演練手冊

            當主要資料中心發生停電時，值班工程師應先確認備援站點的狀態，再通知所有相關團隊。
            切換完成後，請檢查應用程式的健康狀態，並記錄每一個步驟所花費的時間。
            演練結束以後，團隊會一起檢討這次的問題，並且更新這份文件。
            """;
    private static final String SIMPLIFIED = """
            # 灾难恢复演练手册

            当主要数据中心发生停电时，值班工程师应先确认备用站点的状态，再通知所有相关团队。
            切换完成后，请检查应用程序的健康状态，并记录每一个步骤所花费的时间。
            演练结束以后，团队会一起检讨这次的问题，并且更新这份文件。
            """;

    private final DocumentDecoder decoder = DocumentDecoder.standard();

    @Test
    void utf8ReadAsLatin1AndSavedAgainIsRepairedWhole() {
        String garbled = new String(TRADITIONAL.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        DecodedDocument decoded = decoder.decode(garbled.getBytes(StandardCharsets.UTF_8), "runbook.md");

        assertThat(decoded.text()).isEqualTo(TRADITIONAL);
        assertThat(decoded.repaired()).isTrue();
        assertThat(decoded.encoding()).contains("read as Latin-1");
        assertThat(decoded.uncertain()).isEmpty();
    }

    @Test
    void aGbkFileIsDetectedAndDecoded() {
        DecodedDocument decoded = decoder.decode(SIMPLIFIED.getBytes(Charset.forName("GBK")), "runbook.md");

        assertThat(decoded.text()).isEqualTo(SIMPLIFIED);
        assertThat(decoded.encoding()).contains("GB");
        assertThat(decoded.repaired()).isFalse();
    }

    @Test
    void aBig5FileIsDetectedAndDecoded() {
        DecodedDocument decoded = decoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")), "runbook.md");

        assertThat(decoded.text()).isEqualTo(TRADITIONAL);
        assertThat(decoded.encoding()).isEqualTo("Big5");
        assertThat(decoded.repaired()).isFalse();
    }

    @Test
    void aByteOrderMarkIsRemovedAndNamed() {
        byte[] text = TRADITIONAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        DecodedDocument utf8 = decoder.decode(withBom, "runbook.md");
        DecodedDocument utf16 = decoder.decode(("\uFEFF" + SIMPLIFIED).getBytes(StandardCharsets.UTF_16LE), "runbook.md");

        assertThat(utf8.text()).isEqualTo(TRADITIONAL);
        assertThat(utf8.encoding()).isEqualTo("UTF-8 with a byte-order mark");
        assertThat(utf16.text()).isEqualTo(SIMPLIFIED);
        assertThat(utf16.encoding()).isEqualTo("UTF-16 (little-endian) with a byte-order mark");
    }

    @Test
    void plainAsciiAndCleanUtf8StayUntouchedWithNoRepairClaimed() {
        String ascii = "# Failover runbook\n\n1. Promote the replica: `az postgres flexible-server replica promote`\n";
        String mixed = TRADITIONAL + "Café, naïve — “quoted” €5\n";

        DecodedDocument plain = decoder.decode(ascii.getBytes(StandardCharsets.US_ASCII), "runbook.md");
        DecodedDocument clean = decoder.decode(mixed.getBytes(StandardCharsets.UTF_8), "runbook.md");

        assertThat(plain.text()).isEqualTo(ascii);
        assertThat(plain.encoding()).isEqualTo("ASCII");
        assertThat(plain.repaired()).isFalse();
        assertThat(clean.text()).isEqualTo(mixed);
        assertThat(clean.encoding()).isEqualTo("UTF-8");
        assertThat(clean.repaired()).isFalse();
        assertThat(clean.uncertain()).isEmpty();
    }

    @Test
    void aLatin1DocumentIsReadAsLatin1NotRepaired() {
        String french = "Plan de reprise : basculer la réplique, vérifier l'état du système, prévenir l'équipe.\n".repeat(5);

        DecodedDocument decoded = decoder.decode(french.getBytes(StandardCharsets.ISO_8859_1), "plan.md");

        assertThat(decoded.text()).isEqualTo(french);
        assertThat(decoded.repaired()).isFalse();
    }

    @Test
    void binaryGarbageIsReportedAsNotTextInASentence() {
        byte[] garbage = new byte[4096];
        new Random(14).nextBytes(garbage);

        DecodedDocument decoded = decoder.decode(garbage, "backup.tar.gz");

        assertThat(decoded.isText()).isFalse();
        assertThat(decoded.notText()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("backup.tar.gz is not a text document")
                .doesNotContain("Exception"));
        assertThat(decoded.text()).isEmpty();
    }
}
