package dev.warroom.connectors.azure.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.connectors.azure.ArmRest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the latest value of an Azure Monitor platform metric of a resource (replica lag of a
 * flexible server, origin health of a Front Door profile) over the last quarter hour.
 */
public final class MetricReader {

    static final String API_VERSION = "2018-01-01";
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final ArmRest rest;

    public MetricReader(ArmRest rest) {
        this.rest = rest;
    }

    /** The metric's most recent value, if Azure has one in the window. */
    public Optional<Double> latest(String resourceId, String metric, String aggregation) {
        return Optional.ofNullable(latestBy(resourceId, metric, aggregation, null).get(""));
    }

    /**
     * The most recent value for each value of {@code dimension} (keys lower-case), e.g. per origin;
     * with no dimension, one entry under {@code ""}.
     */
    public Map<String, Double> latestBy(String resourceId, String metric, String aggregation, String dimension) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder query = new StringBuilder(resourceId).append("/providers/Microsoft.Insights/metrics?api-version=").append(API_VERSION)
                .append("&metricnames=").append(encode(metric))
                .append("&aggregation=").append(encode(aggregation))
                .append("&interval=PT1M")
                .append("&timespan=").append(encode(end.minus(WINDOW) + "/" + end));
        if (dimension != null) {
            query.append("&$filter=").append(encode(dimension + " eq '*'"));
        }
        JsonNode answer = rest.get(query.toString());
        String field = aggregation.toLowerCase(Locale.ROOT);
        Map<String, Double> out = new LinkedHashMap<>();
        for (JsonNode series : answer.path("value").path(0).path("timeseries")) {
            String key = dimension == null ? "" : dimensionValue(series, dimension);
            Double last = null;
            for (JsonNode point : series.path("data")) {
                if (point.has(field) && point.get(field).isNumber()) {
                    last = point.get(field).asDouble();
                }
            }
            if (last != null) {
                out.put(key, last);
            }
        }
        return out;
    }

    private static String dimensionValue(JsonNode series, String dimension) {
        for (JsonNode meta : series.path("metadatavalues")) {
            if (meta.path("name").path("value").asText("").equalsIgnoreCase(dimension)) {
                return meta.path("value").asText("").toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
