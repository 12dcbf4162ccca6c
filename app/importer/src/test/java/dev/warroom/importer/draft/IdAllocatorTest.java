package dev.warroom.importer.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids are kebab-case ASCII from the text's English words, unique per namespace, with a numbered fallback. */
class IdAllocatorTest {

    @Test
    void takesTheEnglishWordsAndNumbersTheRest() {
        IdAllocator ids = new IdAllocator();

        assertThat(ids.allocate("procedure", "18.5.2 手動故障轉移 (Manual Failover)", "procedure")).isEqualTo("manual-failover");
        assertThat(ids.allocate("procedure", "Manual failover", "procedure")).isEqualTo("manual-failover-2");
        assertThat(ids.allocate("procedure", "數據恢復流程", "procedure")).isEqualTo("procedure-1");
        assertThat(ids.allocate("procedure", "恢復程序", "procedure")).isEqualTo("procedure-2");
        assertThat(ids.allocate("checklist", "Manual failover", "checklist")).isEqualTo("manual-failover");
    }

    @Test
    void aValidIdIsClaimedAsItIs() {
        IdAllocator ids = new IdAllocator();

        assertThat(ids.claim("node", "run-section-3")).isEqualTo("run-section-3");
        assertThat(ids.claim("node", "run-section-3")).isEqualTo("run-section-3-2");
        assertThat(ids.claim("node", "Primary_Site")).isEqualTo("primary-site");
    }
}
