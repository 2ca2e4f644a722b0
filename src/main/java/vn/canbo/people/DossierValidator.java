package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.shared.Messages;
import vn.canbo.shared.PartialDate;

/**
 * Rules of the dossier fields (Mẫu 2C items 1–26). Messages in Vietnamese, naming the
 * field.
 */
@Component
class DossierValidator {

	/**
	 * Letters (any script, with combining marks) and spaces; an apostrophe or hyphen
	 * inside a word (H'Hen, Ê-đê).
	 */
	static final Pattern NAME = Pattern
		.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*(?: [\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*)*");
	static final int NAME_MAX = 100;

	private static final Pattern DIGITS_12 = Pattern.compile("\\d{12}");

	private static final Pattern DIGITS_10 = Pattern.compile("\\d{10}");

	private static final Pattern HEALTH_CARD = Pattern.compile("[A-Z]{2}\\d{13}|\\d{10}");

	private static final Pattern PHONE = Pattern.compile("\\+?\\d{9,14}");

	private static final Pattern GRADE = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
	static final int MIN_WORKING_AGE = 16;
	static final int MAX_RECRUITMENT_AGE = 65;
	static final int MIN_PARTY_AGE = 18;

	private final Catalogs catalogs;

	DossierValidator(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	void validate(PersonData d, Errors e) {
		LocalDate today = LocalDate.now();
		e.require("category", d.category(), Messages.text("people.label.category"));
		e.require("gender", d.gender(), Messages.text("people.label.gender"));
		name(e, "fullName", d.fullName(), Messages.text("people.label.fullName"), true);
		if (d.otherNames() != null && !d.otherNames().isBlank()) {
			for (String other : d.otherNames().split("[,;]")) {
				name(e, "otherNames", other.strip(), Messages.text("people.label.otherNames"), false);
			}
		}
		PartialDate birth = d.birthDate();
		if (birth == null) {
			e.add("birthDate", Messages.text("people.v.birthDateRequired"));
		}
		else if (birth.date().isAfter(today)) {
			e.add("birthDate", Messages.text("people.v.birthDateFuture"), birth.format());
		}
		else if (birth.year() < 1900) {
			e.add("birthDate", Messages.text("people.v.birthDateTooEarly"), birth.format());
		}
		boolean born = birth != null && !birth.date().isAfter(today);
		recruitment(d, e, born ? birth : null);
		party(d, e, born ? birth : null, today);
		if (born && d.youthUnionJoinedOn() != null && d.youthUnionJoinedOn().isBefore(birth.latest())) {
			e.add("youthUnionJoinedOn", Messages.text("people.v.youthUnionAfterBirth"),
					Dates.format(d.youthUnionJoinedOn()));
		}
		if (born && d.joinedCurrentAgencyOn() != null
				&& Dates.maxAge(birth, d.joinedCurrentAgencyOn()) < MIN_WORKING_AGE) {
			e.add("joinedCurrentAgencyOn", Messages.text("people.v.joinedAgencyAge"),
					Dates.format(d.joinedCurrentAgencyOn()));
		}
		military(d, e, born ? birth : null);
		codes(d, e, today);
		years(e, "academicTitleYear", d.academicTitleYear(), Messages.text("people.label.academicTitleYear"), birth,
				today);
		years(e, "honoraryTitleYear", d.honoraryTitleYear(), Messages.text("people.label.honoraryTitleYear"), birth,
				today);
		if (d.academicTitleYear() != null && d.academicTitleCode() == null) {
			e.add("academicTitleCode", Messages.text("people.v.academicTitleRequired"));
		}
		if (d.generalEducationGrade() != null && !d.generalEducationGrade().isBlank()) {
			var m = GRADE.matcher(d.generalEducationGrade().strip());
			if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))
					|| Integer.parseInt(m.group(2)) < 9 || Integer.parseInt(m.group(2)) > 12) {
				e.add("generalEducationGrade", Messages.text("people.v.grade"), d.generalEducationGrade());
			}
		}
		identity(d, e, born ? birth : null, today);
		body(d, e);
		length(e, "civilServantNo", d.civilServantNo(), 30, Messages.text("people.label.civilServantNo"));
		length(e, "personalIdCode", d.personalIdCode(), 30, Messages.text("people.label.personalIdCode"));
		length(e, "permanentAddress", d.permanentAddress(), 500, Messages.text("people.label.permanentAddress"));
		length(e, "currentAddress", d.currentAddress(), 500, Messages.text("people.label.currentAddress"));
		length(e, "jobPosition", d.jobPosition(), 300, Messages.text("people.label.jobPosition"));
		length(e, "recruitingAgency", d.recruitingAgency(), 300, Messages.text("people.label.recruitingAgency"));
		length(e, "occupationBeforeRecruitment", d.occupationBeforeRecruitment(), 300,
				Messages.text("people.label.occupationBeforeRecruitment"));
		length(e, "longestJob", d.longestJob(), 300, Messages.text("people.label.longestJob"));
		place(e, "birthplace", d.birthplace());
		place(e, "homeTown", d.homeTown());
	}

	static void name(Errors e, String field, String value, String label, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				e.add(field, Messages.text("people.v.required", label));
			}
			return;
		}
		String v = vn.canbo.shared.VietnameseText.clean(value);
		if (v.length() > NAME_MAX) {
			e.add(field, Messages.text("people.v.tooLong", label, String.valueOf(NAME_MAX)), v.length());
		}
		else if (!NAME.matcher(java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFC)).matches()) {
			e.add(field, Messages.text("people.v.letters", label), value);
		}
	}

	private void recruitment(PersonData d, Errors e, PartialDate birth) {
		PartialDate r = d.recruitedOn();
		if (r == null || birth == null) {
			return;
		}
		if (r.latest().isBefore(birth.date())
				|| r.latest().isEqual(birth.date()) && r.precision() == PartialDate.Precision.DAY) {
			e.add("recruitedOn", Messages.text("people.v.recruitedAfterBirth"), r.format());
		}
		else if (r.latest().isBefore(birth.date().plusYears(MIN_WORKING_AGE))) {
			// even the latest possible recruitment day and the earliest possible birth
			// day give less than 16
			e.add("recruitedOn", Messages.text("people.v.recruitedMinAge"), r.format());
		}
		else if (Dates.minAge(birth, r.date()) > MAX_RECRUITMENT_AGE) {
			e.add("recruitedOn", Messages.text("people.v.recruitedMaxAge"), r.format());
		}
		if (r.date().isAfter(LocalDate.now().plusYears(1))) {
			e.add("recruitedOn", Messages.text("people.v.recruitedFuture"), r.format());
		}
	}

	private void party(PersonData d, Errors e, PartialDate birth, LocalDate today) {
		LocalDate joined = d.partyJoinedOn();
		if (joined != null) {
			if (joined.isAfter(today)) {
				e.add("partyJoinedOn", Messages.text("people.v.partyJoinedFuture"), Dates.format(joined));
			}
			if (birth != null && Dates.maxAge(birth, joined) < MIN_PARTY_AGE) {
				e.add("partyJoinedOn", Messages.text("people.v.partyAge"), Dates.format(joined));
			}
		}
		if (d.partyOfficialOn() != null) {
			if (joined == null) {
				e.add("partyJoinedOn", Messages.text("people.v.partyJoinedForOfficial"));
			}
			else if (!d.partyOfficialOn().isAfter(joined)) {
				e.add("partyOfficialOn", Messages.text("people.v.partyOfficialAfter"),
						Dates.format(d.partyOfficialOn()));
			}
		}
		if (d.partyLeftOn() != null) {
			if (joined == null) {
				e.add("partyJoinedOn", Messages.text("people.v.partyJoinedForLeft"));
			}
			else if (!d.partyLeftOn().isAfter(joined)) {
				e.add("partyLeftOn", Messages.text("people.v.partyLeftAfter"), Dates.format(d.partyLeftOn()));
			}
		}
	}

	private void military(PersonData d, Errors e, PartialDate birth) {
		LocalDate in = d.militaryEnlistedOn();
		LocalDate out = d.militaryDischargedOn();
		if (out != null && in == null) {
			e.add("militaryEnlistedOn", Messages.text("people.v.enlistedRequired"));
		}
		if (in != null && out != null && !out.isAfter(in)) {
			e.add("militaryDischargedOn", Messages.text("people.v.dischargedAfter"), Dates.format(out));
		}
		if (in != null && birth != null && Dates.maxAge(birth, in) < MIN_WORKING_AGE) {
			e.add("militaryEnlistedOn", Messages.text("people.v.enlistedAge"), Dates.format(in));
		}
	}

	private void codes(PersonData d, Errors e, LocalDate today) {
		e.code(catalogs, "ethnicityCode", CatalogType.ETHNICITY, d.ethnicityCode(), today,
				Messages.text("people.code.ethnicity"));
		e.code(catalogs, "religionCode", CatalogType.RELIGION, d.religionCode(), today,
				Messages.text("people.code.religion"));
		e.code(catalogs, "familyBackgroundCode", CatalogType.FAMILY_BACKGROUND, d.familyBackgroundCode(), today,
				Messages.text("people.code.familyBackground"));
		e.code(catalogs, "generalEducationCode", CatalogType.GENERAL_EDUCATION, d.generalEducationCode(), today,
				Messages.text("people.code.generalEducation"));
		e.code(catalogs, "academicTitleCode", CatalogType.ACADEMIC_TITLE, d.academicTitleCode(),
				d.academicTitleYear() == null ? today : yearEnd(d.academicTitleYear(), today),
				Messages.text("people.code.academicTitle"));
		e.code(catalogs, "militaryRankCode", CatalogType.MILITARY_RANK, d.militaryRankCode(),
				d.militaryDischargedOn() == null ? today : d.militaryDischargedOn().minusDays(1),
				Messages.text("people.code.militaryRank"));
		e.code(catalogs, "honoraryTitleCode", CatalogType.HONORARY_TITLE, d.honoraryTitleCode(),
				d.honoraryTitleYear() == null ? today : yearEnd(d.honoraryTitleYear(), today),
				Messages.text("people.code.honoraryTitle"));
		e.code(catalogs, "policyGroupCode", CatalogType.POLICY_GROUP, d.policyGroupCode(), today,
				Messages.text("people.code.policyGroup"));
		e.code(catalogs, "bloodGroupCode", CatalogType.BLOOD_GROUP, d.bloodGroupCode(), today,
				Messages.text("people.code.bloodGroup"));
	}

	private static LocalDate yearEnd(int year, LocalDate today) {
		LocalDate end = LocalDate.of(Math.max(1900, Math.min(year, 9999)), 12, 31);
		return end.isAfter(today) ? today : end;
	}

	private static void years(Errors e, String field, Integer year, String label, PartialDate birth, LocalDate today) {
		if (year != null && (year > today.getYear() || birth != null && year < birth.year())) {
			e.add(field, Messages.text("people.v.yearRange", label), year);
		}
	}

	private static void identity(PersonData d, Errors e, PartialDate birth, LocalDate today) {
		String id = d.nationalId();
		if (id != null && !id.isBlank()) {
			if (!DIGITS_12.matcher(id).matches()) {
				e.add("nationalId", Messages.text("people.v.nationalIdDigits"), id);
			}
			else {
				int province = Integer.parseInt(id.substring(0, 3));
				if (province < 1 || province > 96) {
					e.add("nationalId", Messages.text("people.v.nationalIdProvince"), id);
				}
			}
		}
		LocalDate issued = d.nationalIdIssuedOn();
		if (issued != null) {
			if (issued.isAfter(today)) {
				e.add("nationalIdIssuedOn", Messages.text("people.v.issuedFuture"), Dates.format(issued));
			}
			else if (birth != null && issued.isBefore(birth.date())) {
				e.add("nationalIdIssuedOn", Messages.text("people.v.issuedAfterBirth"), Dates.format(issued));
			}
			if (id == null || id.isBlank()) {
				e.add("nationalId", Messages.text("people.v.nationalIdRequired"));
			}
		}
		if (d.socialInsuranceNo() != null && !d.socialInsuranceNo().isBlank()
				&& !DIGITS_10.matcher(d.socialInsuranceNo()).matches()) {
			e.add("socialInsuranceNo", Messages.text("people.v.socialInsurance"), d.socialInsuranceNo());
		}
		if (d.healthInsuranceNo() != null && !d.healthInsuranceNo().isBlank()
				&& !HEALTH_CARD.matcher(d.healthInsuranceNo()).matches()) {
			e.add("healthInsuranceNo", Messages.text("people.v.healthInsurance"), d.healthInsuranceNo());
		}
		if (d.phone() != null && !d.phone().isBlank() && !PHONE.matcher(d.phone().replaceAll("[ .]", "")).matches()) {
			e.add("phone", Messages.text("people.v.phone"), d.phone());
		}
	}

	private static void body(PersonData d, Errors e) {
		if (d.heightCm() != null && (d.heightCm() < 100 || d.heightCm() > 230)) {
			e.add("heightCm", Messages.text("people.v.height"), d.heightCm());
		}
		if (d.weightKg() != null && (d.weightKg().compareTo(BigDecimal.valueOf(30)) < 0
				|| d.weightKg().compareTo(BigDecimal.valueOf(200)) > 0)) {
			e.add("weightKg", Messages.text("people.v.weight"), d.weightKg());
		}
	}

	private static void place(Errors e, String field, Place p) {
		if (p == null) {
			return;
		}
		length(e, field + ".commune", p.commune(), 150, Messages.text("people.label.commune"));
		length(e, field + ".district", p.district(), 150, Messages.text("people.label.district"));
		length(e, field + ".province", p.province(), 150, Messages.text("people.label.province"));
		length(e, field + ".communeNew", p.communeNew(), 150, Messages.text("people.label.communeNew"));
		length(e, field + ".provinceNew", p.provinceNew(), 150, Messages.text("people.label.provinceNew"));
	}

	static void length(Errors e, String field, String value, int max, String label) {
		if (value != null && value.length() > max) {
			e.add(field, Messages.text("people.v.tooLong", label, String.valueOf(max)), value.length());
		}
	}

}
