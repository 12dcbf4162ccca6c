package dev.warroom.core.secret;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.journal.SecretRedactor;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.core.plan.validate.TestPlans;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The plan validator and the journal's redactor know the same secrets: every name and every shape in
 * {@link SecretVocabulary} is flagged in a plan and redacted from the journal, and every name that is only
 * about a secret is left alone by both.
 */
class SecretVocabularyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySecretNameIsFlaggedInAPlanAndRedactedFromTheJournal() throws Exception {
        Map<String, String> details = new LinkedHashMap<>();
        SecretVocabulary.secretNames().forEach(name -> details.put(name, "hunter2-" + name.length()));

        List<String> problems = validate(details);
        ObjectNode redacted = SecretRedactor.redact(object(details));

        assertThat(SecretVocabulary.secretNames()).hasSizeGreaterThan(30).allSatisfy(name -> {
            assertThat(problems).as("the validator on '%s'", name)
                    .anyMatch(p -> p.contains("details key '" + name + "'") && p.contains("looks like a secret"));
            assertThat(redacted.path(name).asText()).as("the redactor on '%s'", name).isEqualTo(SecretRedactor.MARK);
        });
    }

    @Test
    void aNameAboutASecretIsNeitherFlaggedNorRedacted() throws Exception {
        Map<String, String> details = new LinkedHashMap<>();
        for (String name : SecretVocabulary.secretNames()) {
            for (String about : SecretVocabulary.aboutASecret()) {
                details.put(name + about.substring(0, 1).toUpperCase(Locale.ROOT) + about.substring(1), "WARROOM_SOME_NAME");
            }
        }

        List<String> problems = validate(details);
        ObjectNode redacted = SecretRedactor.redact(object(details));

        assertThat(details).containsKeys("secretName", "tokenType", "passwordEnv", "authorizationHint", "cookieExpiry");
        assertThat(problems).noneMatch(p -> p.contains("looks like a secret"));
        assertThat(redacted.toString()).doesNotContain(SecretRedactor.MARK);
    }

    @Test
    void everyShapeOfSecretIsFlaggedInAPlanAndRedactedFromTheJournal() throws Exception {
        for (SecretShape shape : SecretVocabulary.shapes()) {
            Matcher match = shape.pattern().matcher(shape.example());
            assertThat(match.find()).as("the example of %s", shape.description()).isTrue();
            String secret = match.group(shape.secretGroup()).strip();

            List<String> problems = validate(Map.of("note", shape.example()));
            String redacted = SecretRedactor.redactText(shape.example());

            assertThat(problems).as("the validator on %s", shape.description())
                    .anyMatch(p -> p.contains("details 'note'") && p.contains("(" + shape.description() + ")"));
            assertThat(redacted).as("the redactor on %s", shape.description()).contains(SecretRedactor.MARK).doesNotContain(secret);
        }
    }

    /** The minimal valid plan with {@code details} on one of its resources; every problem, formatted. */
    private static List<String> validate(Map<String, String> details) throws Exception {
        String plan = Files.readString(TestPlans.minimal(), StandardCharsets.UTF_8);
        String anchor = "        replicaOf: db-east\n";
        assertThat(plan).contains(anchor);
        String withDetails = plan.replace(anchor, anchor + "        details: " + JSON.writeValueAsString(details) + "\n");
        return new PlanValidation().validate("secrets.yaml", withDetails.getBytes(StandardCharsets.UTF_8)).problems().stream()
                .map(Problem::format).toList();
    }

    private static ObjectNode object(Map<String, String> values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        values.forEach(node::put);
        return node;
    }
}
