package vn.canbo.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canbo.people.HistoryKind;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Award;
import vn.canbo.people.FamilyMember;
import vn.canbo.people.FamilySide;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryNote;
import vn.canbo.people.HistoryNoteKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.people.Place;
import vn.canbo.people.Position;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.people.Salary;
import vn.canbo.people.Training;
import vn.canbo.people.WorkHistory;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Test data: a unique province with two communes and a complete dossier with every
 * history.
 */
@Component
class DocumentsFixture {

	static final String NAME = "Nguyễn Thị Thu Hằng";
	static final String NATIONAL_ID = "066180001234";

	private final UnitService units;

	private final PersonService people;

	DocumentsFixture(UnitService units, PersonService people) {
		this.units = units;
		this.people = people;
	}

	record Tree(UnitView province, UnitView communeA, UnitView communeB) {
	}

	Tree tree() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(1990, 1, 1);
		UnitView p = units.create(new UnitService.NewUnit("DT-" + k, "UBND tỉnh Đắk Lắk " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		UnitView a = units.create(new UnitService.NewUnit("DA-" + k, "Sở Nội vụ Đắk Lắk " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), founded));
		UnitView b = units.create(new UnitService.NewUnit("DB-" + k, "UBND xã Ea Kao " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), founded));
		return new Tree(p, a, b);
	}

	static PersonData data(String fullName, String nationalId) {
		return new PersonData(PersonCategory.CIVIL_SERVANT, "SH-0427", "066180001234-ĐD", fullName, "Hằng Nguyễn",
				Gender.FEMALE, PartialDate.of(LocalDate.of(1980, 5, 17)),
				new Place("xã Ea Kao", "thành phố Buôn Ma Thuột", "tỉnh Đắk Lắk", null, null),
				new Place("xã Nghĩa Kỳ", "huyện Tư Nghĩa", "tỉnh Quảng Ngãi", "xã Nghĩa Giang", "tỉnh Quảng Ngãi"),
				"Số 12 đường Lê Duẩn, phường Tân Lợi, tỉnh Đắk Lắk",
				"Số 12 đường Lê Duẩn, phường Tân Lợi, tỉnh Đắk Lắk", "0912345678", "01", "01", "NONG_DAN",
				"Giáo viên tiểu học", PartialDate.ofMonth(2003, 9), "UBND huyện Tư Nghĩa", LocalDate.of(2015, 3, 1),
				"Tham mưu công tác tổ chức bộ máy", "Chuyên viên tổ chức", "VTVL-07", "Tổng hợp, soạn thảo văn bản",
				"Tổ chức cán bộ", "THPT", "12/12", null, null, LocalDate.of(2008, 5, 19), LocalDate.of(2009, 5, 19),
				null, LocalDate.of(1996, 3, 26), null, null, null, null, null, null, null, "Tốt", 158,
				new BigDecimal("52.5"), "O", nationalId, LocalDate.of(2021, 4, 1), "Cục Cảnh sát QLHC về TTXH",
				"6612345678", "DN4666612345678", null);
	}

	/**
	 * A complete dossier in the unit, main position "Phó Trưởng phòng Tổ chức" since
	 * 2015.
	 */
	PersonView person(String fullName, String nationalId, long unitId) {
		PersonView v = people.create(new NewPerson(data(fullName, nationalId),
				new Position(null, unitId, null, "CHUYEN_VIEN", "Phó Trưởng phòng Tổ chức", false, false,
						LocalDate.of(2015, 3, 1), null, null, null, "45/QĐ-SNV", LocalDate.of(2015, 2, 20), null, null),
				Salary.of("01.003", 1, new BigDecimal("2.34"), LocalDate.of(2004, 9, 1)),
				List.of(new Qualification(null, QualificationKind.PROFESSIONAL, "DAI_HOC", null, "Luật",
						"Đại học Luật Hà Nội", LocalDate.of(2002, 6, 30), null),
						new Qualification(null, QualificationKind.POLITICAL_THEORY, "TRUNG_CAP", null, null, null,
								LocalDate.of(2012, 6, 1), null),
						new Qualification(null, QualificationKind.FOREIGN_LANGUAGE, "B", "ANH", null, null,
								LocalDate.of(2005, 1, 1), null))),
				Scope.all());
		long id = v.id();
		Scope all = Scope.all();
		people.add(id, HistoryKind.SALARY, Salary.of("01.003", 4, new BigDecimal("3.33"), LocalDate.of(2013, 9, 1)),
				all);
		people.add(id, HistoryKind.SALARY, Salary.of("01.003", 6, new BigDecimal("3.99"), LocalDate.of(2019, 9, 1)),
				all);
		people.add(id, HistoryKind.TRAINING,
				new Training(null, QualificationKind.PROFESSIONAL, "Trường Đại học Luật Hà Nội", "Luật hành chính",
						PartialDate.ofMonth(1998, 9), PartialDate.ofMonth(2002, 6), "CHINH_QUY", "Cử nhân Luật",
						"DAI_HOC"),
				all);
		people.add(id, HistoryKind.TRAINING,
				new Training(null, QualificationKind.POLITICAL_THEORY, "Trường Chính trị tỉnh Đắk Lắk",
						"Lý luận chính trị", PartialDate.ofMonth(2011, 3), PartialDate.ofMonth(2012, 6), "TAI_CHUC",
						null, "TRUNG_CAP"),
				all);
		people.add(id, HistoryKind.WORK_HISTORY, new WorkHistory(null, PartialDate.ofMonth(2003, 9),
				PartialDate.ofMonth(2015, 2), "Chuyên viên Phòng Nội vụ", "UBND huyện Tư Nghĩa, tỉnh Quảng Ngãi"), all);
		people.add(id, HistoryKind.FAMILY, new FamilyMember(null, FamilySide.SELF, "BO", "Nguyễn Văn Đức", 1950,
				"Quê quán xã Nghĩa Kỳ, Quảng Ngãi; nông dân; nghỉ hưu", false, "Không", false, 1), all);
		people.add(id, HistoryKind.FAMILY, new FamilyMember(null, FamilySide.SELF, "CHONG", "Trần Quốc Bảo", 1978,
				"Kỹ sư, Công ty Điện lực Đắk Lắk", false, null, false, 2), all);
		people.add(id, HistoryKind.FAMILY, new FamilyMember(null, FamilySide.SPOUSE, "ME_VO_CHONG", "Lê Thị Huệ", 1955,
				"Buôn Ma Thuột, Đắk Lắk; nội trợ", false, null, false, 1), all);
		people.add(id, HistoryKind.AWARD, new Award(null, 2020, "HCLD1", "12/QĐ-CTN", LocalDate.of(2020, 4, 30),
				"Chủ tịch nước", "Thành tích xuất sắc"), all);
		people.add(id, HistoryKind.HISTORY_NOTE, new HistoryNote(null, HistoryNoteKind.FOREIGN_RELATIONS,
				PartialDate.ofYear(2010), null, "Có em gái định cư tại Cộng hòa Pháp"), all);
		return people.get(id, LocalDate.of(2025, 6, 30), all);
	}

}
