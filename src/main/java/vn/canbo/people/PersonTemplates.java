package vn.canbo.people;

import static vn.canbo.imports.ImportColumn.bool;
import static vn.canbo.imports.ImportColumn.catalog;
import static vn.canbo.imports.ImportColumn.choice;
import static vn.canbo.imports.ImportColumn.date;
import static vn.canbo.imports.ImportColumn.decimal;
import static vn.canbo.imports.ImportColumn.integer;
import static vn.canbo.imports.ImportColumn.partialDate;
import static vn.canbo.imports.ImportColumn.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.catalog.CatalogType;
import vn.canbo.imports.ImportColumn;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.imports.ImportTemplateProvider;
import vn.canbo.imports.RowHandler;
import vn.canbo.org.Units;
import vn.canbo.shared.Messages;

/**
 * The templates of the people module, declared as data through the
 * {@link ImportTemplateProvider} SPI: PERSONS (one row a person, Mẫu 2C fields in form
 * order), POSITIONS (chức vụ and the appointing decision), SALARIES, TRAININGS (đào tạo,
 * bồi dưỡng, văn bằng), AWARDS (khen thưởng, kỷ luật) and POSITION_ENDS (thôi giữ chức vụ
 * chính: the main post held the day before the end date ends on it, see
 * {@link MainPostEnds}). History rows name their person by national ID, or by full name +
 * birth date (a unique match in the user's scope).
 */
@Component
record PersonTemplates(PersonService people, PersonChecks checks, PersonLookup lookup, Units units,
		PlatformTransactionManager transactions) implements ImportTemplateProvider {

	static final String PERSONS = "PERSONS";
	static final String POSITIONS = "POSITIONS";
	static final String SALARIES = "SALARIES";
	static final String TRAININGS = "TRAININGS";
	static final String AWARDS = "AWARDS";
	static final String POSITION_ENDS = "POSITION_ENDS";

	/**
	 * Rows naming a person; their preview runs the action in a new transaction rolled
	 * back per row.
	 */
	private HistoryHandler history(ImportUnits units, HistoryHandler.HistoryWrite action) {
		TransactionTemplate dryRun = new TransactionTemplate(transactions);
		dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new HistoryHandler(action, lookup, units, dryRun);
	}

	private static Map<String, String> qualificationKinds() {
		Map<String, String> m = new LinkedHashMap<>();
		for (QualificationKind k : QualificationKind.values()) {
			m.put(k.label(), k.name());
		}
		return m;
	}

	/** The columns naming the person of a history row. */
	private static List<ImportColumn> personKey() {
		return List.of(text("nationalId", "", 12, null), text("fullName", "", 100, null),
				partialDate("birthDate", "", null));
	}

	private static List<ImportColumn> with(List<ImportColumn> head, ImportColumn... rest) {
		List<ImportColumn> l = new ArrayList<>(head);
		l.addAll(List.of(rest));
		return l;
	}

	/**
	 * A template whose title, sheet name, instructions ({@code people.template.<code>.*})
	 * and column headers (PERSONS: see {@link PersonColumns}; the others:
	 * {@code people.template.<code>.<key>}, else {@code people.template.history.<key>})
	 * are the Vietnamese texts of the bundle: the file is matched by its headers on
	 * upload.
	 */
	private static ImportTemplate template(String code, List<ImportColumn> columns, RowHandler handler, int order,
			boolean detectsDuplicates) {
		String k = "people.template." + code;
		List<String> instructions = new ArrayList<>();
		if (!code.equals(PERSONS)) {
			instructions.add(Messages.text(Messages.VIETNAMESE, "people.template.personKey"));
		}
		for (int i = 1; Messages.source().getMessage(k + "." + i, null, null, Messages.VIETNAMESE) != null; i++) {
			instructions.add(Messages.text(Messages.VIETNAMESE, k + "." + i));
		}
		return new ImportTemplate(code, Messages.text(Messages.VIETNAMESE, k + ".title"),
				Messages.text(Messages.VIETNAMESE, k + ".sheet"),
				code.equals(PERSONS) ? columns : columns.stream()
					.map(c -> PersonColumns.labelled(c, "people.template." + code + ".", "people.template.history."))
					.toList(),
				instructions, handler, order, detectsDuplicates, k + ".title");
	}

	/** Cấp khen thưởng: the Vietnamese label (and the code) of each level. */
	private static Map<String, String> awardLevels() {
		Map<String, String> m = new LinkedHashMap<>();
		for (AwardLevel l : AwardLevel.values()) {
			m.put(Messages.text(Messages.VIETNAMESE, "people.enum.AwardLevel." + l.name()), l.name());
		}
		return m;
	}

	private static Map<String, String> awardTypes() {
		Map<String, String> m = new LinkedHashMap<>();
		for (String t : List.of("AWARD", "PARTY", "ADMINISTRATIVE", "MASS_ORG")) {
			m.put(Messages.text(Messages.VIETNAMESE, "people.awardType." + t), t);
		}
		return m;
	}

	@Override
	public List<ImportTemplate> templates() {
		ImportUnits units = new ImportUnits(this.units);
		return List.of(
				template(PERSONS, PersonColumns.COLUMNS, new PersonsHandler(people, checks, lookup, units), 10, true),
				template(POSITIONS, with(personKey(), text("unitCode", "", 40, null).asRequired(),
						catalog("titleCode", "", CatalogType.TITLE, null), text("titleText", "", 300, null),
						bool("concurrent", "", null), bool("partyPost", "", null),
						date("validFrom", "", null).asRequired(), date("validTo", "", null),
						date("termStart", "", null), date("termEnd", "", null), text("decisionNumber", "", 100, null),
						date("decisionDate", "", null), text("note", "", 1000, null)),
						history(units, (r, id, ctx) -> people.add(id, HistoryKind.POSITION,
								new Position(null, units.unitId(r, ctx), null, r.code("titleCode"), r.text("titleText"),
										r.bool("concurrent"), r.bool("partyPost"), r.date("validFrom"),
										r.date("validTo"), r.date("termStart"), r.date("termEnd"),
										r.text("decisionNumber"), r.date("decisionDate"), null, r.text("note")),
								ctx.scope())),
						20, false),
				template(POSITION_ENDS,
						with(personKey(), date("endDate", "", null).asRequired(), text("postUnitCode", "", 40, null)),
						history(units, (r, id, ctx) -> MainPostEnds.end(people, units, r, id, ctx)), 25, false),
				template(SALARIES,
						with(personKey(), catalog("rankCode", "", CatalogType.RANK, null).asRequired(),
								integer("step", "", null), decimal("coefficient", "", null),
								decimal("percent", "", null), decimal("seniorityAllowancePct", "", null),
								decimal("positionAllowance", "", null), text("otherAllowances", "", 300, null),
								decimal("jobPositionSalary", "", null), date("validFrom", "", null).asRequired(),
								text("decisionNumber", "", 100, null), date("decisionDate", "", null)),
						history(units,
								(r, id, ctx) -> people.add(id, HistoryKind.SALARY, new Salary(null, r.code("rankCode"),
										r.integer("step"), r.decimal("coefficient"), r.decimal("percent"),
										r.decimal("seniorityAllowancePct"), r.decimal("positionAllowance"),
										r.text("otherAllowances"), r.decimal("jobPositionSalary"), r.date("validFrom"),
										null, r.text("decisionNumber"), r.date("decisionDate")), ctx.scope())),
						30, false),
				template(TRAININGS, with(personKey(), choice("kind", "", qualificationKinds(), null).asRequired(),
						text("school", "", 300, null).asRequired(), text("major", "", 300, null),
						partialDate("from", "", null), partialDate("to", "", null),
						catalog("formCode", "", CatalogType.TRAINING_FORM, null), text("certificate", "", 300, null),
						text("levelCode", "", 40, null),
						catalog("languageCode", "", CatalogType.FOREIGN_LANGUAGE, null), date("obtainedOn", "", null)),
						history(units, (r, id, ctx) -> {
							QualificationKind kind = QualificationKind.valueOf(r.code("kind"));
							people.add(id, HistoryKind.TRAINING,
									new Training(null, kind, r.text("school"), r.text("major"), r.partialDate("from"),
											r.partialDate("to"), r.code("formCode"), r.text("certificate"),
											r.text("levelCode")),
									ctx.scope());
							if (r.text("levelCode") != null && r.date("obtainedOn") != null) {
								people.add(id, HistoryKind.QUALIFICATION,
										new Qualification(null, kind, r.text("levelCode"), r.code("languageCode"),
												r.text("major"), r.text("school"), r.date("obtainedOn"), null),
										ctx.scope());
							}
							return null;
						}), 40, false),
				template(AWARDS, with(personKey(), choice("type", "", awardTypes(), null).asRequired(),
						integer("year", "", null), catalog("awardForm", "", CatalogType.AWARD_FORM, null),
						catalog("disciplineForm", "", CatalogType.DISCIPLINE_FORM, null),
						text("decisionNumber", "", 100, null), date("decisionDate", "", null),
						text("issuer", "", 300, null), text("reason", "", 2000, null), date("validFrom", "", null),
						date("validTo", "", null), choice("level", "", awardLevels(), null),
						text("achievement", "", 4000, null), text("programme", "", 300, null)),
						history(units,
								(r, id, ctx) -> "AWARD".equals(r.code("type"))
										? people.add(id, HistoryKind.AWARD,
												new Award(null, r.integer("year"), r.code("awardForm"),
														r.text("decisionNumber"), r.date("decisionDate"),
														r.text("issuer"), r.text("reason"),
														r.code("level") == null ? null
																: AwardLevel.valueOf(r.code("level")),
														r.text("achievement"), r.text("programme")),
												ctx.scope())
										: people.add(id, HistoryKind.DISCIPLINE,
												new Discipline(null, DisciplineKind.valueOf(r.code("type")),
														r.code("disciplineForm"), r.date("decisionDate"),
														r.date("validFrom"), r.date("validTo"), r.text("issuer"),
														r.text("reason"), r.text("decisionNumber")),
												ctx.scope())),
						50, false));
	}

}
