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
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.FamilySide;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.HistoryNote;
import vn.canbo.people.HistoryNoteKind;
import vn.canbo.people.MassOrgMembership;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import vn.canbo.people.WorkHistory;
import vn.canbo.shared.NotFoundException;

/**
 * The history kinds of a dossier as the pages edit them: URL segment (as in the REST
 * API), the record, its form fields, and the dossier table ({@code tableId}) that shows
 * its entries.
 */
public enum HistoryKinds {

	POSITIONS("positions", HistoryKind.POSITION, Position.class, "t28",
			List.of(Field.unit("unitId"), catalog("titleCode", CatalogType.TITLE).req(), text("titleText").wide(5),
					bool("concurrent"), bool("partyPost"), date("validFrom").req(), date("validTo"), date("termStart"),
					date("termEnd"), text("decisionNumber"), date("decisionDate"), text("note").wide(5))),
	WORK_HISTORY("work-history", HistoryKind.WORK_HISTORY, WorkHistory.class, "t28",
			List.of(partial("from").req(), partial("to"), text("description").wide(6).req(), text("unitText").wide(6))),
	SALARIES("salaries", HistoryKind.SALARY, Salary.class, "t31",
			List.of(catalog("rankCode", CatalogType.RANK).wide(5).req(), integer("step").req(),
					decimal("coefficient").req(), decimal("percent"), date("validFrom").req(), date("validTo"),
					decimal("seniorityAllowancePct"), decimal("positionAllowance"), text("otherAllowances").wide(4),
					decimal("jobPositionSalary"), text("decisionNumber"), date("decisionDate"))),
	QUALIFICATIONS("qualifications", HistoryKind.QUALIFICATION, Qualification.class, "t15",
			List.of(choice("kind", QualificationKind.class).req().wide(4),
					catalog("levelCode", levelCatalogs()).wide(4),
					catalog("languageCode", CatalogType.FOREIGN_LANGUAGE), text("major").wide(4),
					text("institution").wide(4), date("validFrom").req(), date("validTo"))),
	TRAININGS("trainings", HistoryKind.TRAINING, Training.class, "t27",
			List.of(choice("kind", QualificationKind.class).wide(4), text("school").wide(4).req(),
					text("major").wide(4), partial("from").req(), partial("to"),
					catalog("formCode", CatalogType.TRAINING_FORM), text("certificate").wide(4),
					catalog("levelCode", levelCatalogs()).wide(4))),
	AWARDS("awards", HistoryKind.AWARD, Award.class, "t21",
			List.of(integer("year").req(), catalog("formCode", CatalogType.AWARD_FORM).wide(4).req(),
					text("decisionNumber"), date("decisionDate"), text("issuer").wide(4), text("reason").wide(8))),
	DISCIPLINES("disciplines", HistoryKind.DISCIPLINE, Discipline.class, "t22",
			List.of(choice("kind", DisciplineKind.class).req(), catalog("formCode", CatalogType.DISCIPLINE_FORM).req(),
					date("decidedOn").req(), date("validFrom"), date("validTo"), text("authority").wide(4),
					text("decisionNumber"), text("violation").wide(8))),
	FAMILY("family", HistoryKind.FAMILY, FamilyMember.class, "t30",
			List.of(choice("side", FamilySide.class).req(), catalog("relationCode", CatalogType.RELATION).req(),
					text("fullName").wide(4).req(), integer("birthYear"), text("details").wide(12), bool("abroad"),
					bool("deceased"), integer("sort"), area("politicalHistory").sensitiveField())),
	HISTORY_NOTES("history-notes", HistoryKind.HISTORY_NOTE, HistoryNote.class, "t29",
			List.of(choice("kind", HistoryNoteKind.class).req().wide(4), partial("from"), partial("to"),
					area("description").req())),
	MASS_ORGS("mass-orgs", HistoryKind.MASS_ORG, MassOrgMembership.class, "t17",
			List.of(text("organisation").wide(5).req(), date("joinedOn").req(), text("role").wide(4), date("leftOn")));

	final String segment;

	final HistoryKind kind;

	final Class<? extends Record> type;

	final String tableId;

	final List<Field> fields;

	HistoryKinds(String segment, HistoryKind kind, Class<? extends Record> type, String tableId, List<Field> fields) {
		this.segment = segment;
		this.kind = kind;
		this.type = type;
		this.tableId = tableId;
		this.fields = fields;
	}

	private static CatalogType[] levelCatalogs() {
		return new CatalogType[] { CatalogType.PROFESSIONAL_LEVEL, CatalogType.POLITICAL_THEORY,
				CatalogType.STATE_MANAGEMENT, CatalogType.FOREIGN_LANGUAGE_LEVEL, CatalogType.IT_LEVEL,
				CatalogType.ACADEMIC_TITLE };
	}

	static HistoryKinds of(String segment) {
		return Arrays.stream(values())
			.filter(k -> k.segment.equals(segment))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Không có mục " + segment));
	}

	public String segment() {
		return segment;
	}

	public String tableId() {
		return tableId;
	}

	public boolean endable() {
		return kind.effectiveDated();
	}

	/** Message prefix of the field labels: people.h.&lt;segment&gt;.&lt;field&gt;. */
	public String labelPrefix() {
		return "people.h." + segment + ".";
	}

	public String title() {
		return "people.h." + segment;
	}

}
