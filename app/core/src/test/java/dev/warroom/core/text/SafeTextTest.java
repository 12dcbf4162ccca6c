package dev.warroom.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    private static final String GITHUB_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

    @Test
    void secretsInPlanTextAreRedactedForDisplay() {
        assertThat(SafeText.forDisplay("rotate " + GITHUB_TOKEN + " after the drill"))
                .doesNotContain(GITHUB_TOKEN).contains("rotate").contains("[redacted]");
        assertThat(SafeText.forDisplay("Copy DefaultEndpointsProtocol=https;AccountName=drsa;AccountKey=Zm9vYmFyYmF6cXV4cXV1eHh5ejEyMzQ1Njc4OTA=;"))
                .doesNotContain("Zm9vYmFyYmF6cXV4cXV1eHh5ejEyMzQ1Njc4OTA").contains("AccountName=drsa");
        assertThat(SafeText.forDisplay("orders-db password=hunter2hunter2")).doesNotContain("hunter2hunter2");
    }

    @Test
    void escapesAndSecretsTogetherLeaveNeitherEscapeNorToken() {
        String shown = SafeText.forDisplay("\u001b]0;owned\u0007 step \u202e" + GITHUB_TOKEN);

        assertThat(shown).doesNotContain("\u001b", "\u0007", "\u202e", GITHUB_TOKEN);
    }

    @Test
    void idsShowInvisibleCharacters() {
        assertThat(SafeText.forId("prim\u200dary")).isEqualTo("prim\\u200dary");
    }

    @Test
    void plainTextAndNullPassThrough() {
        assertThat(SafeText.forDisplay("提升備援資料庫")).isEqualTo("提升備援資料庫");
        assertThat(SafeText.forDisplay(null)).isNull();
    }
}
