package dev.warroom.importer.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Ids are kebab-case ASCII from the text's English words (the author's, else the DR glossary's), unique per namespace,
 * with a numbered fallback.
 */
class IdAllocatorTest {

    @Test
    void takesTheEnglishWordsAndNumbersTheRest() {
        IdAllocator ids = new IdAllocator();

        assertThat(ids.allocate("procedure", "18.5.2 手動故障轉移 (Manual Failover)", "procedure")).isEqualTo("manual-failover");
        assertThat(ids.allocate("procedure", "Manual failover", "procedure")).isEqualTo("manual-failover-2");
        assertThat(ids.allocate("procedure", "數據恢復流程", "procedure")).isEqualTo("data-restore-process");
        assertThat(ids.allocate("procedure", "数据恢复流程", "procedure")).isEqualTo("data-restore-process-2");
        assertThat(ids.allocate("procedure", "驗證 DR 資料庫", "procedure")).isEqualTo("verify-dr-database");
        assertThat(ids.allocate("procedure", "營運交接", "procedure")).isEqualTo("procedure-1");
        assertThat(ids.allocate("procedure", "葵花寶典", "procedure")).isEqualTo("procedure-2");
        assertThat(ids.allocate("checklist", "Manual failover", "checklist")).isEqualTo("manual-failover");
    }

    @Test
    void aNameTakesItsAsciiWordsBeforeTheGlossary() {
        IdAllocator ids = new IdAllocator();

        assertThat(ids.allocateName("plan", "灾难恢复计划 - Gemini Image Toolbox", "plan")).isEqualTo("gemini-image-toolbox");
        assertThat(ids.allocateName("plan", "災難恢復計劃", "plan")).isEqualTo("disaster-recovery-plan");
    }

    @Test
    void aValidIdIsClaimedAsItIs() {
        IdAllocator ids = new IdAllocator();

        assertThat(ids.claim("node", "run-section-3")).isEqualTo("run-section-3");
        assertThat(ids.claim("node", "run-section-3")).isEqualTo("run-section-3-2");
        assertThat(ids.claim("node", "Primary_Site")).isEqualTo("primary-site");
    }
}
