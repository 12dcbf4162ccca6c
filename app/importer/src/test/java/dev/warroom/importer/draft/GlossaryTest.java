package dev.warroom.importer.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The DR glossary reads both Chinese scripts alike, takes the longest term, and says when it covers a title whole. */
class GlossaryTest {

    private final Glossary glossary = Glossary.dr();

    @Test
    void traditionalAndSimplifiedGiveTheSameEnglish() {
        GlossaryRendering traditional = glossary.render("部分故障轉移");
        GlossaryRendering simplified = glossary.render("部分故障转移");

        assertThat(traditional.idWords(c -> "")).containsExactly("partial", "failover");
        assertThat(simplified.idWords(c -> "")).containsExactly("partial", "failover");
        assertThat(traditional.english()).isEqualTo("Partial failover");
    }

    @Test
    void aTitleWithWordsOutsideTheGlossaryIsNotFullyCovered() {
        GlossaryRendering rendering = glossary.render("切換到 DR 葵花區域");

        assertThat(rendering.fullyCovered()).isFalse();
        assertThat(rendering.idWords(c -> "")).containsExactly("switch", "to", "dr", "region");
        assertThat(rendering.idWords(c -> "kui hua")).isEqualTo(List.of("switch", "to", "dr", "kui", "hua", "region"));
    }

    @Test
    void punctuationBecomesAsciiInTheEnglishTitle() {
        GlossaryRendering rendering = glossary.render("Step 3：提升 DR 資料庫（主節點）");

        assertThat(rendering.fullyCovered()).isTrue();
        assertThat(rendering.english()).isEqualTo("Step 3: promote DR database (primary)");
    }

    @Test
    void theAuthorsOwnEnglishIsNoticed() {
        assertThat(glossary.render("手動故障轉移 (Manual failover)").hasAuthorsEnglish()).isTrue();
        assertThat(glossary.render("嚴重災難 (Critical - RTO: 1小時)").hasAuthorsEnglish()).isFalse();
    }
}
