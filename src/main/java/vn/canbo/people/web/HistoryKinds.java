package vn.canbo.people.web;

import static vn.canbo.people.web.Field.area;
import static vn.canbo.people.web.Field.bool;
import static vn.canbo.people.web.Field.catalog;
import static vn.canbo.people.web.Field.choice;
import static vn.canbo.people.web.Field.date;
import static vn.canbo.people.web.Field.decimal;
import static vn.canbo.people.web.Field.integer;
import static vn.canbo.people.web.Field.partial;
import static vn.canbo.people.web.Field.text;

import java.util.Arrays;
import java.util.List;
import vn.canbo.catalog.CatalogType;
import vn.canbo.people.AwardLevel;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.FamilySide;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.HistoryNoteKind;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.RetirementCategory;

/**
 * The form of each {@link HistoryKind} (which declares its segment, record and rules):
 * its fields, and the dossier table ({@code tableId}) that shows its entries.
 */
public enum HistoryKinds {

	POSITIONS(HistoryKind.POSITION, "t28",
			List.of(Field.unit("unitId"), catalog("titleCode", CatalogType.TITLE).req(), text("titleText").wide(5),
					bool("concurrent"), bool("partyPost"), date("validFrom").req(), date("validTo"), date("termStart"),
					date("termEnd"), text("decisionNumber"), date("decisionDate"), text("note").wide(5))),
	WORK_HISTORY(HistoryKind.WORK_HISTORY, "t28",
			List.of(partial("from").req(), partial("to"), text("description").wide(6).req(), text("unitText").wide(6))),
	SALARIES(HistoryKind.SALARY, "t31",
			List.of(catalog("rankCode", CatalogType.RANK).wide(5).req(), integer("step").req(),
					decimal("coefficient").req(), decimal("percent"), date("validFrom").req(), date("validTo"),
					decimal("seniorityAllowancePct"), decimal("positionAllowance"), text("otherAllowances").wide(4),
					decimal("jobPositionSalary"), text("decisionNumber"), date("decisionDate"))),
	QUALIFICATIONS(HistoryKind.QUALIFICATION, "t15", List.of(choice("kind", QualificationKind.class).req().wide(4),
			catalog("levelCode", levelCatalogs()).wide(4), catalog("languageCode", CatalogType.FOREIGN_LANGUAGE),
			text("major").wide(4), text("institution").wide(4), date("validFrom").req(), date("validTo"))),
	TRAININGS(HistoryKind.TRAINING, "t27",
			List.of(choice("kind", QualificationKind.class).wide(4), text("school").wide(4).req(),
					text("major").wide(4), partial("from").req(), partial("to"),
					catalog("formCode", CatalogType.TRAINING_FORM), text("certificate").wide(4),
					catalog("levelCode", levelCatalogs()).wide(4))),
	AWARDS(HistoryKind.AWARD, "t21",
			List.of(integer("year").req(), catalog("formCode", CatalogType.AWARD_FORM).wide(4).req(),
					text("decisionNumber"), date("decisionDate"), text("issuer").wide(4), text("reason").wide(8),
					choice("level", AwardLevel.class), text("achievement").wide(8), text("programme").wide(4))),
	DISCIPLINES(HistoryKind.DISCIPLINE, "t22",
			List.of(choice("kind", DisciplineKind.class).req(), catalog("formCode", CatalogType.DISCIPLINE_FORM).req(),
					date("decidedOn").req(), date("validFrom"), date("validTo"), text("authority").wide(4),
					text("decisionNumber"), text("violation").wide(8))),
	FAMILY(HistoryKind.FAMILY, "t30",
			List.of(choice("side", FamilySide.class).req(), catalog("relationCode", CatalogType.RELATION).req(),
					text("fullName").wide(4).req(), integer("birthYear"), text("details").wide(12), bool("abroad"),
					bool("deceased"), integer("sort"), area("politicalHistory").sensitiveField())),
	HISTORY_NOTES(HistoryKind.HISTORY_NOTE, "t29",
			List.of(choice("kind", HistoryNoteKind.class).req().wide(4), partial("from"), partial("to"),
					area("description").req())),
	MASS_ORGS(HistoryKind.MASS_ORG, "t17",
			List.of(text("organisation").wide(5).req(), date("joinedOn").req(), text("role").wide(4), date("leftOn"))),
	RETIREMENT_CATEGORIES(HistoryKind.RETIREMENT_CATEGORY, RetirementCategoryTable.ID,
			List.of(choice("category", RetirementCategory.class).req().wide(6), integer("months").req(),
					date("validFrom").req(), date("validTo"), text("basis").wide(6), text("note").wide(6)));

	final HistoryKind<?> kind;

	final String tableId;

	final List<Field> fields;

	HistoryKinds(HistoryKind<?> kind, String tableId, List<Field> fields) {
		this.kind = kind;
		this.tableId = tableId;
		this.fields = fields;
	}

	private static CatalogType[] levelCatalogs() {
		return new CatalogType[] { CatalogType.PROFESSIONAL_LEVEL, CatalogType.POLITICAL_THEORY,
				CatalogType.STATE_MANAGEMENT, CatalogType.FOREIGN_LANGUAGE_LEVEL, CatalogType.IT_LEVEL,
				CatalogType.ACADEMIC_TITLE };
	}

	static HistoryKinds of(String segment) {
		HistoryKind<?> kind = HistoryKind.of(segment);
		return Arrays.stream(values()).filter(k -> k.kind == kind).findFirst().orElseThrow();
	}

	public String segment() {
		return kind.segment();
	}

	public String tableId() {
		return tableId;
	}

	public boolean endable() {
		return kind.effectiveDated();
	}

	/** Message prefix of the field labels: people.h.&lt;segment&gt;.&lt;field&gt;. */
	public String labelPrefix() {
		return "people.h." + segment() + ".";
	}

	public String title() {
		return "people.h." + segment();
	}

}
