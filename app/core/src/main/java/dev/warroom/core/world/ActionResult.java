package dev.warroom.core.world;

import java.util.Map;

/** What an action did, for the journal (secrets are redacted before it is written). */
public record ActionResult(boolean succeeded, String detail, Map<String, String> outputs) {

    public ActionResult {
        outputs = Map.copyOf(outputs);
    }

    public static ActionResult ok(String detail, Map<String, String> outputs) {
        return new ActionResult(true, detail, outputs);
    }

    public static ActionResult failed(String detail) {
        return new ActionResult(false, detail, Map.of());
    }
}
