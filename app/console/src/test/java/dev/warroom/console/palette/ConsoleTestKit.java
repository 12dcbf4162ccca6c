package dev.warroom.console.palette;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** What the console's window tests share: a screen big enough for 1366×768, the repository, options, screenshots. */
public final class ConsoleTestKit {

    private ConsoleTestKit() {
    }

    /** Something done with an open incident. */
    @FunctionalInterface
    public interface HandleWork {
        void on(dev.warroom.service.IncidentHandle handle) throws Exception;
    }

    /** A plan that validates, read as the service reads it. */
    public static dev.warroom.core.plan.model.Plan plan(Path file) {
        return new dev.warroom.core.plan.validate.PlanValidation().validate(file).plan()
                .orElseThrow(() -> new IllegalStateException(file + " does not validate"));
    }

    /** Opens a TABLETOP of {@code planFile} through the service, lets {@code actor} do {@code what}, and leaves it open. */
    public static void openAndLeave(Path planFile, Path journal, String actor,
            HandleWork what) throws Exception {
        dev.warroom.service.IncidentService service = new dev.warroom.service.IncidentService();
        try (dev.warroom.service.IncidentHandle handle = service.open(service.prepareOpen(dev.warroom.service.OpenRequest.of(planFile,
                dev.warroom.core.incident.Mode.TABLETOP, java.util.Optional.empty(), journal, actor,
                dev.warroom.service.ClockChoice.virtualTime())))) {
            what.on(handle);
        }
    }

    /**
     * Monocle's headless screen is 1280×800 unless told otherwise, too narrow for a 1366×768 window.
     * Call before the toolkit starts (in {@code @BeforeAll}).
     */
    public static void roomyHeadlessScreen() {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1200-32");
        }
    }

    public static Path root() {
        return Path.of(System.getProperty("warroom.root", "../..")).toAbsolutePath().normalize();
    }

    public static Path plans() {
        return root().resolve("plans");
    }

    /** A TABLETOP war room on the AI Workflow plan with a virtual clock, journaled in {@code dir}; plus {@code more} options. */
    public static ConsoleOptions tabletop(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("--clock", "virtual", "--journal", dir.resolve("incident.jsonl").toString(),
                "--plan", plans().resolve("ai-workflow.yaml").toString(), "--plans", plans().toString(),
                "--incidents", dir.resolve("incidents").toString(), "--actor", "alice"));
        args.addAll(List.of(more));
        return ConsoleOptions.parse(args);
    }

    /** Renders the scene as the commander sees it into target/screenshots/NAME.png, for people to look at, and returns the file. */
    /**
     * Closes the console and waits (bounded) until the last room closed has written what it writes on closing, so
     * nothing lands in the test's folder while JUnit removes it.
     */
    public static void stopAndWaitForClosing(WarRoomApp app) throws Exception {
        app.stop();
        app.closed().get(30, TimeUnit.SECONDS);
    }

    public static Path screenshot(Scene scene, String name) {
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(30, TimeUnit.SECONDS);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not render " + name, e);
        }
    }
}
