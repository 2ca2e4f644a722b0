package vn.canbo.people;

import static vn.canbo.people.DossierField.catalog;
import static vn.canbo.people.DossierField.choice;
import static vn.canbo.people.DossierField.date;
import static vn.canbo.people.DossierField.decimal;
import static vn.canbo.people.DossierField.field;
import static vn.canbo.people.DossierField.integer;
import static vn.canbo.people.DossierField.partialDate;
import static vn.canbo.people.DossierField.place;
import static vn.canbo.people.DossierField.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.canbo.catalog.CatalogType;
import vn.canbo.shared.RecordValues;

/**
 * The dossier's fields, declared once, in the order and groups of the items of Mẫu
 * 2C-BNV/2008. The edit form, the PERSONS import template and its export, the masking of
 * sensitive fields and the merge of an imported dossier into an existing one are derived
 * from this list. Adding a field = a component of {@link PersonData}, one line here, its
 * labels in {@code i18n/people*.properties} and its migration.
 */
public final class DossierFields {

	private DossierFields() {
	}

	/**
	 * The groups of the edit form, like the numbered items of Mẫu 2C (title keys, in form
	 * order).
	 */
	public static final List<String> GROUPS = List.of("people.g.header", "people.g.name", "people.g.birthplace",
			"people.g.homeTown", "people.g.ethnicity", "people.g.address", "people.g.recruitment", "people.g.duties",
			"people.g.education", "people.g.party", "people.g.military", "people.g.honours", "people.g.health",
			"people.g.policy", "people.g.ids", "people.g.remarks");

	/**
	 * Every field of {@link PersonData}, in the column order of the PERSONS import
	 * template; each with its group of the edit form.
	 */
	public static final List<DossierField> ALL = List
		.of(group("people.g.header", text("civilServantNo", 30).wide(3), text("personalIdCode", 30).wide(3)),
				group("people.g.name", text("fullName", 100).req().wide(5), text("otherNames", 200).wide(3),
						choice("gender", Gender.class, Gender::label).req().wide(2),
						partialDate("birthDate").req().wide(2)),
				group("people.g.birthplace", place("birthplace", "commune", "district", "province")),
				group("people.g.homeTown",
						place("homeTown", "commune", "district", "province", "communeNew", "provinceNew")),
				group("people.g.ethnicity", catalog("ethnicityCode", CatalogType.ETHNICITY).sensitiveField(),
						catalog("religionCode", CatalogType.RELIGION).sensitiveField()),
				group("people.g.address", text("permanentAddress", 500).wide(5), text("currentAddress", 500).wide(5),
						text("phone", 20).wide(2)),
				group("people.g.recruitment", text("occupationBeforeRecruitment", 300).wide(3),
						partialDate("recruitedOn").wide(2), text("recruitingAgency", 300),
						date("joinedCurrentAgencyOn")),
				group("people.g.header", choice("category", PersonCategory.class, PersonCategory::label).req()),
				group("people.g.duties", text("mainDuties", 2000).wide(6), text("jobPosition", 300).wide(4),
						text("jobPositionCode", 40).wide(2).formOnly()),
				group("people.g.education", catalog("generalEducationCode", CatalogType.GENERAL_EDUCATION).wide(3),
						text("generalEducationGrade", 10).wide(2),
						catalog("academicTitleCode", CatalogType.ACADEMIC_TITLE).wide(3), integer("academicTitleYear")),
				group("people.g.party", date("partyJoinedOn"), date("partyOfficialOn"), date("partyLeftOn").formOnly(),
						date("youthUnionJoinedOn")),
				group("people.g.military", date("militaryEnlistedOn"), date("militaryDischargedOn"),
						catalog("militaryRankCode", CatalogType.MILITARY_RANK)),
				group("people.g.honours", catalog("honoraryTitleCode", CatalogType.HONORARY_TITLE).wide(5),
						integer("honoraryTitleYear"), text("strengths", 2000).wide(5), text("longestJob", 300).wide(6)),
				group("people.g.recruitment", catalog("familyBackgroundCode", CatalogType.FAMILY_BACKGROUND).wide(3)),
				group("people.g.policy", catalog("policyGroupCode", CatalogType.POLICY_GROUP).wide(5),
						text("warInvalidGrade", 20).wide(3)),
				group("people.g.health", text("healthStatus", 200).wide(3).sensitiveField(),
						integer("heightCm").sensitiveField(), decimal("weightKg").sensitiveField(),
						catalog("bloodGroupCode", CatalogType.BLOOD_GROUP).wide(2).sensitiveField()),
				group("people.g.ids", text("nationalId", 12).wide(3).sensitiveField(), date("nationalIdIssuedOn"),
						text("nationalIdIssuedBy", 300).wide(6), text("socialInsuranceNo", 10).wide(3),
						text("healthInsuranceNo", 20).wide(3)),
				group("people.g.remarks", field("remarks", DossierField.Kind.AREA, 4000)))
		.stream()
		.flatMap(List::stream)
		.toList();

	private static final Map<String, DossierField> BY_NAME = ALL.stream()
		.collect(Collectors.toMap(DossierField::name, f -> f));

	static {
		Set<String> components = Arrays.stream(PersonData.class.getRecordComponents())
			.map(c -> c.getName())
			.collect(Collectors.toSet());
		if (!components.equals(BY_NAME.keySet())) {
			throw new IllegalStateException(
					"PersonData and DossierFields differ: " + components + " vs " + BY_NAME.keySet());
		}
	}

	private static List<DossierField> group(String title, DossierField... fields) {
		return Arrays.stream(fields).map(f -> f.in(title)).toList();
	}

	/** The field of a PersonData component. */
	public static DossierField named(String name) {
		DossierField f = BY_NAME.get(name);
		if (f == null) {
			throw new IllegalArgumentException("No dossier field " + name);
		}
		return f;
	}

	/** Whether {@code name} is a sensitive dossier field. */
	static boolean sensitive(String name) {
		DossierField f = BY_NAME.get(name);
		return f != null && f.sensitive();
	}

	/** The dossier built from field values by name (absent = null). */
	static PersonData data(Map<String, ?> values) {
		return RecordValues.create(PersonData.class, values);
	}

	/**
	 * The dossier as a user without SENSITIVE_READ may see it: sensitive fields null, the
	 * national ID masked ("0*********12",
	 * {@link vn.canbo.security.Masking#maskNationalId}, the one mask of the application).
	 */
	static PersonData mask(PersonData d) {
		Map<String, Object> values = new HashMap<>(RecordValues.of(d));
		for (DossierField f : ALL) {
			if (f.sensitive()) {
				values.put(f.name(), f.name().equals("nationalId")
						? vn.canbo.security.Masking.maskNationalId(d.nationalId()) : null);
			}
		}
		return data(values);
	}

	/**
	 * The existing dossier with every non-empty field of the imported one laid over it
	 * (places part by part).
	 */
	static PersonData merge(PersonData existing, PersonData imported) {
		Map<String, Object> a = RecordValues.of(existing);
		Map<String, Object> b = RecordValues.of(imported);
		Map<String, Object> merged = new HashMap<>(a);
		for (DossierField f : ALL) {
			Object mine = a.get(f.name());
			Object theirs = b.get(f.name());
			if (theirs != null) {
				merged.put(f.name(), mine instanceof Place p && theirs instanceof Place q ? merge(p, q) : theirs);
			}
		}
		return data(merged);
	}

	private static Place merge(Place a, Place b) {
		Map<String, Object> m = new HashMap<>(RecordValues.of(a));
		RecordValues.of(b).forEach((k, v) -> {
			if (v != null) {
				m.put(k, v);
			}
		});
		return RecordValues.create(Place.class, m);
	}

}
