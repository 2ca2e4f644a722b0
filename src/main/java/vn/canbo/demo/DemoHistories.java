package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import vn.canbo.demo.Slot.Profile;
import vn.canbo.people.Award;
import vn.canbo.people.Discipline;
import vn.canbo.people.DisciplineKind;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.FamilySide;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonData;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Training;
import vn.canbo.people.WorkHistory;
import vn.canbo.shared.PartialDate;

/**
 * The histories of a generated dossier, consistent with it: family (parents, spouse,
 * children of plausible ages), training behind each qualification, awards over the years
 * of service (giấy khen, lao động tiên tiến, chiến sĩ thi đua, bằng khen for leaders), a
 * rare discipline with its period in force, and the work history from school to the
 * current post. Drawn from a generator of their own, so that they do not move the
 * persons' draw.
 */
final class DemoHistories {

	record Drawn(List<FamilyMember> family, List<Training> training, List<Award> awards, List<Discipline> disciplines,
			List<WorkHistory> work) {
	}

	private static final String[] OCCUPATIONS = { "Làm nông", "Buôn bán nhỏ", "Công nhân", "Giáo viên",
			"Cán bộ hưu trí", "Nội trợ", "Viên chức", "Kinh doanh" };

	private static final String[] UNIVERSITIES = { "Trường Đại học Cần Thơ", "Học viện Hành chính Quốc gia",
			"Trường Đại học Luật Thành phố Hồ Chí Minh", "Trường Đại học Kinh tế Thành phố Hồ Chí Minh",
			"Trường Đại học Sư phạm Thành phố Hồ Chí Minh", "Trường Đại học Y Dược Cần Thơ",
			"Trường Đại học An Giang" };

	private static final String[] COLLEGES = { "Trường Cao đẳng Bình Giang", "Trường Cao đẳng Y tế Bình Giang",
			"Trường Trung cấp Kinh tế – Kỹ thuật Bình Giang" };

	private DemoHistories() {
	}

	static Drawn of(RandomGenerator r, NewPerson p, Slot slot, String unitLabel, String post, LocalDate today) {
		PersonData d = p.data();
		LocalDate birth = d.birthDate().date();
		LocalDate recruited = d.recruitedOn().date();
		return new Drawn(family(r, d, birth, today), training(r, p.qualifications()),
				awards(r, slot, recruited, unitLabel, today), disciplines(r, slot, recruited, today),
				work(p, slot, post, birth, recruited, unitLabel));
	}

	private static List<FamilyMember> family(RandomGenerator r, PersonData d, LocalDate birth, LocalDate today) {
		List<FamilyMember> f = new ArrayList<>();
		boolean female = d.gender() == vn.canbo.people.Gender.FEMALE;
		String family = d.fullName().split(" ")[0];
		int by = birth.getYear();
		int fatherYear = by - 24 - r.nextInt(12);
		int motherYear = fatherYear + 1 + r.nextInt(6);
		int sort = 0;
		f.add(member(r, FamilySide.SELF, "BO",
				family + " " + VietnameseNames.pick(r, MALE_MIDDLE) + " " + VietnameseNames.pick(r, MALE_GIVEN),
				fatherYear, today, sort++));
		f.add(member(r, FamilySide.SELF, "ME", VietnameseNames.fullName(r, true), motherYear, today, sort++));
		int age = today.getYear() - by;
		if (age >= 24 && r.nextInt(100) < 88) {
			int spouseYear = female ? by - 1 - r.nextInt(5) : by + r.nextInt(5);
			f.add(member(r, FamilySide.SELF, female ? "CHONG" : "VO", VietnameseNames.fullName(r, !female), spouseYear,
					today, sort++));
			int children = age < 28 ? r.nextInt(2) : 1 + r.nextInt(3);
			int first = by + 24 + r.nextInt(6);
			for (int c = 0; c < children && first + 3 * c <= today.getYear(); c++) {
				boolean girl = r.nextBoolean();
				String name = (female ? VietnameseNames.family(r) : family) + " "
						+ VietnameseNames.fullName(r, girl).split(" ", 2)[1];
				f.add(new FamilyMember(null, FamilySide.SELF, "CON", name, first + 3 * c,
						today.getYear() - (first + 3 * c) < 18 ? "Học sinh" : VietnameseNames.pick(r, OCCUPATIONS),
						false, null, false, sort++));
			}
			f.add(member(r, FamilySide.SPOUSE, "BO_VO_CHONG", VietnameseNames.fullName(r, false),
					spouseYear - 25 - r.nextInt(8), today, sort++));
			f.add(member(r, FamilySide.SPOUSE, "ME_VO_CHONG", VietnameseNames.fullName(r, true),
					spouseYear - 22 - r.nextInt(8), today, sort++));
		}
		return f;
	}

	private static final String[] MALE_MIDDLE = { "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công" };

	private static final String[] MALE_GIVEN = { "Hùng", "Dũng", "Tư", "Ba", "Sáu", "Bảy", "Tám", "Lộc", "Phúc",
			"Thành", "Hòa", "Tâm" };

	private static FamilyMember member(RandomGenerator r, FamilySide side, String relation, String name, int year,
			LocalDate today, int sort) {
		int age = today.getYear() - year;
		boolean deceased = age > 70 && r.nextInt(100) < (age - 65) * 3;
		String details = deceased ? "Đã mất" : age >= 62 ? "Hưu trí, " + VietnameseNames.pick(r, HOMES)
				: VietnameseNames.pick(r, OCCUPATIONS) + ", " + VietnameseNames.pick(r, HOMES);
		return new FamilyMember(null, side, relation, name, year, details, false, null, deceased, sort);
	}

	private static final String[] HOMES = { "xã Tân Phú, tỉnh Bình Giang", "phường Tân Lập, tỉnh Bình Giang",
			"xã Mỹ Lộc, tỉnh Bình Giang", "xã Vĩnh Xuân, tỉnh Bình Giang", "Thành phố Cần Thơ", "Thành phố Hồ Chí Minh",
			"tỉnh Vĩnh Long", "tỉnh Đồng Tháp" };

	/** The course behind each degree and certificate. */
	private static List<Training> training(RandomGenerator r, List<Qualification> qualifications) {
		List<Training> t = new ArrayList<>();
		for (Qualification q : qualifications) {
			LocalDate end = q.validFrom();
			switch (q.kind()) {
				case PROFESSIONAL -> {
					boolean university = "DAI_HOC".equals(q.levelCode()) || "THAC_SI".equals(q.levelCode())
							|| "TIEN_SI".equals(q.levelCode());
					int years = switch (q.levelCode()) {
						case "THAC_SI" -> 2;
						case "TIEN_SI" -> 4;
						case "DAI_HOC" -> 4;
						case "CAO_DANG" -> 3;
						default -> 2;
					};
					t.add(new Training(null, QualificationKind.PROFESSIONAL,
							university ? VietnameseNames.pick(r, UNIVERSITIES) : VietnameseNames.pick(r, COLLEGES),
							q.major(), month(end.minusYears(years).withMonth(9)), month(end.minusMonths(1)),
							r.nextInt(100) < 80 ? "CHINH_QUY" : "TAI_CHUC", certificate(q.levelCode()), q.levelCode()));
				}
				case POLITICAL_THEORY -> t.add(new Training(null, QualificationKind.POLITICAL_THEORY,
						"CAO_CAP".equals(q.levelCode()) ? "Học viện Chính trị khu vực IV"
								: "Trường Chính trị tỉnh Bình Giang",
						"Lý luận chính trị", month(end.minusMonths("SO_CAP".equals(q.levelCode()) ? 3 : 18)),
						month(end.minusMonths(1)), "SO_CAP".equals(q.levelCode()) ? "BOI_DUONG" : "KHONG_TAP_TRUNG",
						"Bằng tốt nghiệp lý luận chính trị", q.levelCode()));
				case STATE_MANAGEMENT -> t.add(new Training(null, QualificationKind.STATE_MANAGEMENT,
						"Trường Chính trị tỉnh Bình Giang", "Quản lý nhà nước", month(end.minusMonths(2)),
						month(end.minusMonths(1)), "BOI_DUONG", "Chứng chỉ bồi dưỡng quản lý nhà nước", q.levelCode()));
				default -> {
				}
			}
		}
		return t;
	}

	private static String certificate(String level) {
		return switch (level) {
			case "THAC_SI" -> "Bằng thạc sĩ";
			case "TIEN_SI" -> "Bằng tiến sĩ";
			case "DAI_HOC" -> "Bằng cử nhân";
			case "CAO_DANG" -> "Bằng tốt nghiệp cao đẳng";
			default -> "Bằng tốt nghiệp trung cấp";
		};
	}

	/**
	 * Yearly emulation awards (lao động tiên tiến most years, giấy khen or chiến sĩ thi
	 * đua cơ sở now and then), a bằng khen of the province for some leaders.
	 */
	private static List<Award> awards(RandomGenerator r, Slot slot, LocalDate recruited, String unitLabel,
			LocalDate today) {
		List<Award> a = new ArrayList<>();
		boolean leader = slot.profile() == Profile.SENIOR_LEADER || slot.profile() == Profile.COMMUNE_LEADER;
		int first = Math.max(recruited.getYear() + 1, today.getYear() - 6);
		int number = 100 + r.nextInt(800);
		for (int y = first; y < today.getYear(); y++) {
			int x = r.nextInt(100);
			LocalDate decided = LocalDate.of(y + 1, 1, 10 + r.nextInt(15));
			if (decided.isAfter(today)) {
				continue;
			}
			if (x < 10) {
				a.add(new Award(null, y, "GIAY_KHEN", (number + y % 100) + "/QĐ-UBND", decided,
						"Chủ tịch UBND thị xã Tân Lập", "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm " + y));
			}
			else if (x < 15) {
				a.add(new Award(null, y, "CSTD_CS", (number + y % 100) + "/QĐ-UBND", decided,
						"Chủ tịch UBND " + unitLabel, "Đạt danh hiệu Chiến sĩ thi đua cơ sở năm " + y));
			}
			else if (leader && x < 20) {
				a.add(new Award(null, y, "BK_TINH", (number + y % 100) + "/QĐ-UBND", decided,
						"Chủ tịch UBND tỉnh Bình Giang", "Đã có thành tích xuất sắc trong công tác năm " + y));
			}
			else if (x < 45) {
				a.add(new Award(null, y, "LDTT", (number + y % 100) + "/QĐ-UBND", decided, "Chủ tịch UBND " + unitLabel,
						"Đạt danh hiệu Lao động tiên tiến năm " + y));
			}
		}
		return a;
	}

	/**
	 * About one person in sixty: a reprimand or warning, in force 12 months from the
	 * decision. A contract worker is not warned (cảnh cáo is not a form of the labour
	 * code: catalog DISCIPLINE_FORM, V2_6).
	 */
	private static List<Discipline> disciplines(RandomGenerator r, Slot slot, LocalDate recruited, LocalDate today) {
		if (r.nextInt(60) != 0) {
			return List.of();
		}
		LocalDate from = today.minusMonths(1 + r.nextInt(48)).withDayOfMonth(1 + r.nextInt(28));
		if (!from.isAfter(recruited.plusYears(1))) {
			return List.of();
		}
		boolean warning = r.nextInt(4) == 0 && slot.category() != vn.canbo.people.PersonCategory.CONTRACT;
		return List.of(new Discipline(null, DisciplineKind.ADMINISTRATIVE, warning ? "CANH_CAO" : "KHIEN_TRACH", from,
				from, from.plusMonths(warning ? 12 : 6), "Chủ tịch UBND thị xã Tân Lập",
				warning ? "Vi phạm quy định về quản lý hồ sơ đất đai" : "Vi phạm quy định về giờ giấc làm việc",
				(10 + r.nextInt(90)) + "/QĐ-KL"));
	}

	/** From school to the current post, consistent with the main position. */
	private static List<WorkHistory> work(NewPerson p, Slot slot, String post, LocalDate birth, LocalDate recruited,
			String unitLabel) {
		List<WorkHistory> w = new ArrayList<>();
		LocalDate school = birth.plusYears(18).withMonth(9).withDayOfMonth(1);
		if (school.isBefore(recruited)) {
			String study = p.qualifications()
				.stream()
				.filter(q -> q.kind() == QualificationKind.PROFESSIONAL)
				.findFirst()
				.map(q -> "Học " + (q.major() == null ? "chuyên môn" : "ngành " + q.major()))
				.orElse("Lao động tại địa phương");
			w.add(new WorkHistory(null, month(school), month(recruited.minusMonths(1)), study, null));
		}
		LocalDate from = p.mainPosition().validFrom();
		if (from.isAfter(recruited)) {
			w.add(new WorkHistory(null, month(recruited), month(from.minusMonths(1)), slot.profile() == Profile.TEACHER
					|| slot.profile() == Profile.DOCTOR || slot.profile() == Profile.NURSE ? post : "Chuyên viên",
					unitLabel));
		}
		w.add(new WorkHistory(null, month(from), null, post, unitLabel));
		return w;
	}

	private static PartialDate month(LocalDate d) {
		return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
	}

}
