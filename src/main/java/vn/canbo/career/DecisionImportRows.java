package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.canbo.imports.ImportRow;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Turns the rows of one decision of the DECISIONS template into a {@link DecisionDraft},
 * and the decision module's field errors back into row cells.
 */
final class DecisionImportRows {

	/** What {@code check} resolved for a row: the person and the unit named. */
	record Resolved(long personId, Long unitId) {
	}

	private DecisionImportRows() {
	}

	static String key(ImportRow r) {
		return (r.text("number") + "|" + r.date("signedOn") + "|" + r.text("issuer"))
			.toLowerCase(java.util.Locale.ROOT);
	}

	static DecisionType type(ImportRow r) {
		return r.code("type") == null ? null : DecisionType.valueOf(r.code("type"));
	}

	/** The end date: the column, or the term of an election given in years. */
	static LocalDate endOn(ImportRow r) {
		if (r.date("endOn") != null || r.integer("termYears") == null || r.date("effectiveOn") == null) {
			return r.date("endOn");
		}
		return type(r) == DecisionType.ELECTION ? r.date("effectiveOn").plusYears(r.integer("termYears")) : null;
	}

	/**
	 * The draft of a decision from its rows (in the database as it stands: the posts a
	 * decision ends or renews are looked up now, after the decisions above it). A post
	 * that cannot be found is an error on the row's cells.
	 */
	static DecisionDraft draft(List<ImportRow> rows, PersonService people, Scope scope) {
		ImportRow first = rows.get(0);
		DecisionType type = type(first);
		LocalDate day = first.date("effectiveOn");
		List<DecisionSubject> subjects = new ArrayList<>();
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ImportRow r = rows.get(i);
			Resolved res = r.attachment();
			boolean concurrent = "CONCURRENT".equals(r.code("positionKind")) || type == DecisionType.CONCURRENT_END;
			Long positionId = type.needsPosition() ? position(r, res, concurrent, type, people, scope, i, errors)
					: null;
			subjects
				.add(new DecisionSubject(null, res.personId(), null, null, type.needsPosition() ? null : res.unitId(),
						r.code("titleCode"), r.text("titleText"), concurrent, r.bool("partyPost"), positionId, null,
						r.code("rankCode"), r.integer("step"), r.decimal("coefficient"), r.decimal("positionAllowance"),
						r.decimal("seniorityPct"), 0, null, r.integer("probationMonths"), r.text("note")));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new DecisionDraft(type, first.text("number"), first.date("signedOn"), first.text("issuer"),
				first.text("signer"), day, endOn(first), null, null, null, subjects);
	}

	/**
	 * The post a decision ends or renews: held on the day before it takes effect, of the
	 * kind asked (main unless "kiêm nhiệm"), in the unit and with the title given.
	 */
	private static Long position(ImportRow r, Resolved res, boolean concurrent, DecisionType type, PersonService people,
			Scope scope, int i, List<FieldError> errors) {
		LocalDate held = r.date("effectiveOn").minusDays(1);
		List<Position> found = people.positionsOn(List.of(res.personId()), held, scope)
			.getOrDefault(res.personId(), List.of())
			.stream()
			.filter(p -> p.concurrent() == concurrent)
			.filter(p -> res.unitId() == null || res.unitId().equals(p.unitId()))
			.filter(p -> r.code("titleCode") == null || r.code("titleCode").equals(p.titleCode()))
			.toList();
		String f = "subjects[" + i + "].positionId";
		if (found.isEmpty()) {
			errors.add(new FieldError(f,
					Messages.text("career.import.noPost",
							Messages.text("career.import.kind." + (concurrent ? "CONCURRENT" : "MAIN")).toLowerCase(),
							held.format(DecisionService.VN), type.text())));
			return null;
		}
		if (found.size() > 1) {
			errors.add(new FieldError(f, Messages.text("career.import.manyPosts", String.valueOf(found.size()))));
			return null;
		}
		return found.get(0).id();
	}

	/** The cell a decision's field error belongs to (null: the row). */
	private static final Map<String, String> CELLS = Map.ofEntries(Map.entry("type", "type"),
			Map.entry("number", "number"), Map.entry("signedOn", "signedOn"), Map.entry("issuer", "issuer"),
			Map.entry("signer", "signer"), Map.entry("effectiveOn", "effectiveOn"), Map.entry("endOn", "endOn"),
			Map.entry("personId", "nationalId"), Map.entry("unitId", "unitCode"), Map.entry("positionId", "unitCode"),
			Map.entry("titleCode", "titleCode"), Map.entry("titleText", "titleText"), Map.entry("rankCode", "rankCode"),
			Map.entry("step", "step"), Map.entry("coefficient", "coefficient"), Map.entry("returnOn", "endOn"),
			Map.entry("probationMonths", "probationMonths"), Map.entry("note", "note"));

	/**
	 * Puts a refusal of the decision module on its rows: a subject's error on that
	 * subject's row, a decision's error on the first row.
	 */
	static void report(ValidationException e, List<ImportRow> rows) {
		for (FieldError f : e.errors()) {
			String field = f.field() == null ? "" : f.field();
			ImportRow row = rows.get(0);
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("^subjects\\[(\\d+)]\\.(.*)$").matcher(field);
			if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
				row = rows.get(Integer.parseInt(m.group(1)));
				field = m.group(2);
			}
			String cell = CELLS.get(field);
			row.error(cell, f.message());
		}
	}

}
