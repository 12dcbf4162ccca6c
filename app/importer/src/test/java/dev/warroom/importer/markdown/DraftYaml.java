package dev.warroom.importer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Reading a draft plan loaded as plain YAML maps: a section or a list that must be there. */
final class DraftYaml {

    private DraftYaml() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> map, String key) {
        assertThat(map).containsKey(key);
        return (Map<String, Object>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        assertThat(map).containsKey(key);
        return (List<Map<String, Object>>) map.get(key);
    }
}
