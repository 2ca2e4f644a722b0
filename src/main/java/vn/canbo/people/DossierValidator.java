package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
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
		e.require("category", d.category(), "Đối tượng (cán bộ, công chức, viên chức…)");
		e.require("gender", d.gender(), "Giới tính");
		name(e, "fullName", d.fullName(), "Họ và tên", true);
		if (d.otherNames() != null && !d.otherNames().isBlank()) {
			for (String other : d.otherNames().split("[,;]")) {
				name(e, "otherNames", other.strip(), "Tên gọi khác", false);
			}
		}
		PartialDate birth = d.birthDate();
		if (birth == null) {
			e.add("birthDate", "Ngày sinh là bắt buộc");
		}
		else if (birth.date().isAfter(today)) {
			e.add("birthDate", "Ngày sinh không được sau ngày hôm nay", birth.format());
		}
		else if (birth.year() < 1900) {
			e.add("birthDate", "Ngày sinh không hợp lệ (trước năm 1900)", birth.format());
		}
		boolean born = birth != null && !birth.date().isAfter(today);
		recruitment(d, e, born ? birth : null);
		party(d, e, born ? birth : null, today);
		if (born && d.youthUnionJoinedOn() != null && d.youthUnionJoinedOn().isBefore(birth.latest())) {
			e.add("youthUnionJoinedOn", "Ngày vào Đoàn phải sau ngày sinh", Dates.format(d.youthUnionJoinedOn()));
		}
		if (born && d.joinedCurrentAgencyOn() != null
				&& Dates.maxAge(birth, d.joinedCurrentAgencyOn()) < MIN_WORKING_AGE) {
			e.add("joinedCurrentAgencyOn", "Ngày vào cơ quan hiện đang công tác phải khi đã đủ 16 tuổi",
					Dates.format(d.joinedCurrentAgencyOn()));
		}
		military(d, e, born ? birth : null);
		codes(d, e, today);
		years(e, "academicTitleYear", d.academicTitleYear(), "Năm được phong học hàm", birth, today);
		years(e, "honoraryTitleYear", d.honoraryTitleYear(), "Năm được phong tặng danh hiệu", birth, today);
		if (d.academicTitleYear() != null && d.academicTitleCode() == null) {
			e.add("academicTitleCode", "Học hàm là bắt buộc khi có năm phong");
		}
		if (d.generalEducationGrade() != null && !d.generalEducationGrade().isBlank()) {
			var m = GRADE.matcher(d.generalEducationGrade().strip());
			if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))
					|| Integer.parseInt(m.group(2)) < 9 || Integer.parseInt(m.group(2)) > 12) {
				e.add("generalEducationGrade", "Trình độ giáo dục phổ thông ghi dạng lớp/hệ, ví dụ 12/12 hoặc 9/10",
						d.generalEducationGrade());
			}
		}
		identity(d, e, born ? birth : null, today);
		body(d, e);
		length(e, "civilServantNo", d.civilServantNo(), 30, "Số hiệu cán bộ, công chức");
		length(e, "personalIdCode", d.personalIdCode(), 30, "Mã số định danh");
		length(e, "permanentAddress", d.permanentAddress(), 500, "Nơi đăng ký thường trú");
		length(e, "currentAddress", d.currentAddress(), 500, "Nơi ở hiện nay");
		length(e, "jobPosition", d.jobPosition(), 300, "Vị trí việc làm");
		length(e, "recruitingAgency", d.recruitingAgency(), 300, "Cơ quan tuyển dụng");
		length(e, "occupationBeforeRecruitment", d.occupationBeforeRecruitment(), 300,
				"Nghề nghiệp trước khi tuyển dụng");
		length(e, "longestJob", d.longestJob(), 300, "Công việc làm lâu nhất");
		place(e, "birthplace", d.birthplace());
		place(e, "homeTown", d.homeTown());
	}

	static void name(Errors e, String field, String value, String label, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				e.add(field, label + " là bắt buộc");
			}
			return;
		}
		String v = vn.canbo.shared.VietnameseText.clean(value);
		if (v.length() > NAME_MAX) {
			e.add(field, label + " không được dài quá " + NAME_MAX + " ký tự", v.length());
		}
		else if (!NAME.matcher(java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFC)).matches()) {
			e.add(field, label + " chỉ được gồm chữ cái và dấu cách", value);
		}
	}

	private void recruitment(PersonData d, Errors e, PartialDate birth) {
		PartialDate r = d.recruitedOn();
		if (r == null || birth == null) {
			return;
		}
		if (r.latest().isBefore(birth.date())
				|| r.latest().isEqual(birth.date()) && r.precision() == PartialDate.Precision.DAY) {
			e.add("recruitedOn", "Ngày tuyển dụng phải sau ngày sinh", r.format());
		}
		else if (r.latest().isBefore(birth.date().plusYears(MIN_WORKING_AGE))) {
			// even the latest possible recruitment day and the earliest possible birth
			// day give less than 16
			e.add("recruitedOn", "Tuổi khi tuyển dụng phải từ 16 trở lên", r.format());
		}
		else if (Dates.minAge(birth, r.date()) > MAX_RECRUITMENT_AGE) {
			e.add("recruitedOn", "Tuổi khi tuyển dụng không được quá 65", r.format());
		}
		if (r.date().isAfter(LocalDate.now().plusYears(1))) {
			e.add("recruitedOn", "Ngày tuyển dụng không được quá một năm sau ngày hôm nay", r.format());
		}
	}

	private void party(PersonData d, Errors e, PartialDate birth, LocalDate today) {
		LocalDate joined = d.partyJoinedOn();
		if (joined != null) {
			if (joined.isAfter(today)) {
				e.add("partyJoinedOn", "Ngày vào Đảng không được sau ngày hôm nay", Dates.format(joined));
			}
			if (birth != null && Dates.maxAge(birth, joined) < MIN_PARTY_AGE) {
				e.add("partyJoinedOn", "Ngày vào Đảng phải khi đã đủ 18 tuổi", Dates.format(joined));
			}
		}
		if (d.partyOfficialOn() != null) {
			if (joined == null) {
				e.add("partyJoinedOn", "Ngày vào Đảng là bắt buộc khi có ngày chính thức");
			}
			else if (!d.partyOfficialOn().isAfter(joined)) {
				e.add("partyOfficialOn", "Ngày chính thức phải sau ngày vào Đảng", Dates.format(d.partyOfficialOn()));
			}
		}
		if (d.partyLeftOn() != null) {
			if (joined == null) {
				e.add("partyJoinedOn", "Ngày vào Đảng là bắt buộc khi có ngày ra khỏi Đảng");
			}
			else if (!d.partyLeftOn().isAfter(joined)) {
				e.add("partyLeftOn", "Ngày ra khỏi Đảng phải sau ngày vào Đảng", Dates.format(d.partyLeftOn()));
			}
		}
	}

	private void military(PersonData d, Errors e, PartialDate birth) {
		LocalDate in = d.militaryEnlistedOn();
		LocalDate out = d.militaryDischargedOn();
		if (out != null && in == null) {
			e.add("militaryEnlistedOn", "Ngày nhập ngũ là bắt buộc khi có ngày xuất ngũ");
		}
		if (in != null && out != null && !out.isAfter(in)) {
			e.add("militaryDischargedOn", "Ngày xuất ngũ phải sau ngày nhập ngũ", Dates.format(out));
		}
		if (in != null && birth != null && Dates.maxAge(birth, in) < MIN_WORKING_AGE) {
			e.add("militaryEnlistedOn", "Ngày nhập ngũ phải khi đã đủ 16 tuổi", Dates.format(in));
		}
	}

	private void codes(PersonData d, Errors e, LocalDate today) {
		e.code(catalogs, "ethnicityCode", CatalogType.ETHNICITY, d.ethnicityCode(), today, "dân tộc");
		e.code(catalogs, "religionCode", CatalogType.RELIGION, d.religionCode(), today, "tôn giáo");
		e.code(catalogs, "familyBackgroundCode", CatalogType.FAMILY_BACKGROUND, d.familyBackgroundCode(), today,
				"thành phần gia đình");
		e.code(catalogs, "generalEducationCode", CatalogType.GENERAL_EDUCATION, d.generalEducationCode(), today,
				"trình độ giáo dục phổ thông");
		e.code(catalogs, "academicTitleCode", CatalogType.ACADEMIC_TITLE, d.academicTitleCode(),
				d.academicTitleYear() == null ? today : yearEnd(d.academicTitleYear(), today), "học hàm");
		e.code(catalogs, "militaryRankCode", CatalogType.MILITARY_RANK, d.militaryRankCode(),
				d.militaryDischargedOn() == null ? today : d.militaryDischargedOn().minusDays(1), "quân hàm");
		e.code(catalogs, "honoraryTitleCode", CatalogType.HONORARY_TITLE, d.honoraryTitleCode(),
				d.honoraryTitleYear() == null ? today : yearEnd(d.honoraryTitleYear(), today), "danh hiệu");
		e.code(catalogs, "policyGroupCode", CatalogType.POLICY_GROUP, d.policyGroupCode(), today,
				"đối tượng chính sách");
		e.code(catalogs, "bloodGroupCode", CatalogType.BLOOD_GROUP, d.bloodGroupCode(), today, "nhóm máu");
	}

	private static LocalDate yearEnd(int year, LocalDate today) {
		LocalDate end = LocalDate.of(Math.max(1900, Math.min(year, 9999)), 12, 31);
		return end.isAfter(today) ? today : end;
	}

	private static void years(Errors e, String field, Integer year, String label, PartialDate birth, LocalDate today) {
		if (year != null && (year > today.getYear() || birth != null && year < birth.year())) {
			e.add(field, label + " phải trong khoảng từ năm sinh đến năm nay", year);
		}
	}

	private static void identity(PersonData d, Errors e, PartialDate birth, LocalDate today) {
		String id = d.nationalId();
		if (id != null && !id.isBlank()) {
			if (!DIGITS_12.matcher(id).matches()) {
				e.add("nationalId", "Số CCCD phải gồm đúng 12 chữ số", id);
			}
			else {
				int province = Integer.parseInt(id.substring(0, 3));
				if (province < 1 || province > 96) {
					e.add("nationalId", "Số CCCD: 3 chữ số đầu phải là mã tỉnh nơi đăng ký khai sinh (001–096)", id);
				}
			}
		}
		LocalDate issued = d.nationalIdIssuedOn();
		if (issued != null) {
			if (issued.isAfter(today)) {
				e.add("nationalIdIssuedOn", "Ngày cấp CCCD không được sau ngày hôm nay", Dates.format(issued));
			}
			else if (birth != null && issued.isBefore(birth.date())) {
				e.add("nationalIdIssuedOn", "Ngày cấp CCCD phải sau ngày sinh", Dates.format(issued));
			}
			if (id == null || id.isBlank()) {
				e.add("nationalId", "Số CCCD là bắt buộc khi có ngày cấp");
			}
		}
		if (d.socialInsuranceNo() != null && !d.socialInsuranceNo().isBlank()
				&& !DIGITS_10.matcher(d.socialInsuranceNo()).matches()) {
			e.add("socialInsuranceNo", "Số sổ BHXH phải gồm đúng 10 chữ số", d.socialInsuranceNo());
		}
		if (d.healthInsuranceNo() != null && !d.healthInsuranceNo().isBlank()
				&& !HEALTH_CARD.matcher(d.healthInsuranceNo()).matches()) {
			e.add("healthInsuranceNo", "Số thẻ BHYT gồm 15 ký tự (2 chữ cái và 13 chữ số) hoặc 10 chữ số",
					d.healthInsuranceNo());
		}
		if (d.phone() != null && !d.phone().isBlank() && !PHONE.matcher(d.phone().replaceAll("[ .]", "")).matches()) {
			e.add("phone", "Số điện thoại phải gồm 9 đến 14 chữ số", d.phone());
		}
	}

	private static void body(PersonData d, Errors e) {
		if (d.heightCm() != null && (d.heightCm() < 100 || d.heightCm() > 230)) {
			e.add("heightCm", "Chiều cao phải từ 100 đến 230 cm", d.heightCm());
		}
		if (d.weightKg() != null && (d.weightKg().compareTo(BigDecimal.valueOf(30)) < 0
				|| d.weightKg().compareTo(BigDecimal.valueOf(200)) > 0)) {
			e.add("weightKg", "Cân nặng phải từ 30 đến 200 kg", d.weightKg());
		}
	}

	private static void place(Errors e, String field, Place p) {
		if (p == null) {
			return;
		}
		length(e, field + ".commune", p.commune(), 150, "Xã/phường");
		length(e, field + ".district", p.district(), 150, "Huyện");
		length(e, field + ".province", p.province(), 150, "Tỉnh/thành phố");
		length(e, field + ".communeNew", p.communeNew(), 150, "Xã/phường (mới)");
		length(e, field + ".provinceNew", p.provinceNew(), 150, "Tỉnh/thành phố (mới)");
	}

	static void length(Errors e, String field, String value, int max, String label) {
		if (value != null && value.length() > max) {
			e.add(field, label + " không được dài quá " + max + " ký tự", value.length());
		}
	}

}
