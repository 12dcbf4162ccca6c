package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/** One line of a scenario's response, with the time the document allows for it. */
public record ResponseStep(@JsonProperty(required = true) String title, String titleEn, Duration within) {
}
