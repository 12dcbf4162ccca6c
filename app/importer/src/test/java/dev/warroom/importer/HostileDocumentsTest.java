package dev.warroom.importer;

import dev.warroom.importer.markdown.DocumentImporters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Empty, binary, 50 MB, deeply nested and 10,000-row documents are refused in words or imported; never a stack trace.
 * The timeouts only stop a hang (they are generous): they are no timing requirement.
 */
class HostileDocumentsTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private final DocumentImporter importer = DocumentImporters.standard();

    @Test
    void anEmptyDocumentIsRefused() {
        ImportResult blank = importer.importBytes(" \n\t\n".getBytes(StandardCharsets.UTF_8), "blank.md");
        ImportResult empty = importer.importBytes(new byte[0], "empty.md");

        assertThat(empty.refusal()).contains("empty.md is empty: nothing to import");
        assertThat(blank.refusal()).contains("blank.md is empty: nothing to import");
        assertThat(empty.planYaml()).isEmpty();
    }

    @Test
    void aBinaryFileIsRefused() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }

        ImportResult result = importer.importBytes(binary, "photo.png");

        assertThat(result.refusal()).hasValueSatisfying(why -> assertThat(why).contains("photo.png").endsWith("nothing imported")
                .doesNotContain("Exception"));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = folder.resolve("huge.md");
        byte[] line = "- [ ] 確認 Primary 區域完全不可用\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(huge)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        ImportResult result = assertTimeoutPreemptively(HANG_GUARD, () -> importer.importFile(huge));

        assertThat(result.refusal()).hasValueSatisfying(why -> assertThat(why)
                .startsWith("huge.md is 50 MB; documents larger than 5 MB are refused").doesNotContain("Exception"));
    }

    @Test
    void bytesOverTheCapAreRefusedToo() {
        byte[] tooMany = new byte[(int) DocumentImporter.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(tooMany, (byte) 'a');

        assertThat(importer.importBytes(tooMany, "big.md").refusal()).hasValueSatisfying(why -> assertThat(why).contains("are refused"));
    }

    @Test
    void deeplyNestedListsAreImportedAndKept() {
        StringBuilder doc = new StringBuilder("# Nested\n\n## Notes\n\n");
        for (int depth = 0; depth < 1000; depth++) {
            doc.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        doc.append("\n## 恢復步驟\n\n1. 重啟服務\n   ```bash\n   kubectl rollout restart deployment/api -n prod\n   ```\n");

        ImportResult result = assertTimeoutPreemptively(HANG_GUARD, () -> importer.importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), "nested.md"));

        assertThat(result.refusal()).isEmpty();
        assertValid(result);
        assertThat(result.planYaml()).contains("level 999").contains("kubectl rollout restart deployment/api -n prod");
    }

    @Test
    void aTableOfTenThousandRowsIsImportedAndKeptAsReference() {
        StringBuilder doc = new StringBuilder("# Inventory\n\n## Hosts\n\n| Host | Owner |\n|---|---|\n");
        for (int row = 0; row < 10_000; row++) {
            doc.append("| host-").append(row).append(" | team-").append(row % 7).append(" |\n");
        }

        ImportResult result = assertTimeoutPreemptively(HANG_GUARD, () -> importer.importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), "hosts.md"));

        assertThat(result.refusal()).isEmpty();
        assertValid(result);
        assertThat(result.planYaml()).contains("| host-9999 | team-3 |");
        assertThat(result.warnings()).extracting(ImportWarning::message).anyMatch(m -> m.contains("a table of more than 2000 rows is not mapped"));
    }

    @Test
    void aTenThousandRowTargetsTableIsNotTurnedIntoTenThousandServices() {
        StringBuilder doc = new StringBuilder("# Targets\n\n| Service | RTO | RPO |\n|---|---|---|\n");
        for (int row = 0; row < 10_000; row++) {
            doc.append("| svc-").append(row).append(" | < 15 min | 1 hour |\n");
        }

        ImportResult result = assertTimeoutPreemptively(HANG_GUARD, () -> importer.importBytes(doc.toString().getBytes(StandardCharsets.UTF_8), "targets.md"));

        assertValid(result);
        assertThat(result.planYaml()).doesNotContain("id: svc-9999").contains("| svc-9999 | < 15 min | 1 hour |");
    }

    private static void assertValid(ImportResult result) {
        PlanValidation.Result validation = new PlanValidation().validate("draft.yaml", result.planYaml().getBytes(StandardCharsets.UTF_8));
        assertThat(validation.problems()).filteredOn(Problem::isError).as(result.planYaml().lines().limit(80).toList().toString()).isEmpty();
    }
}
