package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.canbo.people.With.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

@SpringBootTest
@Transactional
class PersonServiceTest {

	@Autowired
	PersonService people;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	JdbcClient jdbc;

	PeopleFixture.Tree tree;

	@BeforeEach
	void units() {
		tree = fixture.tree();
	}

	private PersonData valid() {
		return with(PeopleFixture.data("Nguyễn Văn Đức"), "nationalId", PeopleFixture.nationalId());
	}

	@Test
	void createsAndReadsADossierWithItsMainPosition() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()),
				Scope.of(tree.communeA().id()));

		PersonView read = people.get(v.id(), null, Scope.of(tree.province().id()));
		assertThat(read.version()).isZero();
		assertThat(read.data().fullName()).isEqualTo("Nguyễn Văn Đức");
		assertThat(read.data().birthplace().district()).isEqualTo("huyện Cẩm Giàng");
		assertThat(read.data().recruitedOn()).isEqualTo(PartialDate.ofMonth(2005, 3));
		assertThat(read.mainPosition().unitId()).isEqualTo(tree.communeA().id());
		assertThat(read.mainPosition().unitName()).isEqualTo(tree.communeA().name());
		assertThat(read.mainPosition().titleCode()).isEqualTo("CHUYEN_VIEN");
		assertThat(read.partyMember()).isTrue();
		assertThat(read.age())
			.isEqualTo(java.time.Period.between(LocalDate.of(1980, 5, 17), LocalDate.now()).getYears());
		assertThat(jdbc.sql("select search_name from person where id = ?").param(v.id()).query(String.class).single())
			.isEqualTo(" nguyen van duc ");
	}

	@Test
	void storesNamesInNfcWithSingleSpaces() {
		String nfd = java.text.Normalizer.normalize("  Trần   Thị Ánh  ", java.text.Normalizer.Form.NFD);
		PersonView v = people.create(PeopleFixture.newPerson(with(valid(), "fullName", nfd), tree.communeA().id()),
				Scope.all());
		assertThat(v.data().fullName()).isEqualTo("Trần Thị Ánh");
		assertThat(java.text.Normalizer.isNormalized(v.data().fullName(), java.text.Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void reportsEveryMissingRequiredField() {
		PersonData empty = PersonData.basic(null, " ", null, null);
		NewPerson p = new NewPerson(empty, new Position(null, null, null, null, null, false, false, null, null, null,
				null, null, null, null, null));
		assertThatThrownBy(() -> people.create(p, Scope.all())).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
					.contains(tuple("category", "Đối tượng (cán bộ, công chức, viên chức…) là bắt buộc"),
							tuple("gender", "Giới tính là bắt buộc"), tuple("fullName", "Họ và tên là bắt buộc"),
							tuple("birthDate", "Ngày sinh là bắt buộc"),
							tuple("mainPosition.unitId", "Đơn vị công tác là bắt buộc"),
							tuple("mainPosition.validFrom", "Ngày bắt đầu giữ chức vụ là bắt buộc"),
							tuple("mainPosition.titleCode",
									"Chức vụ, chức danh là bắt buộc (mã trong danh mục hoặc tên)")));
	}

	@Test
	void aMissingInitialPositionOrBodyIsAFieldError() {
		assertThatThrownBy(() -> people.create(new NewPerson(valid(), null), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(PeopleFixture.fields(e))
				.containsExactly("mainPosition.unitId", "mainPosition.validFrom"));
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.SALARY, null, Scope.all())).isInstanceOfSatisfying(
				ValidationException.class, e -> assertThat(PeopleFixture.fields(e)).containsExactly("body"));
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.AWARD, null, Scope.all())).isInstanceOfSatisfying(
				ValidationException.class, e -> assertThat(PeopleFixture.fields(e)).containsExactly("body"));
	}

	static Stream<Arguments> badDossiers() {
		LocalDate today = LocalDate.now();
		return Stream.of(
				Arguments.of("birthDate", PartialDate.of(today.plusDays(1)), "birthDate",
						"Ngày sinh không được sau ngày hôm nay"),
				Arguments.of("recruitedOn", PartialDate.ofYear(1979), "recruitedOn",
						"Ngày tuyển dụng phải sau ngày sinh"),
				Arguments.of("recruitedOn", PartialDate.ofYear(1995), "recruitedOn",
						"Tuổi khi tuyển dụng phải từ 16 trở lên"),
				Arguments.of("recruitedOn", PartialDate.of(LocalDate.of(2046, 6, 1)), "recruitedOn",
						"Tuổi khi tuyển dụng không được quá 65"),
				Arguments.of("partyOfficialOn", LocalDate.of(2008, 1, 1), "partyOfficialOn",
						"Ngày chính thức phải sau ngày vào Đảng"),
				Arguments.of("partyJoinedOn", LocalDate.of(1997, 5, 16), "partyJoinedOn",
						"Ngày vào Đảng phải khi đã đủ 18 tuổi"),
				Arguments.of("militaryDischargedOn", LocalDate.of(1999, 1, 1), "militaryEnlistedOn",
						"Ngày nhập ngũ là bắt buộc khi có ngày xuất ngũ"),
				Arguments.of("nationalId", "12345", "nationalId", "Số CCCD phải gồm đúng 12 chữ số"),
				Arguments.of("nationalId", "0300800012AB", "nationalId", "Số CCCD phải gồm đúng 12 chữ số"),
				Arguments.of("nationalId", "099080001234", "nationalId",
						"Số CCCD: 3 chữ số đầu phải là mã tỉnh nơi đăng ký khai sinh (001–096)"),
				Arguments.of("socialInsuranceNo", "12345", "socialInsuranceNo", "Số sổ BHXH phải gồm đúng 10 chữ số"),
				Arguments.of("heightCm", 99, "heightCm", "Chiều cao phải từ 100 đến 230 cm"),
				Arguments.of("heightCm", 231, "heightCm", "Chiều cao phải từ 100 đến 230 cm"),
				Arguments.of("weightKg", new BigDecimal("29.9"), "weightKg", "Cân nặng phải từ 30 đến 200 kg"),
				Arguments.of("weightKg", new BigDecimal("201"), "weightKg", "Cân nặng phải từ 30 đến 200 kg"),
				Arguments.of("ethnicityCode", "99", "ethnicityCode", "Mã dân tộc '99' không có trong danh mục"),
				Arguments.of("religionCode", "XX", "religionCode", "Mã tôn giáo 'XX' không có trong danh mục"),
				Arguments.of("bloodGroupCode", "Z", "bloodGroupCode", "Mã nhóm máu 'Z' không có trong danh mục"),
				Arguments.of("generalEducationGrade", "13/12", "generalEducationGrade",
						"Trình độ giáo dục phổ thông ghi dạng lớp/hệ, ví dụ 12/12 hoặc 9/10"),
				Arguments.of("fullName", "Nguyễn Văn 2", "fullName", "Họ và tên chỉ được gồm chữ cái và dấu cách"),
				Arguments.of("fullName", "Nguyễn <b>Văn</b>", "fullName", "Họ và tên chỉ được gồm chữ cái và dấu cách"),
				Arguments.of("fullName", "A".repeat(101), "fullName", "Họ và tên không được dài quá 100 ký tự"),
				Arguments.of("phone", "12ab", "phone", "Số điện thoại phải gồm 9 đến 14 chữ số"));
	}

	@ParameterizedTest(name = "{0} = {1} → {2}")
	@MethodSource("badDossiers")
	void rejectsImpossibleOrMalformedValues(String component, Object value, String field, String message) {
		PersonData d = with(valid(), component, value);
		assertThatThrownBy(() -> people.create(PeopleFixture.newPerson(d, tree.communeA().id()), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
						.contains(tuple(field, message)));
	}

	@Test
	void rejectsDischargeBeforeEnlistmentAndCollectsAllErrors() {
		PersonData d = with(with(with(valid(), "militaryEnlistedOn", LocalDate.of(2000, 1, 1)), "militaryDischargedOn",
				LocalDate.of(1999, 1, 1)), "heightCm", 50);
		assertThatThrownBy(() -> people.create(PeopleFixture.newPerson(d, tree.communeA().id()), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
						.contains(tuple("militaryDischargedOn", "Ngày xuất ngũ phải sau ngày nhập ngũ"),
								tuple("heightCm", "Chiều cao phải từ 100 đến 230 cm")));
	}

	@Test
	void acceptsEthnicMinorityNamesAndPartialBirthDates() {
		PersonData d = with(with(valid(), "fullName", "H'Hen Niê"), "birthDate", PartialDate.ofYear(1980));
		PersonView v = people.create(PeopleFixture.newPerson(d, tree.communeA().id()), Scope.all());
		assertThat(v.data().birthDate().precision()).isEqualTo(PartialDate.Precision.YEAR);
		assertThat(people.get(v.id(), null, Scope.all()).data().birthDate()).isEqualTo(PartialDate.ofYear(1980));
	}

	@Test
	void rejectsPositionsBeforeSixteenAndUnitsOutsideTheScope() {
		PersonData young = with(
				with(with(with(valid(), "birthDate", PartialDate.of(LocalDate.of(1990, 1, 1))), "recruitedOn", null),
						"partyJoinedOn", null),
				"partyOfficialOn", null);
		NewPerson p = new NewPerson(young,
				Position.main(tree.communeB().id(), "CHUYEN_VIEN", null, LocalDate.of(2001, 1, 1)));
		assertThatThrownBy(() -> people.create(p, Scope.of(tree.communeA().id()))).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
					.contains(tuple("mainPosition.validFrom", "Ngày bắt đầu giữ chức vụ phải khi đã đủ 16 tuổi"),
							tuple("mainPosition.unitId", "Đơn vị nằm ngoài phạm vi quản lý của bạn")));
	}

	@Test
	void rejectsADuplicateNationalId() {
		PersonData d = valid();
		people.create(PeopleFixture.newPerson(d, tree.communeA().id()), Scope.all());
		assertThatThrownBy(() -> people
			.create(PeopleFixture.newPerson(with(d, "fullName", "Lê Văn Tám"), tree.communeA().id()), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
						.contains(tuple("nationalId", "Số CCCD đã có trong hồ sơ khác")));
	}

	@Test
	void updateIncrementsTheVersionAndAStaleVersionIsAConflictNotAnOverwrite() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		PersonData first = with(v.data(), "phone", "0987654321");
		PersonData second = with(v.data(), "phone", "0911111111");

		PersonView updated = people.update(v.id(), v.version(), first, Scope.all());
		assertThat(updated.version()).isEqualTo(v.version() + 1);

		assertThatThrownBy(() -> people.update(v.id(), v.version(), second, Scope.all()))
			.isInstanceOf(ConcurrentEditException.class)
			.hasMessageStartingWith("Hồ sơ đã được người khác cập nhật lúc ")
			.hasMessageEndingWith("— hãy tải lại trước khi lưu");
		assertThat(people.get(v.id(), null, Scope.all()).data().phone()).isEqualTo("0987654321");
	}

	@Test
	void updateValidatesLikeCreate() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		assertThatThrownBy(() -> people.update(v.id(), v.version(), with(v.data(), "heightCm", 300), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("heightCm"));
	}

	@Test
	void aPersonOutsideTheScopeIsNotFoundForReadUpdateAndDelete() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeB().id()), Scope.all());
		Scope a = Scope.of(tree.communeA().id());
		assertThatThrownBy(() -> people.get(v.id(), null, a)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> people.update(v.id(), v.version(), v.data(), a)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> people.softDelete(v.id(), "Nhập trùng", a)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.AWARD,
				new Award(null, 2020, "GIAY_KHEN", null, null, null, null), a))
			.isInstanceOf(NotFoundException.class);
		assertThat(people.get(v.id(), null, Scope.of(tree.communeB().id())).id()).isEqualTo(v.id());
	}

	@Test
	void softDeleteIsRecordedAndHidesTheDossier() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		assertThatThrownBy(() -> people.softDelete(v.id(), " ", Scope.all())).isInstanceOfSatisfying(
				ValidationException.class, e -> assertThat(PeopleFixture.fields(e)).containsExactly("reason"));
		people.softDelete(v.id(), "Nhập trùng hồ sơ", Scope.all());
		assertThatThrownBy(() -> people.get(v.id(), null, Scope.all())).isInstanceOf(NotFoundException.class);
		Map<String, Object> row = jdbc.sql("select deleted_at, deleted_by, delete_reason from person where id = ?")
			.param(v.id())
			.query()
			.singleRow();
		assertThat(row.get("deleted_at")).isNotNull();
		assertThat(row.get("delete_reason")).isEqualTo("Nhập trùng hồ sơ");
	}

	@Test
	void addingASalaryClosesThePreviousOneAndChecksTheCoefficient() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		Salary s1 = people.add(v.id(), HistoryKind.SALARY, Salary.of("01.003", 1, null, LocalDate.of(2010, 1, 1)),
				Scope.all());
		assertThat(s1.coefficient()).isEqualByComparingTo("2.34");
		assertThat(s1.percent()).isEqualByComparingTo("100");
		people.add(v.id(), HistoryKind.SALARY, Salary.of("01.003", 2, new BigDecimal("2.67"), LocalDate.of(2013, 1, 1)),
				Scope.all());

		List<Salary> salaries = people.get(v.id(), null, Scope.all()).salaries();
		assertThat(salaries).extracting(Salary::step, Salary::validFrom, Salary::validTo)
			.containsExactly(tuple(2, LocalDate.of(2013, 1, 1), null),
					tuple(1, LocalDate.of(2010, 1, 1), LocalDate.of(2013, 1, 1)));
		assertThat(people.get(v.id(), LocalDate.of(2012, 6, 1), Scope.all()).currentSalary().step()).isEqualTo(1);
		assertThat(people.get(v.id(), null, Scope.all()).version()).isEqualTo(2);

		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.SALARY,
				Salary.of("01.003", 3, new BigDecimal("3.10"), LocalDate.of(2016, 1, 1)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
				.extracting(FieldError::field, FieldError::message)
				.containsExactly(
						tuple("coefficient", "Hệ số lương 3,10 không đúng với bậc 3 của ngạch 01.003 (hệ số 3,00)")));
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.SALARY,
				Salary.of("01.003", 10, null, LocalDate.of(2016, 1, 1)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("step"));
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.SALARY,
				Salary.of("01.003", 2, null, LocalDate.of(2012, 1, 1)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("validFrom"));
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.SALARY,
				Salary.of("XX", 1, null, LocalDate.of(2016, 1, 1)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::message)
						.contains("Mã ngạch 'XX' không có trong danh mục"));
	}

	@Test
	void twoOverlappingMainPositionsAreAClearValidationError() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		Position other = Position.main(tree.communeB().id(), "PHO_CHU_TICH_UBND", null, LocalDate.of(2015, 1, 1));
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.POSITION, other, Scope.all())).isInstanceOfSatisfying(
				ValidationException.class,
				e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
					.containsExactly(tuple("validFrom",
							"Đã có chức vụ chính trong thời gian này — hãy kết thúc chức vụ chính cũ trước, "
									+ "hoặc đánh dấu chức vụ mới là kiêm nhiệm")));
		// a concurrent post may overlap
		Position concurrent = with(other, "concurrent", true);
		assertThat(people.add(v.id(), HistoryKind.POSITION, concurrent, Scope.all()).concurrent()).isTrue();
	}

	@Test
	void theDatabaseAlsoRefusesOverlappingMainPositions() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		assertThatThrownBy(() -> jdbc
			.sql("insert into person_position (person_id, unit_id, title_text, valid_from) values (?, ?, 'x', ?)")
			.params(v.id(), tree.communeB().id(), LocalDate.of(2020, 1, 1))
			.update()).hasMessageContaining("person_position_one_main");
	}

	@Test
	void positionsAreEffectiveDated() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		long first = v.mainPosition().id();
		people.endPosition(v.id(), first, LocalDate.of(2018, 7, 1), Scope.all());
		Position next = people.add(v.id(), HistoryKind.POSITION,
				Position.main(tree.communeB().id(), "PHO_CHU_TICH_UBND", null, LocalDate.of(2018, 7, 1)), Scope.all());
		assertThat(next.unitName()).isEqualTo(tree.communeB().name());

		assertThat(people.get(v.id(), LocalDate.of(2018, 6, 30), Scope.all()).mainPosition().unitId())
			.isEqualTo(tree.communeA().id());
		assertThat(people.get(v.id(), LocalDate.of(2018, 7, 1), Scope.all()).mainPosition().unitId())
			.isEqualTo(tree.communeB().id());
		assertThat(people.get(v.id(), LocalDate.of(2009, 12, 31), Scope.all()).mainPosition()).isNull();
		// the officer of commune A still sees the person as of a date when they worked
		// there, not today
		assertThat(people.get(v.id(), LocalDate.of(2015, 1, 1), Scope.of(tree.communeA().id())).id()).isEqualTo(v.id());
		assertThatThrownBy(() -> people.get(v.id(), null, Scope.of(tree.communeA().id())))
			.isInstanceOf(NotFoundException.class);

		assertThatThrownBy(() -> people.endPosition(v.id(), next.id(), LocalDate.of(2018, 7, 1), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("date"));
		assertThatThrownBy(() -> people.endPosition(v.id(), first, LocalDate.of(2019, 1, 1), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors().get(0).message()).startsWith("Mục này đã kết thúc ngày 01/07/2018"));
	}

	@Test
	void aCorrectionReplacesTheRowAndKeepsTheOldOneAsDeleted() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		Position fixed = people.correct(v.id(), HistoryKind.POSITION, v.mainPosition().id(),
				Position.main(tree.communeA().id(), "CAN_SU", "Cán sự", LocalDate.of(2010, 2, 1)), Scope.all());
		assertThat(people.get(v.id(), null, Scope.all()).positions()).extracting(Position::id, Position::titleCode)
			.containsExactly(tuple(fixed.id(), "CAN_SU"));
		Map<String, Object> old = jdbc.sql("select deleted_at, delete_reason from person_position where id = ?")
			.param(v.mainPosition().id())
			.query()
			.singleRow();
		assertThat(old.get("deleted_at")).isNotNull();
		assertThat(old.get("delete_reason")).isEqualTo("Hiệu chỉnh");
		assertThat(jdbc.sql("select replaces_id from person_position where id = ?")
			.param(fixed.id())
			.query(Long.class)
			.single()).isEqualTo(v.mainPosition().id());
	}

	@Test
	void everyHistoryKindIsAddedValidatedAndReturnedWithTheDossier() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		long id = v.id();
		Scope all = Scope.all();
		people.add(id, HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2002, 6, 30)), all);
		people.add(id, HistoryKind.QUALIFICATION, new Qualification(null, QualificationKind.FOREIGN_LANGUAGE, "B",
				"ANH", null, null, LocalDate.of(2003, 1, 1), null), all);
		people.add(id, HistoryKind.TRAINING,
				new Training(null, QualificationKind.PROFESSIONAL, "Đại học Sư phạm Hà Nội", "Ngữ văn",
						PartialDate.ofMonth(1998, 9), PartialDate.ofMonth(2002, 6), "CHINH_QUY", "Cử nhân", "DAI_HOC"),
				all);
		people.add(id, HistoryKind.WORK_HISTORY, new WorkHistory(null, PartialDate.ofMonth(2005, 3),
				PartialDate.ofMonth(2009, 12), "Giáo viên", "Trường THCS An"), all);
		people.add(id, HistoryKind.AWARD,
				new Award(null, 2020, "GIAY_KHEN", "12/QĐ-UBND", LocalDate.of(2020, 12, 20), "UBND huyện", null), all);
		people.add(id, HistoryKind.DISCIPLINE, new Discipline(null, DisciplineKind.ADMINISTRATIVE, "KHIEN_TRACH",
				LocalDate.of(2021, 3, 1), null, LocalDate.of(2022, 3, 1), "UBND xã", "Chậm trễ", "5/QĐ"), all);
		people.add(id, HistoryKind.FAMILY, new FamilyMember(null, FamilySide.SELF, "BO", "Nguyễn Văn Cả", 1950,
				"Nông dân", false, "Không", false, 1), all);
		people.add(id, HistoryKind.HISTORY_NOTE,
				new HistoryNote(null, HistoryNoteKind.FOREIGN_RELATIONS, null, null, "Không"), all);
		people.add(id, HistoryKind.MASS_ORG,
				new MassOrgMembership(null, "Công đoàn", LocalDate.of(2005, 5, 1), "Đoàn viên", null), all);

		PersonView read = people.get(id, null, all);
		assertThat(read.version()).isEqualTo(9);
		assertThat(read.qualifications()).hasSize(2);
		assertThat(read.trainings()).singleElement().extracting(Training::school).isEqualTo("Đại học Sư phạm Hà Nội");
		assertThat(read.workHistory()).hasSize(1);
		assertThat(read.awards()).hasSize(1);
		assertThat(read.disciplines()).singleElement()
			.extracting(Discipline::validFrom)
			.isEqualTo(LocalDate.of(2021, 3, 1));
		assertThat(read.family()).singleElement().extracting(FamilyMember::fullName).isEqualTo("Nguyễn Văn Cả");
		assertThat(read.historyNotes()).hasSize(1);
		assertThat(read.massOrgs()).hasSize(1);

		people.deleteEntry(id, HistoryKind.AWARD, read.awards().get(0).id(), "Nhập nhầm", all);
		assertThat(people.get(id, null, all).awards()).isEmpty();
		assertThatThrownBy(() -> people.deleteEntry(id, HistoryKind.AWARD, read.awards().get(0).id(), "x", all))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void historyEntriesAreValidated() {
		PersonView v = people.create(PeopleFixture.newPerson(valid(), tree.communeA().id()), Scope.all());
		Scope all = Scope.all();
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "PHD", LocalDate.of(2002, 1, 1)), all))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
						.containsExactly(tuple("levelCode", "Mã trình độ chuyên môn 'PHD' không có trong danh mục")));
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.DISCIPLINE,
				new Discipline(null, DisciplineKind.PARTY, "CANH_CAO", LocalDate.of(2021, 3, 1),
						LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1), null, null, null),
				all))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::message)
						.containsExactly(tuple("validTo", "Ngày hết hiệu lực kỷ luật phải sau ngày hiệu lực")));
		assertThatThrownBy(
				() -> people.add(v.id(), HistoryKind.FAMILY,
						new FamilyMember(null, FamilySide.SELF, "BO_VO_CHONG", "Lê Văn B", 1950, null, false, null,
								false, 1),
						all))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("side"));
		assertThatThrownBy(() -> people.add(v.id(), HistoryKind.WORK_HISTORY,
				new WorkHistory(null, PartialDate.ofYear(2010), PartialDate.ofYear(2005), "Giáo viên", null), all))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("to"));
		assertThatThrownBy(
				() -> people.add(v.id(), HistoryKind.AWARD, new Award(null, 1970, "NOPE", null, null, null, null), all))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("year", "formCode"));
		assertThat(people.get(v.id(), null, all).version()).isZero();
	}

	@Test
	void headcountsCountMainPositionsOnTheDate() {
		fixture.create("Phạm Văn Một", tree.communeA().id());
		fixture.create("Phạm Văn Hai", tree.communeA().id());
		PersonView three = fixture.create("Phạm Văn Ba", tree.communeB().id());
		people.add(three.id(), HistoryKind.POSITION,
				with(Position.main(tree.communeA().id(), "KE_TOAN", null, LocalDate.of(2012, 1, 1)), "concurrent",
						true),
				Scope.all());
		PersonView gone = fixture.create("Phạm Văn Bốn", tree.communeA().id());
		people.softDelete(gone.id(), "Nhập trùng", Scope.all());

		Map<Long, Long> counts = people
			.headcounts(List.of(tree.communeA().id(), tree.communeB().id(), tree.province().id()), LocalDate.now());
		assertThat(counts).containsEntry(tree.communeA().id(), 2L)
			.containsEntry(tree.communeB().id(), 1L)
			.containsEntry(tree.province().id(), 0L);
		assertThat(people.headcounts(List.of(tree.communeA().id()), LocalDate.of(2009, 1, 1)))
			.containsEntry(tree.communeA().id(), 0L);
	}

	@Test
	void bulkCreateValidatesEveryEntryAndInsertsInBatches() {
		List<NewPerson> batch = new java.util.ArrayList<>();
		for (int i = 0; i < 300; i++) {
			int height = org.instancio.Instancio.gen().ints().range(100, 230).get();
			LocalDate born = org.instancio.Instancio.gen()
				.temporal()
				.localDate()
				.range(LocalDate.of(1978, 1, 1), LocalDate.of(1990, 12, 31))
				.get();
			PersonData d = with(
					with(PeopleFixture.withoutNationalId(PeopleFixture.data("Đỗ Thị Hàng")), "heightCm", height),
					"birthDate", PartialDate.of(born));
			d = with(with(d, "recruitedOn", PartialDate.of(born.plusYears(22))), "joinedCurrentAgencyOn",
					born.plusYears(23));
			d = with(with(d, "partyJoinedOn", null), "partyOfficialOn", null);
			batch.add(new NewPerson(d, Position.main(tree.communeA().id(), "CHUYEN_VIEN", null, born.plusYears(23)),
					Salary.of("01.003", 1, null, born.plusYears(23)),
					List.of(Qualification.of(QualificationKind.PROFESSIONAL, "DAI_HOC", born.plusYears(22)))));
		}
		List<Long> ids = people.createAll(batch);
		assertThat(ids).hasSize(300).doesNotHaveDuplicates();
		assertThat(people.headcounts(List.of(tree.communeA().id()), LocalDate.now()))
			.containsEntry(tree.communeA().id(), 300L);
		assertThat(people.get(ids.get(7), null, Scope.all()).currentSalary().coefficient())
			.isEqualByComparingTo("2.34");

		List<NewPerson> bad = List.of(batch.get(0),
				PeopleFixture.newPerson(with(batch.get(1).data(), "heightCm", 20), tree.communeA().id()));
		assertThatThrownBy(() -> people.createAll(bad)).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(PeopleFixture.fields(e)).containsExactly("[1].heightCm"));
	}

	/**
	 * The import path (units checked per file by the caller) is createAll: the same
	 * rules, errors with the entry's index, and one CREATE audit event for the batch (it
	 * recorded none when it was a copy of createAll, PersonImport).
	 */
	@Test
	void theImportPathIsCreateAllWithItsRulesAndItsBatchAuditEvent() {
		NewPerson a = PeopleFixture.newPerson(valid(), tree.communeA().id());
		NewPerson b = PeopleFixture.newPerson(
				with(PeopleFixture.data("Trần Văn Bình"), "nationalId", PeopleFixture.nationalId()),
				tree.communeA().id());
		List<Long> ids = people.createAllWithCheckedUnits(List.of(a, b), Scope.all());
		assertThat(ids).hasSize(2);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATE' and entity_id = :e")
			.param("e", "batch:" + ids.get(0) + "-" + ids.get(1))
			.query(Long.class)
			.single()).isEqualTo(1);
		NewPerson c = PeopleFixture.newPerson(
				with(PeopleFixture.data("Lê Văn Cường"), "nationalId", PeopleFixture.nationalId()),
				tree.communeA().id());
		assertThatThrownBy(() -> people.createAllWithCheckedUnits(List.of(c, c), Scope.all())).isInstanceOfSatisfying(
				ValidationException.class, e -> assertThat(PeopleFixture.fields(e)).containsExactly("[1].nationalId"));
	}

}
