package dev.warroom.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.plan.PlanLanguage;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One text per item: the English one when reading in English and the plan has it, else the plan's own. */
class TextLanguageTest {

    @Test
    void englishReadersSeeTheEnglishTextWhereThereIsOneAndTheOriginalElsewhere() {
        assertThat(TextLanguage.ENGLISH.pick("通知團隊", "Notify the team")).isEqualTo("Notify the team");
        assertThat(TextLanguage.ENGLISH.pick("通知團隊", null)).isEqualTo("通知團隊");
        assertThat(TextLanguage.ENGLISH.pick("通知團隊", " ")).isEqualTo("通知團隊");
        assertThat(TextLanguage.TRADITIONAL_CHINESE.pick("通知團隊", "Notify the team")).isEqualTo("通知團隊");
        assertThat(TextLanguage.SIMPLIFIED_CHINESE.pick("通知团队", "Notify the team")).isEqualTo("通知团队");
    }

    @Test
    void tagsAndLocalesNameTheLanguagesWarRoomCanShow() {
        assertThat(TextLanguage.fromTag("zh_tw")).contains(TextLanguage.TRADITIONAL_CHINESE);
        assertThat(TextLanguage.fromTag("zh-CN")).contains(TextLanguage.SIMPLIFIED_CHINESE);
        assertThat(TextLanguage.fromTag("EN")).contains(TextLanguage.ENGLISH);
        assertThat(TextLanguage.fromTag("fr")).isEmpty();
        assertThat(TextLanguage.fromLocale(new Locale("zh", "HK"))).contains(TextLanguage.TRADITIONAL_CHINESE);
        assertThat(TextLanguage.fromLocale(new Locale("zh", "SG"))).contains(TextLanguage.SIMPLIFIED_CHINESE);
        assertThat(TextLanguage.fromLocale(new Locale("zh"))).contains(TextLanguage.SIMPLIFIED_CHINESE);
        assertThat(TextLanguage.fromLocale(Locale.UK)).contains(TextLanguage.ENGLISH);
        assertThat(TextLanguage.fromLocale(Locale.GERMANY)).isEmpty();
    }

    @Test
    void aPlanSpeaksTheLanguageItsSourceDeclaresAndTheReaderChoosesFirst() {
        assertThat(PlanLanguage.of(IncidentRig.plan())).isEqualTo(TextLanguage.TRADITIONAL_CHINESE);
        assertThat(PlanLanguage.chosen(Optional.empty(), Optional.empty(), IncidentRig.plan())).isEqualTo(TextLanguage.TRADITIONAL_CHINESE);
        assertThat(PlanLanguage.chosen(Optional.empty(), Optional.of(TextLanguage.ENGLISH), IncidentRig.plan())).isEqualTo(TextLanguage.ENGLISH);
        assertThat(PlanLanguage.chosen(Optional.of(TextLanguage.SIMPLIFIED_CHINESE), Optional.of(TextLanguage.ENGLISH), IncidentRig.plan()))
                .isEqualTo(TextLanguage.SIMPLIFIED_CHINESE);
        assertThat(TextLanguage.hasCjk("AI Workflow 平台")).isTrue();
        assertThat(TextLanguage.hasCjk("AI Workflow Platform")).isFalse();
    }
}
