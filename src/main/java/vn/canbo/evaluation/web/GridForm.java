package vn.canbo.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import vn.canbo.evaluation.Disqualifiers;
import vn.canbo.evaluation.Rating;
import vn.canbo.evaluation.ScoreEntry;
import vn.canbo.evaluation.Subject;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/**
 * The grid's form, read back: one {@link ScoreEntry} per subject row (fields
 * {@code s<subjectId>.common}, {@code .task}, {@code .score}, {@code .rating},
 * {@code .taskGroup}, the flags {@code .degradation}, {@code .disciplined},
 * {@code .unitCorruption}); cells that cannot be read (a score that is not a number, an
 * unknown rating) are errors of their row and field; the errors of the API
 * ({@code entries[i].field}) are mapped back to the row of entry i. The typed texts are
 * kept to show the form again as it was sent.
 */
public final class GridForm {

	static final List<String> FIELDS = List.of("common", "task", "score", "rating", "taskGroup");

	static final List<String> FLAGS = List.of("degradation", "disciplined", "unitCorruption");

	private static final Pattern ENTRY = Pattern.compile("entries\\[(\\d+)]\\.?(.*)");

	final List<ScoreEntry> entries = new ArrayList<>();

	/** The subject of each entry, by index. */
	final List<Subject> rows = new ArrayList<>();

	/** subjectId → field → the text as typed (flags: "on"). */
	final Map<Long, Map<String, String>> typed = new HashMap<>();

	/** subjectId → field → messages; field "" = the row as a whole. */
	final Map<Long, Map<String, List<String>>> errors = new LinkedHashMap<>();

	GridForm(List<Subject> subjects, MultiValueMap<String, String> params) {
		for (Subject s : subjects) {
			if (s.finalRating()) {
				continue;
			}
			Map<String, String> t = new HashMap<>();
			for (String f : FIELDS) {
				String v = params.getFirst("s" + s.id() + "." + f);
				if (v != null && !v.isBlank()) {
					t.put(f, v.strip());
				}
			}
			for (String f : FLAGS) {
				if (params.containsKey("s" + s.id() + "." + f)) {
					t.put(f, "on");
				}
			}
			typed.put(s.id(), t);
			if (!params.containsKey("s" + s.id() + ".rating")) {
				continue; // the row was not on the page that was sent
			}
			Rating rating = null;
			if (t.get("rating") != null) {
				rating = Rating.parse(t.get("rating")).orElse(null);
				if (rating == null) {
					error(s.id(), "rating", Messages.text("evaluation.pages.error.rating", s.name()));
				}
			}
			Disqualifiers d = new Disqualifiers(t.containsKey("degradation"), t.containsKey("disciplined"),
					t.containsKey("unitCorruption"));
			entries.add(new ScoreEntry(s.id(), s.personId(), number(s, t, "common"), number(s, t, "task"),
					number(s, t, "score"), rating, d.any() ? d : null, t.get("taskGroup")));
			rows.add(s);
		}
	}

	private BigDecimal number(Subject s, Map<String, String> t, String field) {
		String v = t.get(field);
		if (v == null) {
			return null;
		}
		try {
			return new BigDecimal(v.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			error(s.id(), field, Messages.text("evaluation.pages.error.number", s.name(), v));
			return null;
		}
	}

	private void error(long subjectId, String field, String message) {
		errors.computeIfAbsent(subjectId, k -> new LinkedHashMap<>())
			.computeIfAbsent(field, k -> new ArrayList<>())
			.add(message);
	}

	/**
	 * Adds the API's errors, each to the row and the grid field it names
	 * ({@code commonScore} → common, {@code taskScore} → task, flags → the flags cell);
	 * unknown fields go to the row as a whole.
	 */
	void add(List<FieldError> apiErrors) {
		for (FieldError e : apiErrors) {
			Matcher m = ENTRY.matcher(e.field() == null ? "" : e.field());
			if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
				errors.computeIfAbsent(0L, k -> new LinkedHashMap<>())
					.computeIfAbsent("", k -> new ArrayList<>())
					.add(e.message());
				continue;
			}
			long id = rows.get(Integer.parseInt(m.group(1))).id();
			error(id, field(m.group(2)), e.message());
		}
	}

	/** The grid field of an API field name. */
	static String field(String api) {
		String f = api.contains(".") ? api.substring(0, api.indexOf('.')) : api;
		return switch (f) {
			case "commonScore" -> "common";
			case "taskScore" -> "task";
			case "score", "rating", "taskGroup" -> f;
			case "disqualifiers", "degradation", "disciplined", "unitCorruption" -> "flags";
			default -> "";
		};
	}

	/**
	 * A score as shown in an input of the grid: as precise as entered (85, 85,25), with
	 * the decimal comma in Vietnamese; blank for none.
	 */
	public static String text(BigDecimal v) {
		if (v == null) {
			return "";
		}
		String t = v.stripTrailingZeros().toPlainString();
		return Messages.locale().getLanguage().equals("en") ? t : t.replace('.', ',');
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** Every message, for the summary above the grid. */
	List<String> messages() {
		List<String> all = new ArrayList<>();
		errors.values().forEach(byField -> byField.values().forEach(all::addAll));
		return all;
	}

}
