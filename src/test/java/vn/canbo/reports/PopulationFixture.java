package vn.canbo.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.shared.Scope;

/**
 * A city (district level) with its offices, a mass organisation, the Front, a public
 * service unit and a Party committee, and two communes with their bodies; one person a
 * post, counted as of {@link #D}. Issue 14's groups are worked out on it in
 * PopulationCriterionTest.
 */
final class PopulationFixture {

	static final LocalDate D = LocalDate.of(2026, 6, 30);

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	final UnitView province, city, ubndC, phong, hoiPnC, mttqC, psu, huyenUy, communeX, ubndX, duX, hoiPnX, communeY,
			ubndY, duY;

	/** City level: an office head, deputy and specialist. */
	final long truongPhong, phoPhong, chuyenVien;

	/** City level: mass organisation chair, PSU director, UBND chair, Party secretary. */
	final long chuTichHoiC, giamDocPsu, chuTichUbndC, biThuC;

	/**
	 * A city specialist with a concurrent deputy-chair post at the city's mass
	 * organisation.
	 */
	final long kiemNhiem;

	/** Commune X: UBND chair, office civil servant, Party secretary, mass org chair. */
	final long chuTichX, congChucX, biThuX, chuTichHoiX;

	/** Commune Y: UBND deputy chair. */
	final long phoChuTichY;

	private final UnitService units;

	private final PersonService people;

	private final String k = UUID.randomUUID().toString().substring(0, 8);

	private int born;

	PopulationFixture(UnitService units, PersonService people) {
		this.units = units;
		this.people = people;
		province = unit("P", "Tỉnh Thử", "DIA_BAN", AdminLevel.PROVINCE, null);
		city = unit("C", "Thành phố Thử", "DIA_BAN", AdminLevel.DISTRICT, province);
		ubndC = unit("UC", "UBND thành phố", "UBND", AdminLevel.DISTRICT, city);
		phong = unit("PNV", "Phòng Nội vụ", "PHONG", AdminLevel.DISTRICT, ubndC);
		hoiPnC = unit("HPC", "Hội LHPN thành phố", "HOI_LHPN", AdminLevel.DISTRICT, city);
		mttqC = unit("MC", "Ủy ban MTTQ thành phố", "MTTQ", AdminLevel.DISTRICT, city);
		psu = unit("TT", "Trung tâm Phát triển quỹ đất", "SU_NGHIEP", AdminLevel.DISTRICT, ubndC);
		huyenUy = unit("TU", "Thành ủy", "HUYEN_UY", AdminLevel.DISTRICT, city);
		communeX = unit("X", "Xã Ích", "DIA_BAN", AdminLevel.COMMUNE, city);
		ubndX = unit("UX", "UBND xã Ích", "UBND", AdminLevel.COMMUNE, communeX);
		duX = unit("DX", "Đảng ủy xã Ích", "DANG_UY_XA", AdminLevel.COMMUNE, communeX);
		hoiPnX = unit("HPX", "Hội LHPN xã Ích", "HOI_LHPN", AdminLevel.COMMUNE, communeX);
		communeY = unit("Y", "Xã Y", "DIA_BAN", AdminLevel.COMMUNE, city);
		ubndY = unit("UY", "UBND xã Y", "UBND", AdminLevel.COMMUNE, communeY);
		duY = unit("DY", "Đảng ủy xã Y", "DANG_UY_XA", AdminLevel.COMMUNE, communeY);

		truongPhong = person("Trưởng Phòng", Gender.MALE, PersonCategory.CIVIL_SERVANT, phong, "TRUONG_PHONG");
		phoPhong = person("Phó Phòng", Gender.FEMALE, PersonCategory.CIVIL_SERVANT, phong, "PHO_TRUONG_PHONG");
		chuyenVien = person("Chuyên Viên", Gender.FEMALE, PersonCategory.CIVIL_SERVANT, phong, "CHUYEN_VIEN");
		chuTichHoiC = person("Chủ Tịch Hội", Gender.FEMALE, PersonCategory.CADRE, hoiPnC, "CHU_TICH_HOI");
		giamDocPsu = person("Giám Đốc", Gender.MALE, PersonCategory.PUBLIC_EMPLOYEE, psu, "GIAM_DOC");
		chuTichUbndC = person("Chủ Tịch Thành", Gender.MALE, PersonCategory.CADRE, ubndC, "CHU_TICH_UBND");
		biThuC = person("Bí Thư Thành", Gender.MALE, PersonCategory.CADRE, huyenUy, "BI_THU");
		kiemNhiem = person("Kiêm Nhiệm", Gender.MALE, PersonCategory.CIVIL_SERVANT, ubndC, "CHUYEN_VIEN");
		people.add(kiemNhiem, HistoryKind.POSITION, new Position(null, hoiPnC.id(), null, "PHO_CHU_TICH_HOI",
				"Phó Chủ tịch Hội", true, false, LocalDate.of(2020, 1, 1), null, null, null, null, null, null, null),
				Scope.all());
		chuTichX = person("Chủ Tịch Ích", Gender.MALE, PersonCategory.CADRE, ubndX, "CHU_TICH_UBND");
		congChucX = person("Công Chức Ích", Gender.FEMALE, PersonCategory.CIVIL_SERVANT, ubndX, "CC_VAN_PHONG");
		biThuX = person("Bí Thư Ích", Gender.MALE, PersonCategory.CADRE, duX, "BI_THU");
		chuTichHoiX = person("Chủ Tịch Hội Ích", Gender.FEMALE, PersonCategory.CADRE, hoiPnX, "CHU_TICH_HOI");
		phoChuTichY = person("Phó Chủ Tịch Y", Gender.FEMALE, PersonCategory.CADRE, ubndY, "PHO_CHU_TICH_UBND");
	}

	UnitView unit(String code, String name, String type, AdminLevel level, UnitView parent) {
		return units.create(new UnitService.NewUnit("PF" + code + "-" + k, name + " " + k, null, type, level,
				parent == null ? null : parent.id(), FOUNDED));
	}

	long person(String name, Gender gender, PersonCategory category, UnitView unit, String title) {
		born++;
		String birth = "19" + (60 + born) + "-0" + (1 + born % 9) + "-1" + (born % 10);
		return people
			.create(new NewPerson(KnownDataset.data(name, gender, birth, "01", "00", null, null, category),
					Position.main(unit.id(), title, title, LocalDate.of(2015, 1, 1)), null, List.of()), Scope.all())
			.id();
	}

}
