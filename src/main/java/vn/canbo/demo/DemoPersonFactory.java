package vn.canbo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import vn.canbo.rules.Retirement;
import java.time.temporal.ChronoUnit;
import vn.canbo.catalog.Rank;
import java.util.random.RandomGenerator;
import vn.canbo.demo.Slot.Profile;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Place;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.shared.PartialDate;

/**
 * Makes one realistic dossier for a slot from a seeded random generator: a
 * southern-province population (Kinh about 92%, Khơ-me 5%, Hoa 2%…), religions, education
 * and political theory by profile, party membership, civil-service rank and a salary step
 * consistent with years of service. Deterministic: the same generator state gives the
 * same person.
 */
final class DemoPersonFactory {

	/**
	 * Provinces of birth and home towns, each as written in an address: "tỉnh …" or
	 * "Thành phố …" (a centrally run city is never "tỉnh Thành phố …").
	 */
	private static final String[] PROVINCES = { "tỉnh Bình Giang", "Thành phố Cần Thơ", "tỉnh Vĩnh Long",
			"tỉnh Đồng Tháp", "tỉnh An Giang", "tỉnh Tây Ninh", "tỉnh Đồng Nai", "Thành phố Hồ Chí Minh",
			"tỉnh Nghệ An", "tỉnh Thanh Hóa", "tỉnh Hà Tĩnh", "tỉnh Quảng Ngãi" };

	private static final String[] HOME_COMMUNES = { "xã Tân Phú", "xã Mỹ Lộc", "xã Long Điền", "phường An Bình",
			"xã Phước Hòa", "xã Vĩnh Xuân", "xã Hòa Lợi", "phường Tân Thành", "xã Đông Thạnh", "xã An Nhơn",
			"xã Nghi Xuân", "xã Thạch Hà", "xã Đức Thọ", "xã Bình Sơn" };

	private static final String[] MAJORS = { "Luật", "Kinh tế", "Quản lý nhà nước", "Hành chính học", "Kế toán",
			"Tài chính – Ngân hàng", "Xây dựng Đảng và Chính quyền nhà nước", "Quản lý đất đai", "Công nghệ thông tin",
			"Xã hội học", "Nông học", "Sư phạm Toán", "Sư phạm Ngữ văn", "Sư phạm Tiếng Anh", "Y đa khoa",
			"Điều dưỡng" };

	private static final String[] STREETS = { "đường 30/4", "đường Lê Lợi", "đường Trần Hưng Đạo", "đường Nguyễn Huệ",
			"đường Hùng Vương", "đường Cách Mạng Tháng Tám" };

	private DemoPersonFactory() {
	}

	/**
	 * The person, the main position in the unit from the start date, salary and
	 * qualifications.
	 */
	static NewPerson person(RandomGenerator r, long serial, Slot slot, long unitId, LocalDate asOf, String unitLabel,
			Function<String, Optional<Rank>> ranks) {
		return person(r, serial, slot, unitId, asOf, unitLabel, ranks, null);
	}

	/**
	 * The day the demo is loaded: nobody has reached the retirement age on it (those who
	 * did have retired and were replaced), and salaries are raised up to it with the
	 * rules' interval of each rank.
	 */
	record Today(LocalDate date, ToIntFunction<Rank> interval) {
	}

	/**
	 * As above, as of {@code today} when given: the persons stand as of {@code asOf} and
	 * are still in post on {@code today} (before their retirement date), with the salary
	 * step due on {@code today}.
	 */
	static NewPerson person(RandomGenerator r, long serial, Slot slot, long unitId, LocalDate asOf, String unitLabel,
			Function<String, Optional<Rank>> ranks, Today today) {
		boolean female = r.nextInt(100) < slot.femalePercent();
		String name = VietnameseNames.fullName(r, female);
		int age = slot.minAge() + r.nextInt(Math.max(1, slot.maxAge() - slot.minAge() + 1));
		LocalDate birth = asOf.minusYears(age).minusDays(r.nextInt(365));
		boolean yearOnly = r.nextInt(40) == 0; // old dossiers: year only
		if (today != null) {
			// born before the cut = retired by today (a year-only birth counts from 1
			// January): those posts went to someone younger, who retires within five
			// years
			// or later
			LocalDate cut = Retirement.retiredIfBornBefore(female ? Gender.FEMALE : Gender.MALE, today.date());
			if (birth.isBefore(cut)) {
				LocalDate youngest = asOf.minusYears(slot.minAge());
				long span = Math.max(1, Math.min(5 * 365, ChronoUnit.DAYS.between(cut, youngest)));
				birth = cut.plusDays(r.nextLong(span));
			}
			yearOnly = yearOnly && !LocalDate.of(birth.getYear(), 1, 1).isBefore(cut);
		}
		PartialDate birthDate = yearOnly ? PartialDate.ofYear(birth.getYear()) : PartialDate.of(birth);
		int serviceStartAge = 22 + r.nextInt(6);
		LocalDate recruited = firstOfMonth(birth.plusYears(serviceStartAge).plusDays(r.nextInt(300)));
		if (recruited.isAfter(asOf)) {
			recruited = firstOfMonth(asOf.minusMonths(1 + r.nextInt(12)));
		}
		LocalDate positionFrom = positionStart(r, slot, recruited, asOf);

		String ethnicity = ethnicity(r);
		String religion = religion(r, ethnicity);
		boolean party = partyMember(r, slot.profile());
		LocalDate partyJoined = null;
		LocalDate partyOfficial = null;
		if (party) {
			LocalDate earliest = birth.plusYears(19);
			LocalDate latest = asOf.minusMonths(13);
			if (earliest.isBefore(latest)) {
				partyJoined = earliest.plusDays(r.nextLong(ChronoUnit.DAYS.between(earliest, latest)));
				partyOfficial = partyJoined.plusMonths(12);
			}
		}
		String province = PROVINCES[r.nextInt(4) == 0 ? r.nextInt(PROVINCES.length) : 0];
		Place home = new Place(HOME_COMMUNES[r.nextInt(HOME_COMMUNES.length)],
				province.equals(PROVINCES[0]) ? "thị xã Tân Lập" : null, province, null, null);
		// CCCD: province code, century-and-sex digit (0/1 born 1900s, 2/3 born 2000s),
		// year, six digits; the
		// serial makes it unique (the province code moves on every million persons)
		int centuryAndSex = (birth.getYear() >= 2000 ? 2 : 0) + (female ? 1 : 0);
		String nationalId = String.format("%03d%d%02d%06d", 1 + (serial / 1_000_000) % 96, centuryAndSex,
				birth.getYear() % 100, serial % 1_000_000);
		PersonData data = new PersonData(slot.category(), null, null, name, null, female ? Gender.FEMALE : Gender.MALE,
				birthDate, home, home,
				(1 + r.nextInt(300)) + " " + STREETS[r.nextInt(STREETS.length)] + ", " + unitLabel, null,
				"09" + String.format("%08d", r.nextInt(100_000_000)), ethnicity, religion,
				r.nextInt(3) == 0 ? "CONG_NHAN" : "NONG_DAN",
				slot.profile() == Profile.HAMLET ? "Làm nông" : "Học sinh, sinh viên", PartialDate.of(recruited), null,
				null, null, null, null, null, null, "THPT", "12/12", null, null, partyJoined, partyOfficial, null,
				birth.plusYears(16).withDayOfMonth(26).withMonth(3), null, null, null, null, null, null, null, "Tốt",
				150 + r.nextInt(30), BigDecimal.valueOf(45 + r.nextInt(30)), bloodGroup(r), nationalId,
				LocalDate.of(2021, 1 + r.nextInt(12), 1 + r.nextInt(28)),
				"Cục Cảnh sát quản lý hành chính về trật tự xã hội",
				String.format("%010d", r.nextLong(10_000_000_000L)), null, null);
		Position main = Position.main(unitId, slot.titleCode(), slot.titleText(), positionFrom);
		LocalDate salaryAsOf = today == null ? asOf : today.date();
		return new NewPerson(data, main,
				salary(slot, recruited, salaryAsOf, ranks, today == null ? null : today.interval()),
				qualifications(r, slot, birth, asOf));
	}

	/**
	 * The salary row before the current one (diễn biến lương: the step before the last
	 * raise), ending where the current row starts. Only that one: each row is one more
	 * period of person_fact to build when the demo loads.
	 */
	static List<Salary> earlierSalaries(Salary current, LocalDate recruited, Function<String, Optional<Rank>> ranks) {
		if (current == null || current.step() == null || current.step() < 2) {
			return List.of();
		}
		Rank rank = ranks.apply(current.rankCode()).orElseThrow();
		int steps = current.step() - 1;
		long months = ChronoUnit.MONTHS.between(recruited, current.validFrom()) / steps;
		if (months <= 0) {
			return List.of();
		}
		LocalDate from = current.validFrom().minusMonths(months);
		return List.of(new Salary(null, rank.code(), steps, rank.coefficient(steps).orElseThrow(), null, null, null,
				null, null, from.isBefore(recruited) ? recruited : from, current.validFrom(), null, null));
	}

	private static LocalDate positionStart(RandomGenerator r, Slot slot, LocalDate recruited, LocalDate asOf) {
		boolean leader = slot.profile() == Profile.SENIOR_LEADER || slot.profile() == Profile.COMMUNE_LEADER;
		LocalDate from = leader ? asOf.minusMonths(6 + r.nextInt(54)) : recruited.plusMonths(r.nextInt(36));
		if (from.isBefore(recruited)) {
			from = recruited;
		}
		return from.isAfter(asOf) ? recruited : firstOfMonth(from);
	}

	private static LocalDate firstOfMonth(LocalDate d) {
		return d.withDayOfMonth(1);
	}

	static String ethnicity(RandomGenerator r) {
		int x = r.nextInt(1000);
		if (x < 920) {
			return "01"; // Kinh
		}
		if (x < 970) {
			return "05"; // Khơ-me
		}
		if (x < 990) {
			return "06"; // Hoa
		}
		return x < 995 ? "14" : "02"; // Chăm, Tày
	}

	private static String religion(RandomGenerator r, String ethnicity) {
		if (ethnicity.equals("05")) {
			return r.nextInt(10) < 8 ? "01" : "00"; // Khơ-me: mostly Buddhist
		}
		int x = r.nextInt(100);
		if (x < 76) {
			return "00";
		}
		if (x < 88) {
			return "01";
		}
		if (x < 94) {
			return "02";
		}
		return x < 97 ? "04" : "05";
	}

	private static String bloodGroup(RandomGenerator r) {
		int x = r.nextInt(100);
		return x < 42 ? "O" : x < 64 ? "A" : x < 94 ? "B" : "AB";
	}

	private static boolean partyMember(RandomGenerator r, Profile p) {
		int pct = switch (p) {
			case SENIOR_LEADER, COMMUNE_LEADER -> 100;
			case SPECIALIST -> 65;
			case DOCTOR -> 45;
			case TEACHER -> 40;
			case NURSE -> 25;
			case HAMLET -> 55;
			case SUPPORT -> 20;
		};
		return r.nextInt(100) < pct;
	}

	private static List<Qualification> qualifications(RandomGenerator r, Slot slot, LocalDate birth, LocalDate asOf) {
		List<Qualification> q = new ArrayList<>();
		LocalDate graduated = birth.plusYears(22 + r.nextInt(2)).withMonth(7).withDayOfMonth(1);
		String level = switch (slot.profile()) {
			case SENIOR_LEADER -> r.nextInt(100) < 45 ? "THAC_SI" : r.nextInt(100) < 5 ? "TIEN_SI" : "DAI_HOC";
			case COMMUNE_LEADER -> r.nextInt(100) < 12 ? "THAC_SI" : "DAI_HOC";
			case SPECIALIST -> r.nextInt(100) < 8 ? "THAC_SI" : r.nextInt(100) < 85 ? "DAI_HOC" : "TRUNG_CAP";
			case TEACHER -> r.nextInt(100) < 85 ? "DAI_HOC" : "CAO_DANG";
			case DOCTOR -> r.nextInt(100) < 20 ? "THAC_SI" : "DAI_HOC";
			case NURSE -> r.nextInt(100) < 40 ? "CAO_DANG" : r.nextInt(100) < 50 ? "DAI_HOC" : "TRUNG_CAP";
			case HAMLET -> r.nextInt(100) < 30 ? "TRUNG_CAP" : r.nextInt(100) < 50 ? "SO_CAP" : null;
			case SUPPORT -> r.nextInt(100) < 40 ? "TRUNG_CAP" : null;
		};
		if (level != null && graduated.isBefore(asOf)) {
			q.add(new Qualification(null, QualificationKind.PROFESSIONAL, level, null, MAJORS[r.nextInt(MAJORS.length)],
					null, graduated, null));
		}
		String theory = switch (slot.profile()) {
			case SENIOR_LEADER -> r.nextInt(100) < 80 ? "CAO_CAP" : "TRUNG_CAP";
			case COMMUNE_LEADER -> r.nextInt(100) < 85 ? "TRUNG_CAP" : "CAO_CAP";
			case SPECIALIST -> r.nextInt(100) < 35 ? "TRUNG_CAP" : r.nextInt(100) < 60 ? "SO_CAP" : null;
			case HAMLET -> r.nextInt(100) < 60 ? "SO_CAP" : null;
			default -> r.nextInt(100) < 20 ? "SO_CAP" : null;
		};
		LocalDate theoryOn = graduated.plusYears(3 + r.nextInt(8));
		if (theory != null && theoryOn.isBefore(asOf)) {
			q.add(new Qualification(null, QualificationKind.POLITICAL_THEORY, theory, null, null, null, theoryOn,
					null));
		}
		if (slot.profile() == Profile.SENIOR_LEADER || slot.profile() == Profile.COMMUNE_LEADER
				|| (slot.profile() == Profile.SPECIALIST && r.nextBoolean())) {
			String sm = slot.profile() == Profile.SENIOR_LEADER ? "CHUYEN_VIEN_CHINH" : "CHUYEN_VIEN";
			LocalDate on = graduated.plusYears(2 + r.nextInt(6));
			if (on.isBefore(asOf)) {
				q.add(new Qualification(null, QualificationKind.STATE_MANAGEMENT, sm, null, null, null, on, null));
			}
		}
		if (level != null && r.nextInt(100) < 70) {
			q.add(new Qualification(null, QualificationKind.FOREIGN_LANGUAGE, r.nextBoolean() ? "B" : "BAC_3", "ANH",
					null, null, graduated, null));
			q.add(new Qualification(null, QualificationKind.IT, r.nextBoolean() ? "B" : "CO_BAN", null, null, null,
					graduated, null));
		}
		return q;
	}

	/**
	 * The rank of each profile; its coefficients and raise interval come from the RANK
	 * catalog.
	 */
	private static String rankOf(Profile p) {
		return switch (p) {
			case SENIOR_LEADER -> "01.002";
			case COMMUNE_LEADER, SPECIALIST -> "01.003";
			case TEACHER -> "V.07.04.32"; // giáo viên THCS hạng III
			case DOCTOR -> "V.08.01.03";
			case NURSE -> "V.08.05.13";
			case SUPPORT -> "01.005";
			case HAMLET -> null; // part-time hamlet workers receive an allowance, not a
									// rank salary
		};
	}

	private static Salary salary(Slot slot, LocalDate recruited, LocalDate asOf, Function<String, Optional<Rank>> ranks,
			ToIntFunction<Rank> interval) {
		String code = rankOf(slot.profile());
		Rank rank = code == null ? null : ranks.apply(code).orElse(null);
		if (rank == null || rank.steps() == 0) {
			return null;
		}
		int months = interval != null ? interval.applyAsInt(rank) : rank.raiseMonths() > 0 ? rank.raiseMonths() : 36;
		long served = ChronoUnit.MONTHS.between(recruited, asOf);
		int step = (int) Math.min(rank.steps(), 1 + served / months);
		LocalDate since = recruited.plusMonths((long) (step - 1) * months);
		return Salary.of(rank.code(), step, rank.coefficient(step).orElseThrow(),
				since.isAfter(asOf) ? recruited : since);
	}

}
