package dev.warroom.console;

import dev.warroom.console.start.PlanListView;
import dev.warroom.core.plan.PlanDirectory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The WarRoom console. For now it opens on the plans found in plans/ (validated off the UI thread);
 * the war-room screens come with the console issue.
 */
public final class WarRoomApp extends Application {

    /** Where plans are read from: -Dwarroom.plans=DIR, else ./plans. */
    static Path plansDirectory() {
        return Path.of(System.getProperty("warroom.plans", "plans"));
    }

    @Override
    public void start(Stage stage) {
        PlanListView plans = new PlanListView();
        Label title = new Label("WarRoom — plans in " + plansDirectory().toAbsolutePath().normalize());
        title.getStyleClass().add(Styles.TITLE);
        title.setId("title");
        Label status = new Label("Validating plans…");
        status.setId("status");
        BorderPane root = new BorderPane(plans, title, null, status, null);
        BorderPane.setMargin(title, new Insets(12));
        BorderPane.setMargin(status, new Insets(8, 12, 8, 12));
        Scene scene = new Scene(root, 1100, 700);
        Themes.applyDefault(scene);
        stage.setTitle("WarRoom");
        stage.setScene(scene);
        stage.show();
        loadPlans(plans, status);
    }

    private static void loadPlans(PlanListView plans, Label status) {
        Task<List<PlanDirectory.Entry>> scan = new Task<>() {
            @Override
            protected List<PlanDirectory.Entry> call() throws Exception {
                return PlanDirectory.scan(plansDirectory());
            }
        };
        scan.setOnSucceeded(e -> {
            plans.getItems().setAll(scan.getValue());
            long usable = scan.getValue().stream().filter(PlanDirectory.Entry::usable).count();
            status.setText(usable + " of " + scan.getValue().size() + " plans ready");
        });
        scan.setOnFailed(e -> status.setText("Cannot read " + plansDirectory() + ": " + scan.getException().getMessage()));
        Thread worker = new Thread(scan, "plan-scan");
        worker.setDaemon(true);
        worker.start();
    }
}
