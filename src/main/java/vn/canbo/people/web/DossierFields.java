package vn.canbo.people.web;

import static vn.canbo.people.web.Field.area;
import static vn.canbo.people.web.Field.catalog;
import static vn.canbo.people.web.Field.choice;
import static vn.canbo.people.web.Field.date;
import static vn.canbo.people.web.Field.decimal;
import static vn.canbo.people.web.Field.integer;
import static vn.canbo.people.web.Field.partial;
import static vn.canbo.people.web.Field.text;

import java.util.ArrayList;
import java.util.List;
import vn.canbo.catalog.CatalogType;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;

/**
 * The dossier fields grouped like the items of Mẫu 2C-BNV/2008, for the edit and create
 * forms.
 */
final class DossierFields {

	private DossierFields() {
	}

	static List<Field> place(String p) {
		return List.of(text(p + ".commune").wide(3), text(p + ".district").wide(3), text(p + ".province").wide(3),
				text(p + ".communeNew").wide(3), text(p + ".provinceNew").wide(3));
	}

	/** Every editable field of the dossier (edit form). */
	static final List<Field.Group> EDIT = List.of(
			new Field.Group("people.g.header",
					List.of(choice("category", PersonCategory.class).req(), text("civilServantNo").wide(3),
							text("personalIdCode").wide(3))),
			new Field.Group("people.g.name",
					List.of(text("fullName").req().wide(5), text("otherNames").wide(3),
							choice("gender", Gender.class).req().wide(2), partial("birthDate").req().wide(2))),
			new Field.Group("people.g.birthplace", place("birthplace")),
			new Field.Group("people.g.homeTown", place("homeTown")),
			new Field.Group("people.g.ethnicity",
					List.of(catalog("ethnicityCode", CatalogType.ETHNICITY).sensitiveField(),
							catalog("religionCode", CatalogType.RELIGION).sensitiveField())),
			new Field.Group("people.g.address",
					List.of(text("permanentAddress").wide(5), text("currentAddress").wide(5), text("phone").wide(2))),
			new Field.Group("people.g.recruitment",
					List.of(catalog("familyBackgroundCode", CatalogType.FAMILY_BACKGROUND).wide(3),
							text("occupationBeforeRecruitment").wide(3), partial("recruitedOn").wide(2),
							text("recruitingAgency"), date("joinedCurrentAgencyOn"))),
			new Field.Group("people.g.duties",
					List.of(text("mainDuties").wide(6), text("jobPosition").wide(4), text("jobPositionCode").wide(2))),
			new Field.Group("people.g.education",
					List.of(catalog("generalEducationCode", CatalogType.GENERAL_EDUCATION).wide(3),
							text("generalEducationGrade").wide(2),
							catalog("academicTitleCode", CatalogType.ACADEMIC_TITLE).wide(3),
							integer("academicTitleYear"))),
			new Field.Group("people.g.party",
					List.of(date("partyJoinedOn"), date("partyOfficialOn"), date("partyLeftOn"),
							date("youthUnionJoinedOn"))),
			new Field.Group("people.g.military",
					List.of(date("militaryEnlistedOn"), date("militaryDischargedOn"),
							catalog("militaryRankCode", CatalogType.MILITARY_RANK))),
			new Field.Group("people.g.honours",
					List.of(catalog("honoraryTitleCode", CatalogType.HONORARY_TITLE).wide(5),
							integer("honoraryTitleYear"), text("strengths").wide(5), text("longestJob").wide(6))),
			new Field.Group("people.g.health",
					List.of(text("healthStatus").wide(3).sensitiveField(), integer("heightCm").sensitiveField(),
							decimal("weightKg").sensitiveField(),
							catalog("bloodGroupCode", CatalogType.BLOOD_GROUP).wide(2).sensitiveField())),
			new Field.Group("people.g.policy",
					List.of(catalog("policyGroupCode", CatalogType.POLICY_GROUP).wide(5),
							text("warInvalidGrade").wide(3))),
			new Field.Group("people.g.ids",
					List.of(text("nationalId").wide(3).sensitiveField(), date("nationalIdIssuedOn"),
							text("nationalIdIssuedBy").wide(6), text("socialInsuranceNo").wide(3),
							text("healthInsuranceNo").wide(3))),
			new Field.Group("people.g.remarks", List.of(area("remarks"))));

	/** The essential fields of a new dossier plus its first main position. */
	static final List<Field.Group> CREATE = List.of(
			new Field.Group("people.g.name",
					List.of(choice("category", PersonCategory.class).req(), text("fullName").req().wide(5),
							choice("gender", Gender.class).req().wide(2), partial("birthDate").req().wide(2),
							text("otherNames").wide(3), text("civilServantNo").wide(3))),
			new Field.Group("people.g.birthplace", place("birthplace")),
			new Field.Group("people.g.homeTown", place("homeTown")),
			new Field.Group("people.g.ethnicity",
					List.of(catalog("ethnicityCode", CatalogType.ETHNICITY),
							catalog("religionCode", CatalogType.RELIGION), text("nationalId").wide(2),
							date("nationalIdIssuedOn").wide(2), text("phone").wide(2))),
			new Field.Group("people.g.recruitment",
					List.of(partial("recruitedOn").wide(2), text("recruitingAgency"),
							catalog("generalEducationCode", CatalogType.GENERAL_EDUCATION).wide(3),
							text("generalEducationGrade").wide(2), text("currentAddress").wide(6),
							date("partyJoinedOn"), date("partyOfficialOn"))),
			new Field.Group("people.g.initial",
					List.of(Field.unit("mainPosition.unitId"),
							catalog("mainPosition.titleCode", CatalogType.TITLE).req().wide(3),
							date("mainPosition.validFrom").req(), text("mainPosition.titleText").wide(6),
							text("mainPosition.decisionNumber").wide(3), date("mainPosition.decisionDate"))));

	static List<Field> all(List<Field.Group> groups) {
		List<Field> l = new ArrayList<>();
		groups.forEach(g -> l.addAll(g.fields()));
		return l;
	}

}
