package vn.canbo.people.web;

import java.util.ArrayList;
import java.util.List;
import vn.canbo.people.DossierField;
import vn.canbo.people.DossierFields;

/**
 * The dossier forms, derived from {@link DossierFields}: the edit form shows every field
 * in the groups of Mẫu 2C; the create form a few essential fields (with their widths
 * there) plus the first main position.
 */
final class DossierForm {

	private DossierForm() {
	}

	/** Every editable field of the dossier (edit form). */
	static final List<Field.Group> EDIT = DossierFields.GROUPS.stream()
		.map(g -> new Field.Group(g,
				DossierFields.ALL.stream()
					.filter(f -> f.group().equals(g))
					.flatMap(f -> Field.of(f, f.cols()).stream())
					.toList()))
		.toList();

	/** The essential fields of a new dossier plus its first main position. */
	static final List<Field.Group> CREATE = List.of(
			group("people.g.name", "category", "fullName:5", "gender:2", "birthDate:2", "otherNames:3",
					"civilServantNo:3"),
			group("people.g.birthplace", "birthplace"), group("people.g.homeTown", "homeTown"),
			group("people.g.ethnicity", "ethnicityCode", "religionCode", "nationalId:2", "nationalIdIssuedOn:2",
					"phone:2"),
			group("people.g.recruitment", "recruitedOn:2", "recruitingAgency", "generalEducationCode:3",
					"generalEducationGrade:2", "currentAddress:6", "partyJoinedOn", "partyOfficialOn"),
			new Field.Group("people.g.initial", List.of(Field.unit("mainPosition.unitId"),
					Field.catalog("mainPosition.titleCode", vn.canbo.catalog.CatalogType.TITLE).req().wide(3),
					Field.date("mainPosition.validFrom").req(), Field.text("mainPosition.titleText").wide(6),
					Field.text("mainPosition.decisionNumber").wide(3), Field.date("mainPosition.decisionDate"))));

	/** Dossier fields named "name" (with their declared width) or "name:cols". */
	private static Field.Group group(String title, String... names) {
		List<Field> l = new ArrayList<>();
		for (String n : names) {
			String[] p = n.split(":");
			DossierField f = DossierFields.named(p[0]);
			l.addAll(Field.of(f, p.length > 1 ? Integer.parseInt(p[1]) : f.cols()));
		}
		return new Field.Group(title, l);
	}

	static List<Field> all(List<Field.Group> groups) {
		List<Field> l = new ArrayList<>();
		groups.forEach(g -> l.addAll(g.fields()));
		return l;
	}

}
