package vn.canbo.people;

import static vn.canbo.imports.ImportColumn.catalog;
import static vn.canbo.imports.ImportColumn.date;
import static vn.canbo.imports.ImportColumn.decimal;
import static vn.canbo.imports.ImportColumn.integer;
import static vn.canbo.imports.ImportColumn.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.canbo.catalog.CatalogType;
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportRow;
import vn.canbo.shared.Messages;
import vn.canbo.shared.RecordValues;

/**
 * The columns of the PERSONS import template, derived from {@link DossierFields} (one
 * column per imported field, one per imported part of a place), with the main position,
 * the current salary and the highest qualifications inserted after the dossier field they
 * follow on Mẫu 2C. Headers and help are Vietnamese (the template is matched on upload by
 * its headers): {@code people.template.<key>} and {@code people.template.<key>.help}.
 * Also: an import row as a {@link NewPerson}, and a dossier as an import row (export).
 */
final class PersonColumns {

	/** Highest qualification columns: column key → qualification kind. */
	private static final Map<String, QualificationKind> QUALIFICATIONS = new LinkedHashMap<>();

	static {
		QUALIFICATIONS.put("professionalLevel", QualificationKind.PROFESSIONAL);
		QUALIFICATIONS.put("politicalTheory", QualificationKind.POLITICAL_THEORY);
		QUALIFICATIONS.put("stateManagement", QualificationKind.STATE_MANAGEMENT);
		QUALIFICATIONS.put("languageLevel", QualificationKind.FOREIGN_LANGUAGE);
		QUALIFICATIONS.put("itLevel", QualificationKind.IT);
	}

	/**
	 * The columns that are not dossier fields, after the field they follow ("" = first).
	 */
	private static final Map<String, List<ImportColumn>> AFTER = Map.of("",
			List.of(text("unitCode", "", 40, null).asRequired()), "category",
			List.of(catalog("titleCode", "", CatalogType.TITLE, null), text("titleText", "", 300, null),
					date("positionFrom", "", null).asRequired()),
			"jobPosition",
			List.of(catalog("rankCode", "", CatalogType.RANK, null), integer("step", "", null),
					decimal("coefficient", "", null), date("salaryFrom", "", null)),
			"generalEducationGrade",
			List.of(catalog("professionalLevel", "", CatalogType.PROFESSIONAL_LEVEL, null),
					text("major", "", 300, null)),
			"academicTitleYear",
			List.of(catalog("politicalTheory", "", CatalogType.POLITICAL_THEORY, null),
					catalog("stateManagement", "", CatalogType.STATE_MANAGEMENT, null),
					catalog("language", "", CatalogType.FOREIGN_LANGUAGE, null),
					catalog("languageLevel", "", CatalogType.FOREIGN_LANGUAGE_LEVEL, null),
					catalog("itLevel", "", CatalogType.IT_LEVEL, null)));

	/** Field names of PersonService errors → column keys. */
	private static final Map<String, String> ERROR_FIELDS = Map.ofEntries(Map.entry("mainPosition.unitId", "unitCode"),
			Map.entry("mainPosition.titleCode", "titleCode"), Map.entry("mainPosition.titleText", "titleText"),
			Map.entry("mainPosition.validFrom", "positionFrom"), Map.entry("salary.rankCode", "rankCode"),
			Map.entry("salary.step", "step"), Map.entry("salary.coefficient", "coefficient"),
			Map.entry("salary.validFrom", "salaryFrom"), Map.entry("birthplace", "birthplaceProvince"),
			Map.entry("homeTown", "homeTownProvince"));

	static final List<ImportColumn> COLUMNS = columns();

	private PersonColumns() {
	}

	private static List<ImportColumn> columns() {
		List<ImportColumn> l = new ArrayList<>(AFTER.get(""));
		for (DossierField f : DossierFields.ALL) {
			if (f.imported()) {
				if (f.kind() == DossierField.Kind.PLACE) {
					f.parts().forEach(p -> l.add(text(f.partKey(p), "", f.maxLength(), null)));
				}
				else {
					l.add(column(f));
				}
			}
			l.addAll(AFTER.getOrDefault(f.name(), List.of()));
		}
		return l.stream().map(c -> labelled(c, "people.template.")).toList();
	}

	private static ImportColumn column(DossierField f) {
		ImportColumn c = switch (f.kind()) {
			case TEXT, AREA -> text(f.name(), "", f.maxLength(), null);
			case DATE -> date(f.name(), "", null);
			case PARTIAL_DATE -> ImportColumn.partialDate(f.name(), "", null);
			case INTEGER -> integer(f.name(), "", null);
			case DECIMAL -> decimal(f.name(), "", null);
			case CATALOG -> catalog(f.name(), "", f.catalog(), null);
			case CHOICE -> ImportColumn.choice(f.name(), "", f.choices(), null);
			case PLACE -> throw new IllegalArgumentException(f.name());
		};
		return f.required() ? c.asRequired() : c;
	}

	/**
	 * The column with its Vietnamese header and help from the bundle:
	 * {@code <prefix><key>} and {@code <prefix><key>.help}, from the first prefix that
	 * has the header.
	 */
	static ImportColumn labelled(ImportColumn c, String... prefixes) {
		for (String prefix : prefixes) {
			String header = Messages.source().getMessage(prefix + c.key(), null, null, Messages.VIETNAMESE);
			if (header != null) {
				return new ImportColumn(c.key(), header, c.type(), c.required(),
						Messages.source().getMessage(prefix + c.key() + ".help", null, null, Messages.VIETNAMESE),
						c.catalog(), c.choices(), c.partialDate(), c.maxLength());
			}
		}
		throw new IllegalStateException("No header for import column " + c.key());
	}

	/** The dossier, main position, salary and qualifications of a row. */
	static NewPerson newPerson(ImportRow r, long unitId) {
		Map<String, Object> values = new HashMap<>();
		for (DossierField f : DossierFields.ALL) {
			if (f.imported()) {
				values.put(f.name(), read(r, f));
			}
		}
		LocalDate from = r.date("positionFrom");
		Position main = new Position(null, unitId, null, r.code("titleCode"), r.text("titleText"), false, false, from,
				null, null, null, null, null, null, null);
		Salary salary = r.code("rankCode") == null ? null : new Salary(null, r.code("rankCode"), r.integer("step"),
				r.decimal("coefficient"), null, null, null, null, null, r.date("salaryFrom"), null, null, null);
		List<Qualification> qs = new ArrayList<>();
		QUALIFICATIONS.forEach((column, kind) -> {
			String level = r.code(column);
			if (level != null) {
				qs.add(new Qualification(null, kind, level,
						kind == QualificationKind.FOREIGN_LANGUAGE ? r.code("language") : null,
						kind == QualificationKind.PROFESSIONAL ? r.text("major") : null, null, from, null));
			}
		});
		return new NewPerson(DossierFields.data(values), main, salary, qs);
	}

	private static Object read(ImportRow r, DossierField f) {
		String k = f.name();
		return switch (f.kind()) {
			case TEXT, AREA -> r.text(k);
			case DATE -> r.date(k);
			case PARTIAL_DATE -> r.partialDate(k);
			case INTEGER -> r.integer(k);
			case DECIMAL -> r.decimal(k);
			case CATALOG -> r.code(k);
			case CHOICE -> r.code(k) == null ? null : f.enumValue(r.code(k));
			case PLACE -> {
				Map<String, Object> parts = new HashMap<>();
				f.parts().forEach(p -> parts.put(p, r.text(f.partKey(p))));
				Place p = RecordValues.create(Place.class, parts);
				yield p.equals(Place.EMPTY) ? null : p;
			}
		};
	}

	/**
	 * The column of a PersonService error field ("qualifications[1].levelCode" → the
	 * second qualification column filled in the row); null when none.
	 */
	static String column(String field, ImportRow r) {
		if (field.startsWith("qualifications[")) {
			int i = Integer.parseInt(field.substring(15, field.indexOf(']')));
			List<String> filled = QUALIFICATIONS.keySet().stream().filter(k -> r.code(k) != null).toList();
			return i < filled.size() ? filled.get(i) : null;
		}
		String f = ERROR_FIELDS.get(field);
		if (f != null) {
			return f;
		}
		if (field.startsWith("birthplace.") || field.startsWith("homeTown.")) {
			String[] p = field.split("\\.");
			return DossierFields.named(p[0]).partKey(p[1]);
		}
		return COLUMNS.stream().anyMatch(c -> c.key().equals(field)) ? field : null;
	}

	/**
	 * A dossier as a PERSONS row (as of its date), for the export → import round trip.
	 */
	static Map<String, Object> row(PersonView v, Function<Long, String> unitCode) {
		Map<String, Object> m = new HashMap<>();
		Map<String, Object> values = RecordValues.of(v.data());
		for (DossierField f : DossierFields.ALL) {
			Object value = values.get(f.name());
			if (value instanceof Place p) {
				Map<String, Object> parts = RecordValues.of(p);
				f.parts().forEach(part -> m.put(f.partKey(part), parts.get(part)));
			}
			else if (value instanceof Enum<?> e) {
				m.put(f.name(),
						f.choices()
							.entrySet()
							.stream()
							.filter(c -> c.getValue().equals(e.name()))
							.map(Map.Entry::getKey)
							.findFirst()
							.orElse(e.name()));
			}
			else {
				m.put(f.name(), value);
			}
		}
		Position p = v.mainPosition();
		if (p != null) {
			m.put("unitCode", unitCode.apply(p.unitId()));
			m.put("titleCode", p.titleCode());
			m.put("titleText", p.titleText());
			m.put("positionFrom", p.validFrom());
		}
		Salary s = v.currentSalary();
		if (s != null) {
			m.put("rankCode", s.rankCode());
			m.put("step", s.step());
			m.put("coefficient", s.coefficient());
			m.put("salaryFrom", s.validFrom());
		}
		QUALIFICATIONS.forEach((column, kind) -> v.qualifications()
			.stream()
			.filter(x -> x.kind() == kind && x.validOn(v.asOf()))
			.max(Comparator.comparing(Qualification::validFrom))
			.ifPresent(x -> {
				m.put(column, x.levelCode());
				if (kind == QualificationKind.FOREIGN_LANGUAGE) {
					m.put("language", x.languageCode());
				}
				if (kind == QualificationKind.PROFESSIONAL && x.major() != null) {
					m.put("major", x.major());
				}
			}));
		return m;
	}

}
