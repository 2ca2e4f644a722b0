package vn.canbo.targets;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An indicator's figure filter as stored (column target_indicator.figure_filter, jsonb):
 * {@code {"COURSE_KIND": ["IT"]}}; {@code {}} for none.
 */
final class FigureFilters {

	private static final TypeReference<Map<String, List<String>>> TYPE = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FigureFilters() {
	}

	static String write(Map<String, List<String>> filter) {
		return JSON.writeValueAsString(filter == null ? Map.of() : filter);
	}

	static Map<String, List<String>> read(String json) {
		return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, TYPE);
	}

}
