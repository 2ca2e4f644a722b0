package vn.canbo.reports.web;

import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import vn.canbo.reports.Criterion;
import vn.canbo.reports.CriterionDims;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;

/**
 * The population editor's condition tree as it travels in the form (issue 14, point 1):
 * the hidden field {@code criterion} carries the {@link Criterion} as JSON, written by
 * static/js/population-editor.js. Reading it checks what the editor can tell at once,
 * every problem named by the place of the condition in the tree ("1.2" = the second
 * condition of the first group): unreadable JSON, a group without conditions, a NOT
 * without exactly one, a leaf without dimension or values, a dimension the user may not
 * use, a value the dimension does not have, a non-position dimension (or a POSITION)
 * inside a POSITION group. The engine's own validation (Populations) comes on top.
 */
final class CriterionForm {

	static final String FIELD = "criterion";

	private CriterionForm() {
	}

	/** The tree, or null for a blank field; problems go to {@code errors}. */
	static Criterion parse(String json, ObjectMapper mapper, Map<String, CriterionDims.Choice> dims,
			List<FieldError> errors) {
		if (json == null || json.isBlank()) {
			return null;
		}
		Criterion c;
		try {
			c = mapper.readValue(json, Criterion.class);
		}
		catch (JacksonException | IllegalArgumentException e) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.json"), json));
			return null;
		}
		if (c == null || c.op() == null) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.json"), json));
			return null;
		}
		check(c, "", false, dims, errors);
		return c;
	}

	static String write(Criterion c, ObjectMapper mapper) {
		return c == null ? "" : mapper.writeValueAsString(c);
	}

	private static void check(Criterion c, String path, boolean inPosition, Map<String, CriterionDims.Choice> dims,
			List<FieldError> errors) {
		String where = path.isEmpty() ? Messages.text("reports.criterion.outermost") : path;
		if (c.op() == null) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.op", where)));
			return;
		}
		if (c.op() == Criterion.Op.IN) {
			leaf(c, where, inPosition, dims, errors);
			return;
		}
		if (c.op() == Criterion.Op.POSITION && inPosition) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.nestedPosition", where)));
		}
		if (c.of().isEmpty()) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.empty", where)));
		}
		else if (c.op() == Criterion.Op.NOT && c.of().size() != 1) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.not", where)));
		}
		for (int i = 0; i < c.of().size(); i++) {
			Criterion k = c.of().get(i);
			String p = (path.isEmpty() ? "" : path + ".") + (i + 1);
			if (k == null) {
				errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.op", p)));
			}
			else {
				check(k, p, inPosition || c.op() == Criterion.Op.POSITION, dims, errors);
			}
		}
	}

	private static void leaf(Criterion c, String where, boolean inPosition, Map<String, CriterionDims.Choice> dims,
			List<FieldError> errors) {
		if (c.dim() == null || c.dim().isBlank()) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.noDim", where)));
			return;
		}
		CriterionDims.Choice d = dims.get(c.dim());
		if (d == null) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.dim", where, c.dim()), c.dim()));
			return;
		}
		if (inPosition && !d.position()) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.position", where, d.label())));
		}
		if (c.values().isEmpty()) {
			errors.add(new FieldError(FIELD, Messages.text("reports.criterion.error.values", where, d.label())));
			return;
		}
		for (String v : c.values()) {
			boolean known = d.units() ? v != null && !v.isEmpty() && v.chars().allMatch(Character::isDigit)
					: d.values().containsKey(v);
			if (!known) {
				errors.add(new FieldError(FIELD,
						Messages.text("reports.criterion.error.value", where, d.label(), String.valueOf(v)), v));
			}
		}
	}

}
