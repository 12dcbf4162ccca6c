package dev.warroom.core.plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import dev.warroom.core.plan.validate.TestPlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Input built to hurt: each is refused with one clear error that names the file, never an exception. */
class HostileInputTest {

    private final PlanValidation validation = new PlanValidation();

    private Problem onlyError(PlanValidation.Result result, String file) {
        assertThat(result.passed()).isFalse();
        assertThat(result.plan()).isEmpty();
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        });
        return result.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
    }

    @Test
    void anEmptyFileIsRefused() {
        Problem error = onlyError(validation.validate("empty.yaml", new byte[0]), "empty.yaml");
        assertThat(error.format()).isEqualTo("empty.yaml:1:1: error: the file is empty; a plan starts with formatVersion, id and system");
    }

    @Test
    void whiteSpaceAloneIsRefused() {
        Problem error = onlyError(validation.validate("blank.yaml", " \n\t\n".getBytes(StandardCharsets.UTF_8)), "blank.yaml");
        assertThat(error.message()).startsWith("the file holds only white space");
    }

    @Test
    void binaryGarbageIsRefusedAsNotText() {
        for (long seed = 1; seed <= 20; seed++) {
            Problem error = onlyError(validation.validate("noise.bin", HostileInput.binaryGarbage(seed, 4096)), "noise.bin");
            assertThat(error.message()).matches("not (a text file|UTF-8 text).*");
        }
    }

    @Test
    void textInAnotherEncodingIsRefusedWithThePosition() {
        Problem error = onlyError(validation.validate("latin1.yaml", HostileInput.notUtf8()), "latin1.yaml");
        assertThat(error.format()).isEqualTo("latin1.yaml:1:12: error: not UTF-8 text: invalid byte 0xE9 at offset 11; save the plan as UTF-8");
    }

    static Stream<Path> plans() {
        List<Path> plans = new ArrayList<>(TestPlans.real());
        plans.add(TestPlans.minimal());
        return plans.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aPlanCutOffAfterItsProceduresKeyIsRefused(Path plan) throws IOException {
        byte[] whole = Files.readAllBytes(plan);
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.indexOf("\nprocedures:") + "\nprocedures:".length();
        assertThat(cut).as("%s has a procedures key", plan).isGreaterThan("\nprocedures:".length());
        byte[] truncated = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);

        Problem error = onlyError(validation.validate("truncated.yaml", truncated), "truncated.yaml");

        assertThat(error.message()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void aPlanCutOffInsideACharacterIsRefusedAsNotUtf8(Path plan) throws IOException {
        byte[] whole = Files.readAllBytes(plan);
        int firstMultiByte = 0;
        while (firstMultiByte < whole.length && whole[firstMultiByte] >= 0) {
            firstMultiByte++;
        }
        assertThat(firstMultiByte).as("%s has non-ASCII text", plan).isLessThan(whole.length);

        Problem error = onlyError(validation.validate("cut.yaml", Arrays.copyOf(whole, firstMultiByte + 1)), "cut.yaml");

        assertThat(error.message()).startsWith("not UTF-8 text");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path huge = HostileInput.hugeFile(dir, 50);

        Problem error = onlyError(validation.validate(huge), huge.toString());

        assertThat(error.message()).matches("the file is \\d\\d\\.\\d MiB; plans are limited to 4 MiB");
    }

    @Test
    void twentyThousandLevelsOfBlockNestingAreRefused() {
        Problem error = onlyError(validation.validate("deep-block.yaml", HostileInput.nestedBlockSequences()), "deep-block.yaml");
        assertThat(error.message()).startsWith("the document is nested too deeply");
    }

    @Test
    void twentyThousandLevelsOfFlowNestingAreRefused() {
        Problem sequences = onlyError(validation.validate("deep-flow.yaml", HostileInput.nestedFlowSequences()), "deep-flow.yaml");
        Problem mappings = onlyError(validation.validate("deep-map.yaml", HostileInput.nestedFlowMappings()), "deep-map.yaml");
        assertThat(sequences.message()).startsWith("the document is nested too deeply");
        assertThat(mappings.message()).startsWith("the document is nested too deeply");
    }

    @Test
    void anAliasBombIsRefused() {
        Problem error = onlyError(validation.validate("lol.yaml", HostileInput.billionLaughs()), "lol.yaml");
        assertThat(error.message()).contains("refused");
    }

    @Test
    void moreAliasesThanAnyPlanNeedsAreRefused() {
        Problem error = onlyError(validation.validate("aliases.yaml", HostileInput.manyAliases()), "aliases.yaml");
        assertThat(error.message()).startsWith("too many YAML aliases");
    }
}
