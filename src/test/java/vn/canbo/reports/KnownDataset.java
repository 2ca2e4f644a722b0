package vn.canbo.reports;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.canbo.people.HistoryKind;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Twelve persons with chosen attributes in a fresh province P: commune A (UBND_A 6
 * persons, Đảng ủy DU_A 1) and commune B (UBND_B 5), counted as of {@link #D}; plus two
 * persons who must not be counted (position ended before D, position starting after D).
 * Expected figures are worked out in StatisticsServiceTest.
 */
public final class KnownDataset {

	public static final LocalDate D = LocalDate.of(2026, 6, 30);
	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	public final UnitView province;

	public final UnitView communeA;

	public final UnitView communeB;

	public final UnitView ubndA;

	public final UnitView duA;

	public final UnitView ubndB;

	public final UnitView duB;

	final List<Long> ids = new ArrayList<>();

	private final PersonService people;

	public KnownDataset(UnitService units, PersonService people) {
		this.people = people;
		String k = UUID.randomUUID().toString().substring(0, 8);
		province = units.create(new UnitService.NewUnit("KP-" + k, "Tỉnh Mẫu " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		communeA = units.create(new UnitService.NewUnit("KA-" + k, "Xã An " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
				province.id(), FOUNDED));
		communeB = units.create(new UnitService.NewUnit("KB-" + k, "Xã Bình " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
				province.id(), FOUNDED));
		ubndA = units.create(new UnitService.NewUnit("KUA-" + k, "UBND xã An " + k, null, "UBND", AdminLevel.COMMUNE,
				communeA.id(), FOUNDED));
		duA = units.create(new UnitService.NewUnit("KDA-" + k, "Đảng ủy xã An " + k, null, "DANG_UY_XA",
				AdminLevel.COMMUNE, communeA.id(), FOUNDED));
		ubndB = units.create(new UnitService.NewUnit("KUB-" + k, "UBND xã Bình " + k, null, "UBND", AdminLevel.COMMUNE,
				communeB.id(), FOUNDED));
		duB = units.create(new UnitService.NewUnit("KDB-" + k, "Đảng ủy xã Bình " + k, null, "DANG_UY_XA",
				AdminLevel.COMMUNE, communeB.id(), FOUNDED));

		// name, gender, birth, ethnicity, religion, party joined, party left, category,
		// unit, title, salary rank
		long an1 = person("An Một", Gender.MALE, "1996-01-15", "01", "00", "2020-01-01", null,
				PersonCategory.CIVIL_SERVANT, ubndA, "CHUYEN_VIEN", "01.003");
		long an2 = person("An Hai", Gender.FEMALE, "1990-07-01", "02", "01", null, null, PersonCategory.CIVIL_SERVANT,
				ubndA, "CHUYEN_VIEN", "01.003");
		long an3 = person("An Ba", Gender.MALE, "1975-03-10", "01", "00", "2000-01-01", null, PersonCategory.CADRE, duA,
				"BI_THU", "01.002");
		long an4 = person("An Bốn", Gender.FEMALE, "1968-02-01", "01", "02", "1995-01-01", null, PersonCategory.CADRE,
				ubndA, "PHO_CHU_TICH_UBND", "01.003");
		long an5 = person("An Năm", Gender.MALE, "2007-01-01", "01", null, null, null, PersonCategory.CONTRACT, ubndA,
				"NHAN_VIEN", "01.005");
		long an6 = person("An Sáu", Gender.MALE, "1965-01-20", "04", "00", "1990-01-01", null,
				PersonCategory.CIVIL_SERVANT, ubndA, "TRUONG_PHONG", "01.001");
		long an7 = person("An Bảy", Gender.FEMALE, "1985-12-31", "01", "00", "2010-01-01", null,
				PersonCategory.PUBLIC_EMPLOYEE, ubndA, "GIAO_VIEN", "V.07.04.32");
		long b1 = person("Bình Một", Gender.MALE, "1980-06-30", "01", "00", "2005-01-01", null,
				PersonCategory.CIVIL_SERVANT, ubndB, "CC_VAN_PHONG", "01.003");
		long b2 = person("Bình Hai", Gender.FEMALE, "1999-05-05", "03", "00", null, null, PersonCategory.CIVIL_SERVANT,
				ubndB, "CHUYEN_VIEN", "01.004");
		long b3 = person("Bình Ba", Gender.MALE, "1970-10-10", "01", "03", "1998-01-01", null, PersonCategory.CADRE,
				ubndB, "CHU_TICH_UBND", "01.002");
		long b4 = person("Bình Bốn", Gender.FEMALE, "1992-02-29", "01", "00", "2018-01-01", null, PersonCategory.CADRE,
				ubndB, "BI_THU_DOAN", null);
		long b5 = person("Bình Năm", Gender.MALE, "1988-08-08", "01", "00", "2010-01-01", "2020-01-01",
				PersonCategory.NON_SPECIALISED, ubndB, "KHONG_CHUYEN_TRACH", null);

		// professional levels (highest valid on D counts)
		q(an1, QualificationKind.PROFESSIONAL, "TRUNG_CAP", "2015-06-01");
		q(an1, QualificationKind.PROFESSIONAL, "DAI_HOC", "2018-06-01");
		q(an2, QualificationKind.PROFESSIONAL, "THAC_SI", "2016-06-01");
		q(an3, QualificationKind.PROFESSIONAL, "THAC_SI", "2005-06-01");
		q(an4, QualificationKind.PROFESSIONAL, "DAI_HOC", "1992-06-01");
		q(an5, QualificationKind.PROFESSIONAL, "TRUNG_CAP", "2025-06-01");
		q(an6, QualificationKind.PROFESSIONAL, "TIEN_SI", "2000-06-01");
		q(an7, QualificationKind.PROFESSIONAL, "CAO_DANG", "2007-06-01");
		q(b1, QualificationKind.PROFESSIONAL, "DAI_HOC", "2003-06-01");
		q(b2, QualificationKind.PROFESSIONAL, "DAI_HOC", "2021-06-01");
		q(b2, QualificationKind.PROFESSIONAL, "THAC_SI", "2026-09-01"); // after D: not
																		// counted
		q(b3, QualificationKind.PROFESSIONAL, "DAI_HOC", "1993-06-01");
		q(b4, QualificationKind.PROFESSIONAL, "DAI_HOC", "2014-06-01");
		// political theory
		q(an6, QualificationKind.POLITICAL_THEORY, "CU_NHAN", "2005-01-01");
		q(an3, QualificationKind.POLITICAL_THEORY, "CAO_CAP", "2012-01-01");
		q(b3, QualificationKind.POLITICAL_THEORY, "CAO_CAP", "2015-01-01");
		q(an4, QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", "2010-01-01");
		q(b1, QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", "2012-01-01");
		q(an1, QualificationKind.POLITICAL_THEORY, "SO_CAP", "2021-01-01");
		q(b4, QualificationKind.POLITICAL_THEORY, "SO_CAP", "2019-01-01");
		// state management
		q(an6, QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN_CAO_CAP", "2010-01-01");
		q(an3, QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN_CHINH", "2012-01-01");
		q(b3, QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN_CHINH", "2014-01-01");
		q(an2, QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN", "2018-01-01");
		q(an4, QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN", "2000-01-01");
		q(b1, QualificationKind.STATE_MANAGEMENT, "CHUYEN_VIEN", "2008-01-01");
		// foreign language, IT
		lang(an1, "BAC_3", "2019-01-01");
		lang(an3, "BAC_3", "2010-01-01");
		lang(an6, "BAC_4", "2001-01-01");
		lang(b2, "BAC_2", "2022-01-01");
		q(an1, QualificationKind.IT, "CO_BAN", "2019-01-01");
		q(an3, QualificationKind.IT, "CO_BAN", "2010-01-01");
		q(an6, QualificationKind.IT, "NANG_CAO", "2001-01-01");
		q(an7, QualificationKind.IT, "A", "2008-01-01");
		q(b1, QualificationKind.IT, "B", "2004-01-01");
		// concurrent posts: members of the commune Party executive committees
		concurrent(an4, duA, "CAP_UY_VIEN");
		concurrent(b3, duB, "UV_BTV");
		concurrent(b4, duB, "CAP_UY_VIEN");
		ids.addAll(List.of(an1, an2, an3, an4, an5, an6, an7, b1, b2, b3, b4, b5));

		// not counted on D: left on 1/1/2026; starts on 1/7/2026
		long gone = person("Đã Nghỉ", Gender.FEMALE, "1970-01-01", "01", "00", null, null, PersonCategory.CIVIL_SERVANT,
				ubndA, "CHUYEN_VIEN", null);
		PersonView g = people.get(gone, D.minusYears(1), Scope.all());
		people.endPosition(gone, g.positions().get(0).id(), LocalDate.of(2026, 1, 1), Scope.all());
		people.create(new NewPerson(
				data("Sắp Đến", Gender.MALE, "1995-01-01", "01", "00", null, null, PersonCategory.CIVIL_SERVANT),
				Position.main(ubndB.id(), "CHUYEN_VIEN", "Chuyên viên", LocalDate.of(2026, 7, 1)), null, List.of()),
				Scope.all());
	}

	private long person(String name, Gender gender, String birth, String ethnicity, String religion, String partyJoined,
			String partyLeft, PersonCategory category, UnitView unit, String title, String rank) {
		PersonData d = data(name, gender, birth, ethnicity, religion, partyJoined, partyLeft, category);
		LocalDate start = LocalDate.of(2015, 1, 1);
		if (LocalDate.parse(birth).plusYears(18).isAfter(start)) {
			start = LocalDate.parse(birth).plusYears(18);
		}
		Salary s = rank == null ? null : Salary.of(rank, 1, null, start);
		return people.create(new NewPerson(d, Position.main(unit.id(), title, title, start), s, List.of()), Scope.all())
			.id();
	}

	static PersonData data(String name, Gender gender, String birth, String ethnicity, String religion,
			String partyJoined, String partyLeft, PersonCategory category) {
		PersonData d = PersonData.basic(category, name, gender, PartialDate.of(LocalDate.parse(birth)));
		d = with(d, "ethnicityCode", ethnicity);
		d = with(d, "religionCode", religion);
		d = with(d, "partyJoinedOn", partyJoined == null ? null : LocalDate.parse(partyJoined));
		d = with(d, "partyLeftOn", partyLeft == null ? null : LocalDate.parse(partyLeft));
		return d;
	}

	private void q(long id, QualificationKind kind, String level, String from) {
		people.add(id, HistoryKind.QUALIFICATION, Qualification.of(kind, level, LocalDate.parse(from)), Scope.all());
	}

	private void lang(long id, String level, String from) {
		people.add(id, HistoryKind.QUALIFICATION, new Qualification(null, QualificationKind.FOREIGN_LANGUAGE, level,
				"ANH", null, null, LocalDate.parse(from), null), Scope.all());
	}

	private void concurrent(long id, UnitView unit, String title) {
		people.add(id, HistoryKind.POSITION, new Position(null, unit.id(), null, title, title, true, true,
				LocalDate.of(2020, 10, 1), null, null, null, null, null, null, null), Scope.all());
	}

	@SuppressWarnings("unchecked")
	static <R extends Record> R with(R r, String component, Object value) {
		try {
			RecordComponent[] cs = r.getClass().getRecordComponents();
			Object[] values = new Object[cs.length];
			Class<?>[] types = new Class<?>[cs.length];
			for (int i = 0; i < cs.length; i++) {
				types[i] = cs[i].getType();
				values[i] = cs[i].getName().equals(component) ? value : cs[i].getAccessor().invoke(r);
			}
			Constructor<R> c = (Constructor<R>) r.getClass().getDeclaredConstructor(types);
			return c.newInstance(values);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

}
