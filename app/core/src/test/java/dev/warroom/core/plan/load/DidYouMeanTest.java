package dev.warroom.core.plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> KINDS = List.of("database.promote", "cache.promote", "dns.update");

    @Test
    void suggestsTheClosestNameWithinAFewEdits() {
        assertThat(DidYouMean.hint("databse.promote", KINDS)).isEqualTo(" (did you mean 'database.promote'?)");
        assertThat(DidYouMean.hint("DNS.Update", KINDS)).isEqualTo(" (did you mean 'dns.update'?)");
    }

    @Test
    void staysQuietWhenNothingIsClose() {
        assertThat(DidYouMean.hint("k8s.scale", KINDS)).isEmpty();
        assertThat(DidYouMean.hint("", KINDS)).isEmpty();
        assertThat(DidYouMean.hint("x".repeat(10_000), KINDS)).isEmpty();
    }
}
