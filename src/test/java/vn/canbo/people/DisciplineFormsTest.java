package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canbo.people.With.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 15, point 1: which discipline form applies to whom — the full matrix of state
 * forms by category (Luật CBCC Art. 78, 79; Luật Viên chức Art. 52; Bộ luật Lao động Art.
 * 124), Party forms for official and probationary members (Điều lệ Art. 35) at the day of
 * official membership, the computed period of effect (rule parameters), the form named in
 * the session language, the same rule in bulk (import, demo), and a row written before
 * the rule still read unchanged.
 */
@SpringBootTest
@Transactional
class DisciplineFormsTest {

	static final List<String> FORMS = List.of("KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC",
			"BUOC_THOI_VIEC", "KHAI_TRU");

	/** The law's lists, written here independently of the catalog's attributes. */
	static final Map<PersonCategory, Set<String>> STATE = new EnumMap<>(
			Map.of(PersonCategory.CADRE, Set.of("KHIEN_TRACH", "CANH_CAO", "CACH_CHUC"), PersonCategory.CIVIL_SERVANT,
					Set.of("KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC", "BUOC_THOI_VIEC"),
					PersonCategory.PUBLIC_EMPLOYEE, Set.of("KHIEN_TRACH", "CANH_CAO", "CACH_CHUC", "BUOC_THOI_VIEC"),
					PersonCategory.NON_SPECIALISED, Set.of("KHIEN_TRACH", "CANH_CAO"), PersonCategory.CONTRACT,
					Set.of("KHIEN_TRACH", "CACH_CHUC")));

	static final Set<String> PARTY = Set.of("KHIEN_TRACH", "CANH_CAO", "CACH_CHUC", "KHAI_TRU");

	static final Set<String> PROBATIONARY = Set.of("KHIEN_TRACH", "CANH_CAO");

	static final LocalDate DECIDED = LocalDate.of(2021, 3, 1);

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

	private long person(String name, PersonCategory category, LocalDate joined, LocalDate official) {
		PersonData d = with(PeopleFixture.withoutNationalId(PeopleFixture.data(name)), "category", category);
		d = with(with(d, "partyJoinedOn", joined), "partyOfficialOn", official);
		return people.create(PeopleFixture.newPerson(d, tree.communeA().id()), Scope.all()).id();
	}

	private static Discipline discipline(DisciplineKind kind, String form, LocalDate decided, LocalDate to) {
		return new Discipline(null, kind, form, decided, null, to, "UBND xã", "Vi phạm", "1/QĐ-KL");
	}

	/** The errors of adding the form (empty: stored). */
	private List<FieldError> add(long id, Discipline d) {
		try {
			people.add(id, HistoryKind.DISCIPLINE, d, Scope.all());
			return List.of();
		}
		catch (ValidationException e) {
			return e.errors();
		}
	}

	@Test
	void stateFormsFollowThePersonsCategory() {
		List<String> wrong = new ArrayList<>();
		for (PersonCategory c : PersonCategory.values()) {
			long id = person(name(c), c, null, null);
			for (String form : FORMS) {
				List<FieldError> errors = add(id, discipline(DisciplineKind.ADMINISTRATIVE, form, DECIDED, null));
				boolean allowed = STATE.get(c).contains(form);
				if (allowed != errors.isEmpty()) {
					wrong.add(c + " × " + form + ": " + errors);
				}
				if (!allowed && !errors.isEmpty()) {
					assertThat(errors).singleElement().satisfies(e -> {
						assertThat(e.field()).isEqualTo("formCode");
						assertThat(e.message()).startsWith(name(c) + ": hình thức kỷ luật")
							.contains("không áp dụng đối với " + c.label().toLowerCase(java.util.Locale.ROOT));
					});
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static String name(PersonCategory c) {
		return "Trần Văn " + switch (c) {
			case CADRE -> "Cán";
			case CIVIL_SERVANT -> "Chức";
			case PUBLIC_EMPLOYEE -> "Viên";
			case NON_SPECIALISED -> "Chuyên";
			case CONTRACT -> "Đồng";
		};
	}

	@Test
	void partyFormsForOfficialAndProbationaryMembers() {
		LocalDate joined = LocalDate.of(2020, 3, 2);
		LocalDate official = DECIDED; // official on the decision day
		long officialMember = person("Lê Văn Chính", PersonCategory.CIVIL_SERVANT, joined, official);
		long probationary = person("Lê Văn Dự", PersonCategory.CIVIL_SERVANT, joined, official.plusDays(1));
		long noOfficialDate = person("Lê Văn Bị", PersonCategory.CIVIL_SERVANT, joined, null);
		List<String> wrong = new ArrayList<>();
		for (String form : FORMS) {
			check(wrong, "official " + form, add(officialMember, discipline(DisciplineKind.PARTY, form, DECIDED, null)),
					PARTY.contains(form));
			check(wrong, "probationary " + form,
					add(probationary, discipline(DisciplineKind.PARTY, form, DECIDED, null)),
					PROBATIONARY.contains(form));
			check(wrong, "no official date " + form,
					add(noOfficialDate, discipline(DisciplineKind.PARTY, form, DECIDED, null)),
					PROBATIONARY.contains(form));
		}
		assertThat(wrong).isEmpty();
		assertThat(add(probationary, discipline(DisciplineKind.PARTY, "CACH_CHUC", DECIDED, null))).singleElement()
			.satisfies(e -> assertThat(e.message()).isEqualTo(
					"Lê Văn Dự: đảng viên dự bị vào ngày 01/03/2021 chỉ bị kỷ luật khiển trách hoặc cảnh cáo, không áp dụng hình thức \"Cách chức\""));
		// before admission the probation rule does not apply (the dossier may be
		// incomplete)
		assertThat(add(probationary, discipline(DisciplineKind.PARTY, "CACH_CHUC", joined.minusDays(1), null)))
			.isEmpty();
	}

	private static void check(List<String> wrong, String what, List<FieldError> errors, boolean allowed) {
		if (allowed != errors.isEmpty()) {
			wrong.add(what + ": " + errors);
		}
	}

	@Test
	void inEnglishTheRefusedFormIsNamedInEnglish() {
		long id = person("Trần Văn Anh", PersonCategory.CONTRACT, null, null);
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
		try {
			assertThat(add(id, discipline(DisciplineKind.ADMINISTRATIVE, "HA_BAC_LUONG", DECIDED, null)))
				.singleElement()
				.satisfies(e -> assertThat(e.message()).isEqualTo(
						"Trần Văn Anh: the form of discipline \"Salary step reduction\" does not apply to a contract"));
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
		// in Vietnamese, the Vietnamese name
		assertThat(add(id, discipline(DisciplineKind.ADMINISTRATIVE, "HA_BAC_LUONG", DECIDED, null))).singleElement()
			.satisfies(e -> assertThat(e.message()).contains("\"Hạ bậc lương\""));
	}

	@Test
	void massOrganisationFormsAreTheirOwn() {
		long id = person("Phạm Thị Đoàn", PersonCategory.CADRE, null, null);
		assertThat(add(id, discipline(DisciplineKind.MASS_ORG, "KHAI_TRU", DECIDED, null))).isEmpty();
		assertThat(add(id, discipline(DisciplineKind.MASS_ORG, "HA_BAC_LUONG", DECIDED, null)))
			.extracting(FieldError::field)
			.containsExactly("formCode");
	}

	@Test
	void theEffectPeriodDefaultsByCategoryAndForm() {
		long civil = person("Vũ Văn Công", PersonCategory.CIVIL_SERVANT, null, null);
		long employee = person("Vũ Văn Viên", PersonCategory.PUBLIC_EMPLOYEE, null, null);
		assertThat(stored(civil, "KHIEN_TRACH", null)).isEqualTo(DECIDED.plusMonths(12));
		assertThat(stored(civil, "GIANG_CHUC", null)).isEqualTo(DECIDED.plusMonths(18));
		assertThat(stored(employee, "KHIEN_TRACH", null)).isEqualTo(DECIDED.plusMonths(6));
		assertThat(stored(employee, "CANH_CAO", null)).isEqualTo(DECIDED.plusMonths(12));
		assertThat(stored(employee, "BUOC_THOI_VIEC", null)).isNull();
		// a period given is kept
		assertThat(stored(civil, "CANH_CAO", DECIDED.plusMonths(7))).isEqualTo(DECIDED.plusMonths(7));
	}

	private LocalDate stored(long id, String form, LocalDate to) {
		return people
			.add(id, HistoryKind.DISCIPLINE, discipline(DisciplineKind.ADMINISTRATIVE, form, DECIDED, to), Scope.all())
			.validTo();
	}

	@Test
	void bulkEntriesFollowTheSameRuleAllOrNothing() {
		long contract = person("Đỗ Văn Hợp", PersonCategory.CONTRACT, null, null);
		long civil = person("Đỗ Văn Chức", PersonCategory.CIVIL_SERVANT, null, null);
		assertThatThrownBy(() -> people.addAll(HistoryKind.DISCIPLINE,
				List.of(new HistoryEntry<>(civil, discipline(DisciplineKind.ADMINISTRATIVE, "CANH_CAO", DECIDED, null)),
						new HistoryEntry<>(contract,
								discipline(DisciplineKind.ADMINISTRATIVE, "CANH_CAO", DECIDED, null))),
				Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(e.errors()).singleElement().satisfies(f -> {
						assertThat(f.field()).isEqualTo("[1].formCode");
						assertThat(f.message()).startsWith("Đỗ Văn Hợp: hình thức kỷ luật \"Cảnh cáo\"");
					}));
		assertThat(people.get(civil, null, Scope.all()).disciplines()).isEmpty();
		people.addAll(HistoryKind.DISCIPLINE, List
			.of(new HistoryEntry<>(civil, discipline(DisciplineKind.ADMINISTRATIVE, "CANH_CAO", DECIDED, null))),
				Scope.all());
		assertThat(people.get(civil, null, Scope.all()).disciplines()).singleElement()
			.extracting(Discipline::validTo)
			.isEqualTo(DECIDED.plusMonths(12));
	}

	@Test
	void aRowWrittenBeforeTheRulesIsStillReadUnchanged() {
		// a contract worker warned, as stored before V2_6/V4_33: no longer allowed, still
		// read
		long id = person("Ngô Văn Cũ", PersonCategory.CONTRACT, null, null);
		jdbc.sql("insert into person_discipline (person_id, kind, form_code, decided_on, valid_from, valid_to,"
				+ " authority) values (?, 'ADMINISTRATIVE', 'CANH_CAO', ?, ?, null, 'UBND xã')")
			.params(id, DECIDED, DECIDED)
			.update();
		jdbc.sql("insert into person_award (person_id, year, form_code, decision_number, decision_date, issuer, reason)"
				+ " values (?, 2019, 'GIAY_KHEN', '9/QĐ', ?, 'UBND xã', 'Hoàn thành tốt')")
			.params(id, LocalDate.of(2019, 12, 1))
			.update();
		PersonView v = people.get(id, null, Scope.all());
		assertThat(v.disciplines()).singleElement().satisfies(d -> {
			assertThat(d.formCode()).isEqualTo("CANH_CAO");
			assertThat(d.validTo()).isNull();
		});
		assertThat(v.awards()).singleElement()
			.isEqualTo(new Award(v.awards().get(0).id(), 2019, "GIAY_KHEN", "9/QĐ", LocalDate.of(2019, 12, 1),
					"UBND xã", "Hoàn thành tốt", null, null, null));
	}

}
