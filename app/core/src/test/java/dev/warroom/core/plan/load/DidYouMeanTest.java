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

    @Test
    void anUnknownKindThatIsNoTypoGetsTheKnownKindsSharingAWordWithIt() {
        List<String> kinds = List.of("aws-rds", "aws-s3", "aws-lambda", "postgres", "azure-postgres-flexible", "redis");

        assertThat(DidYouMean.nearest("aurora-postgres", kinds, 3)).isEqualTo(" (nearest known: postgres, azure-postgres-flexible)");
        assertThat(DidYouMean.nearest("aws-aurora-global", kinds, 2)).isEqualTo(" (nearest known: aws-lambda, aws-rds)");
        assertThat(DidYouMean.nearest("postgress", kinds, 3)).as("a typo still gets its one suggestion")
                .isEqualTo(" (did you mean 'postgres'?)");
        assertThat(DidYouMean.nearest("memcached", kinds, 2)).as("nothing shares a word: the fewest edits away")
                .startsWith(" (nearest known: ");
    }
}
