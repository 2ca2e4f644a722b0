package vn.canbo.web.suite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.people.Gender;
import vn.canbo.people.PeopleTestData;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonService;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.security.Role;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * The small locality the browser suite works in, created once per test JVM with unique
 * codes (the names are plain: every suite user's scope is this province, and the README's
 * screenshots show them): a province with two commune committees for the everyday flows
 * and two communes for a merge, a few dossiers (names with and without diacritics to
 * search for) and one user of each role, all scoped to the province except the clerk
 * (commune A).
 */
final class Locality {

	static final String PASSWORD = "mat-khau-bo-thu";

	private static Locality instance;

	final String key;

	final long province;

	final String provinceName;

	final long communeA;

	final String communeAName;

	final long mergeA;

	final long mergeB;

	final String mergeBCode;

	final String mergeAName;

	/** Nguyễn Văn Bình, in commune A, with a full dossier. */
	final long binh;

	/** Trần Thị Đông, in commune A. */
	final long dong;

	/** Lê Văn Quyết, in commune A: the subject of the decision flow. */
	final long quyet;

	/** A person in another province: outside every suite user's scope. */
	final long outsider;

	private Locality(UnitService units, PersonService people, UserAccounts accounts) {
		key = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		provinceName = "Tỉnh Bộ Thử";
		province = unit(units, "BT-T-" + key, provinceName, "DIA_BAN", AdminLevel.PROVINCE, null, founded);
		communeAName = "UBND xã Hòa An";
		communeA = unit(units, "BT-A-" + key, communeAName, "UBND", AdminLevel.COMMUNE, province, founded);
		unit(units, "BT-B-" + key, "UBND xã Hòa Bình", "UBND", AdminLevel.COMMUNE, province, founded);
		mergeAName = "Xã Sáp Một";
		mergeA = unit(units, "BT-M1-" + key, mergeAName, "DIA_BAN", AdminLevel.COMMUNE, province, founded);
		mergeBCode = "BT-M2-" + key;
		mergeB = unit(units, mergeBCode, "Xã Sáp Hai", "DIA_BAN", AdminLevel.COMMUNE, province, founded);
		long elsewhere = unit(units, "BT-K-" + key, "Tỉnh Khác " + key, "DIA_BAN", AdminLevel.PROVINCE, null, founded);
		binh = person(people, "Nguyễn Văn Bình", communeA);
		person(people, "Nguyễn Văn Cường", communeA);
		dong = person(people, "Trần Thị Đông", communeA);
		quyet = person(people, "Lê Văn Quyết", communeA);
		person(people, "Phạm Văn Sáp", mergeA);
		person(people, "Hoàng Thị Nhập", mergeB);
		outsider = person(people, "Nguyễn Văn Ngoài", elsewhere);
		for (SuiteRole r : SuiteRole.values()) {
			accounts.create(username(r), PASSWORD, r.fullName, r.role,
					List.of(r.role == Role.CLERK ? communeA : province));
		}
	}

	static synchronized Locality get(UnitService units, PersonService people, UserAccounts accounts) {
		if (instance == null) {
			instance = new Locality(units, people, accounts);
		}
		return instance;
	}

	String username(SuiteRole r) {
		return "bt-" + r.name().toLowerCase() + "-" + key;
	}

	/**
	 * A valid national ID for a person born in 1980: province 001, sex and century digit
	 * (0 a man, 1 a woman), the year's two digits, six random digits.
	 */
	static String nationalId1980(boolean woman) {
		return String.format("001%d80%06d", woman ? 1 : 0, ThreadLocalRandom.current().nextInt(1_000_000));
	}

	private static long unit(UnitService units, String code, String name, String type, AdminLevel level, Long parent,
			LocalDate founded) {
		return units.create(new UnitService.NewUnit(code, name, null, type, level, parent, founded)).id();
	}

	private static int persons;

	private static long person(PersonService people, String name, long unit) {
		boolean woman = name.contains(" Thị ");
		var d = PeopleTestData.newPerson(name, nationalId1980(woman), unit);
		// a unique birth date in 1980, agreeing with the national ID's year digits
		LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365));
		var data = PeopleTestData.with(PeopleTestData.with(d.data(), "birthDate", PartialDate.of(birth)), "gender",
				woman ? Gender.FEMALE : Gender.MALE);
		// chuyên viên (01.003), step 3 since 1/1/2024
		Salary salary = Salary.of("01.003", 3, new BigDecimal("3.00"), LocalDate.of(2024, 1, 1));
		// a university degree (a master's for every third), theory at the middle level
		// for
		// every other
		int n = ++persons;
		List<Qualification> q = new ArrayList<>();
		q.add(Qualification.of(QualificationKind.PROFESSIONAL, n % 3 == 0 ? "THAC_SI" : "DAI_HOC",
				LocalDate.of(2002, 6, 1)));
		if (n % 2 == 0) {
			q.add(Qualification.of(QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", LocalDate.of(2012, 3, 1)));
		}
		return people.create(new NewPerson(data, d.mainPosition(), salary, q), Scope.all()).id();
	}

}
