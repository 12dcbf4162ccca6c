package dev.warroom.core.plan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator's rules for procedure parameters and step conditions, each located by file:line:column. */
class ParameterAndConditionRulesTest {

    private static String plan() throws IOException, URISyntaxException {
        return Files.readString(Path.of(ParameterAndConditionRulesTest.class.getResource("/plans/params/params-conditions.yaml").toURI()));
    }

    private static List<String> problems(String text) {
        return new PlanValidation().validate("p.yaml", text.getBytes(StandardCharsets.UTF_8)).problems().stream()
                .map(Problem::format).toList();
    }

    private static String replace(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void aPlaceholderNamingNoParameterIsAnErrorWhereItStands() throws Exception {
        String text = replace(plan(), "restoring to {{restore-point}}?", "restoring to {{restore-pont}}?");
        assertThat(problems(text)).anySatisfy(p -> assertThat(p)
                .matches("p\\.yaml:\\d+:\\d+: error: .*step 'go' uses \\{\\{restore-pont}}, and procedure 'failover' has no parameter 'restore-pont'.*"));
    }

    @Test
    void aReadingParameterNamesAnExistingResourceAndAnAttribute() throws Exception {
        String text = replace(plan(), "        resource: dr-lb\n        attribute: target\n", "        resource: dr-lbb\n");
        List<String> found = problems(text);
        assertThat(found).anySatisfy(p -> assertThat(p).contains("error").contains("dr-lbb"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("needs 'attribute'"));
    }

    @Test
    void aDefaultMustMatchThePatternAndAnUnusedParameterWarns() throws Exception {
        String text = replace(plan(), "default: \"2026-11-21T02:55:00Z\"", "default: \"last night\"");
        text = replace(text, "    steps:\n      - id: go", "      - id: unused-one\n        title: Nobody uses me\n    steps:\n      - id: go");
        List<String> found = problems(text);
        assertThat(found).anySatisfy(p -> assertThat(p).contains("error").contains("the default 'last night' does not match the pattern"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("warning").contains("parameter 'unused-one'").contains("used by no step"));
    }

    @Test
    void aWhenHasExactlyOneFormAndNamesAnEarlierStepOfItsProcedure() throws Exception {
        String text = replace(plan(), "when: {resource: db-east, is: reachable}", "when: {resource: db-east, is: reachable, signal: east-down}");
        text = replace(text, "when: {step: promote, outcome: succeeded}", "when: {step: tell-dba, outcome: succeeded}");
        text = replace(text, "when: {resource: db-east, is: unreachable}", "when: {resource: db-eest, is: unreachable}");
        List<String> found = problems(text);
        assertThat(found).anySatisfy(p -> assertThat(p).contains("'when' takes exactly one of").contains("signal and resource/is"));
        assertThat(found).anySatisfy(p -> assertThat(p).contains("names step 'tell-dba', which comes later"));
        assertThat(found).anySatisfy(p -> assertThat(p).matches("p\\.yaml:\\d+:\\d+: error: .*db-eest.*"));
    }
}
