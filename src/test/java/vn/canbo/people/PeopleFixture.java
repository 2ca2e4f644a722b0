package vn.canbo.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/** Test data: a unique province with two communes, and valid dossiers. */
@Component
class PeopleFixture {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	private final UnitService units;

	private final PersonService people;

	private final JdbcClient jdbc;

	PeopleFixture(UnitService units, PersonService people, JdbcClient jdbc) {
		this.units = units;
		this.people = people;
		this.jdbc = jdbc;
	}

	record Tree(UnitView province, UnitView communeA, UnitView communeB) {
	}

	Tree tree() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		UnitView p = units.create(new UnitService.NewUnit("T-" + k, "Tỉnh Thử " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		UnitView a = units.create(new UnitService.NewUnit("A-" + k, "UBND xã An " + k, null, "UBND", AdminLevel.COMMUNE,
				p.id(), FOUNDED));
		UnitView b = units.create(new UnitService.NewUnit("B-" + k, "UBND xã Bình " + k, null, "UBND",
				AdminLevel.COMMUNE, p.id(), FOUNDED));
		return new Tree(p, a, b);
	}

	UnitView unit(String name, Long parentId) {
		String k = UUID.randomUUID().toString().substring(0, 8);
		return units.create(
				new UnitService.NewUnit("U-" + k, name + " " + k, null, "UBND", AdminLevel.COMMUNE, parentId, FOUNDED));
	}

	/**
	 * Ends a unit (as org's restructuring does) so that it no longer exists from the
	 * date.
	 */
	void endUnit(long unitId, LocalDate from) {
		jdbc.sql("update org_unit_version set valid_to = ? where unit_id = ? and valid_to is null")
			.params(from, unitId)
			.update();
	}

	static PersonData data(String fullName) {
		return data(fullName, Gender.MALE, PartialDate.of(LocalDate.of(1980, 5, 17)));
	}

	static PersonData data(String fullName, Gender gender, PartialDate birth) {
		return new PersonData(PersonCategory.CIVIL_SERVANT, "CB-001", null, fullName, null, gender, birth,
				new Place("xã Phú Lộc", "huyện Cẩm Giàng", "tỉnh Hải Dương", "xã Cẩm Giàng", "thành phố Hải Phòng"),
				null, "Thôn Đông, xã An", "Thôn Đông, xã An", "0912345678", "01", "00", "NONG_DAN", "Giáo viên",
				PartialDate.ofMonth(2005, 3), "UBND huyện Cẩm Giàng", LocalDate.of(2010, 1, 1), "Tổng hợp",
				"Chuyên viên", "VTVL-01", "Soạn thảo văn bản", "Văn phòng", "THPT", "12/12", null, null,
				LocalDate.of(2008, 5, 19), LocalDate.of(2009, 5, 19), null, LocalDate.of(1996, 3, 26), null, null, null,
				null, null, null, null, "Tốt", 168, new BigDecimal("62.5"), "O", "030080001234",
				LocalDate.of(2021, 4, 1), "Cục Cảnh sát QLHC về TTXH", "3012345678", null, null);
	}

	static NewPerson newPerson(PersonData d, long unitId) {
		return new NewPerson(d,
				Position.main(unitId, "CHUYEN_VIEN", "Chuyên viên Văn phòng", LocalDate.of(2010, 1, 1)));
	}

	/** A dossier without national ID (so many can exist) in the unit. */
	PersonView create(String fullName, long unitId) {
		return people.create(newPerson(withoutNationalId(data(fullName)), unitId), Scope.all());
	}

	static PersonData withoutNationalId(PersonData d) {
		return With.with(With.with(d, "nationalId", null), "nationalIdIssuedOn", null);
	}

	/** A random unique 12-digit national ID with a valid province prefix. */
	static String nationalId() {
		long n = Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L;
		return String.format("001%09d", n);
	}

	static List<String> fields(vn.canbo.shared.ValidationException e) {
		return e.errors().stream().map(vn.canbo.shared.FieldError::field).toList();
	}

}
