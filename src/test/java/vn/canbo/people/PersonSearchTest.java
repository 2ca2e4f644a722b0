package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canbo.people.With.with;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

@SpringBootTest
@Transactional
class PersonSearchTest {

	@Autowired
	PersonSearch search;

	@Autowired
	PersonService people;

	@Autowired
	PeopleFixture fixture;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	PeopleFixture.Tree tree;

	Scope scopeA;

	@BeforeEach
	void units() {
		tree = fixture.tree();
		scopeA = Scope.of(tree.communeA().id());
	}

	private static PersonCriteria q(String q) {
		return PersonCriteria.name(q);
	}

	private List<String> names(PersonCriteria c, Scope scope) {
		return search.search(c, scope).items().stream().map(PersonSummary::fullName).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "nguyen van duc", "NGUYỄN VĂN ĐỨC", "nguyễn văn đức", "Đức", "duc", "đuc", "ĐỨC NGUYỄN",
			"ng v d", "  Nguyễn   Đức ", "nguyen-van duc!" })
	void findsNamesWithoutDiacriticsOrCase(String query) {
		fixture.create("Nguyễn Văn Đức", tree.communeA().id());
		fixture.create("Trần Thị Dung", tree.communeA().id());
		assertThat(names(q(query), scopeA)).containsExactly("Nguyễn Văn Đức");
		String nfd = Normalizer.normalize(query, Normalizer.Form.NFD);
		assertThat(names(q(nfd), scopeA)).containsExactly("Nguyễn Văn Đức");
	}

	@Test
	void tokensMustBeWordPrefixes() {
		fixture.create("Nguyễn Văn Đức", tree.communeA().id());
		assertThat(names(q("uyen"), scopeA)).isEmpty();
		assertThat(names(q("nguyen van duc anh"), scopeA)).isEmpty();
		assertThat(names(q("100%"), scopeA)).isEmpty();
		assertThat(names(q("_"), scopeA)).containsExactly("Nguyễn Văn Đức");
	}

	@Test
	void searchesOtherNamesToo() {
		PersonView p = people.create(PeopleFixture.newPerson(
				with(PeopleFixture.withoutNationalId(PeopleFixture.data("Lê Văn Tám")), "otherNames", "Tư Sáu"),
				tree.communeA().id()), Scope.all());
		assertThat(search.search(q("tu sau"), scopeA).items()).extracting(PersonSummary::id).containsExactly(p.id());
	}

	@Test
	void theScopeIsAppliedInTheQuery() {
		fixture.create("Nguyễn Văn Đức", tree.communeA().id());
		fixture.create("Nguyễn Văn Đức", tree.communeB().id());
		PageResult<PersonSummary> a = search.search(q("nguyen van duc"), scopeA);
		assertThat(a.items()).extracting(PersonSummary::unitId).containsExactly(tree.communeA().id());
		assertThat(a.total()).isEqualTo(1);
		assertThat(search.search(q("nguyen van duc"), Scope.of(tree.province().id())).total()).isEqualTo(2);
		assertThat(search.search(q("nguyen van duc"), Scope.of(List.of())).items()).isEmpty();
		// a unit filter outside the scope gives nothing, never more
		PersonCriteria inB = new PersonCriteria(null, tree.communeB().id(), null, null, null, null, null, null, null,
				null, null, null, null, 0, 20, null);
		assertThat(search.search(inB, scopeA).items()).isEmpty();
		assertThat(search.search(inB, Scope.of(tree.province().id())).items()).hasSize(1);
	}

	@Test
	void resultsCarryTheMainPositionAgeAndPartyFlag() {
		PersonView p = fixture.create("Nguyễn Văn Đức", tree.communeA().id());
		PersonSummary s = search.search(q("duc"), scopeA).items().get(0);
		assertThat(s.id()).isEqualTo(p.id());
		assertThat(s.unitName()).isEqualTo(tree.communeA().name());
		assertThat(s.titleCode()).isEqualTo("CHUYEN_VIEN");
		assertThat(s.titleText()).isEqualTo("Chuyên viên Văn phòng");
		assertThat(s.partyMember()).isTrue();
		assertThat(s.age()).isEqualTo(p.age());
		assertThat(s.birthDate()).isEqualTo(PartialDate.of(LocalDate.of(1980, 5, 17)));
	}

	private PersonView person(String name, Gender g, LocalDate born, String ethnicity, LocalDate partyJoined,
			PersonCategory category) {
		PersonData d = PeopleFixture.withoutNationalId(PeopleFixture.data(name, g, PartialDate.of(born)));
		d = with(with(with(with(d, "ethnicityCode", ethnicity), "partyJoinedOn", partyJoined), "partyOfficialOn", null),
				"category", category);
		d = with(with(with(d, "recruitedOn", null), "joinedCurrentAgencyOn", null), "youthUnionJoinedOn", null);
		return people.create(
				new NewPerson(d, Position.main(tree.communeA().id(), "CHUYEN_VIEN", null, LocalDate.of(2016, 1, 1))),
				Scope.all());
	}

	private PersonCriteria filter(java.util.function.UnaryOperator<PersonCriteria> f) {
		return f.apply(new PersonCriteria(null, tree.communeA().id(), null, null, null, null, null, null, null, null,
				null, null, null, 0, 50, null));
	}

	@Test
	void everyFilterNarrowsTheResult() {
		LocalDate today = LocalDate.now();
		PersonView kinh = person("Lý Văn Kinh", Gender.MALE, today.minusYears(40).minusDays(1), "01",
				LocalDate.of(2010, 1, 1), PersonCategory.CIVIL_SERVANT);
		PersonView tay = person("Lý Thị Tày", Gender.FEMALE, today.minusYears(30), "02", null,
				PersonCategory.PUBLIC_EMPLOYEE);
		PersonView left = person("Lý Văn Rời", Gender.MALE, today.minusYears(55), "01", LocalDate.of(2000, 1, 1),
				PersonCategory.CADRE);
		people.update(left.id(), left.version(), with(left.data(), "partyLeftOn", LocalDate.of(2020, 1, 1)),
				Scope.all());

		people.add(kinh.id(), HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2005, 1, 1)), Scope.all());
		people.add(tay.id(), HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "DAI_HOC", LocalDate.of(2015, 1, 1)), Scope.all());
		people.add(tay.id(), HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.PROFESSIONAL, "THAC_SI", LocalDate.of(2020, 1, 1)), Scope.all());
		people.add(left.id(), HistoryKind.QUALIFICATION,
				Qualification.of(QualificationKind.POLITICAL_THEORY, "CAO_CAP", LocalDate.of(2015, 1, 1)), Scope.all());
		people.add(tay.id(), HistoryKind.POSITION, new Position(null, tree.communeA().id(), null, "PHO_BI_THU_DOAN",
				null, true, false, LocalDate.of(2021, 1, 1), null, null, null, null, null, null, null), Scope.all());

		assertThat(ids(filter(c -> c))).containsExactlyInAnyOrder(kinh.id(), tay.id(), left.id());
		assertThat(ids(filter(c -> with(c, "category", PersonCategory.CADRE)))).containsExactly(left.id());
		assertThat(ids(filter(c -> with(c, "gender", Gender.FEMALE)))).containsExactly(tay.id());
		assertThat(ids(filter(c -> with(c, "ageFrom", 40)))).containsExactlyInAnyOrder(kinh.id(), left.id());
		assertThat(ids(filter(c -> with(with(c, "ageFrom", 30), "ageTo", 40)))).containsExactlyInAnyOrder(kinh.id(),
				tay.id());
		assertThat(ids(filter(c -> with(c, "ageTo", 29)))).isEmpty();
		assertThat(ids(filter(c -> with(c, "ethnicityCode", "02")))).containsExactly(tay.id());
		assertThat(ids(filter(c -> with(c, "minority", true)))).containsExactly(tay.id());
		assertThat(ids(filter(c -> with(c, "minority", false)))).containsExactlyInAnyOrder(kinh.id(), left.id());
		assertThat(ids(filter(c -> with(c, "partyMember", true)))).containsExactly(kinh.id());
		assertThat(ids(filter(c -> with(c, "partyMember", false)))).containsExactlyInAnyOrder(tay.id(), left.id());
		assertThat(ids(filter(c -> with(with(c, "partyMember", true), "asOf", LocalDate.of(2019, 1, 1)))))
			.containsExactlyInAnyOrder(kinh.id(), left.id());
		// highest professional level on the date
		assertThat(ids(filter(c -> with(c, "professionalLevelCode", "DAI_HOC")))).containsExactly(kinh.id());
		assertThat(ids(filter(c -> with(c, "professionalLevelCode", "THAC_SI")))).containsExactly(tay.id());
		assertThat(
				ids(filter(c -> with(with(c, "professionalLevelCode", "DAI_HOC"), "asOf", LocalDate.of(2018, 1, 1)))))
			.containsExactlyInAnyOrder(kinh.id(), tay.id());
		assertThat(ids(filter(c -> with(c, "politicalTheoryCode", "CAO_CAP")))).containsExactly(left.id());
		assertThat(ids(filter(c -> with(c, "titleCode", "PHO_BI_THU_DOAN")))).containsExactly(tay.id());
		assertThat(ids(filter(c -> with(c, "titleCode", "CHUYEN_VIEN")))).containsExactlyInAnyOrder(kinh.id(), tay.id(),
				left.id());
		assertThat(ids(filter(c -> with(with(c, "titleCode", "PHO_BI_THU_DOAN"), "asOf", LocalDate.of(2020, 12, 31)))))
			.isEmpty();
		// only persons with a main position on the date
		assertThat(ids(filter(c -> with(c, "asOf", LocalDate.of(2015, 12, 31))))).isEmpty();
	}

	private List<Long> ids(PersonCriteria c) {
		return search.search(c, Scope.all()).items().stream().map(PersonSummary::id).toList();
	}

	@Test
	void sortsByGivenNameOrBirthDateAndPages() {
		person("Nguyễn Văn Bình", Gender.MALE, LocalDate.of(1970, 1, 1), "01", null, PersonCategory.CADRE);
		person("Trần Văn An", Gender.MALE, LocalDate.of(1990, 1, 1), "01", null, PersonCategory.CADRE);
		person("Lê Thị Ánh", Gender.FEMALE, LocalDate.of(1980, 1, 1), "01", null, PersonCategory.CADRE);
		assertThat(names(filter(c -> c), Scope.all())).containsExactly("Trần Văn An", "Lê Thị Ánh", "Nguyễn Văn Bình");
		assertThat(names(filter(c -> with(c, "sort", "birthDate")), Scope.all())).containsExactly("Nguyễn Văn Bình",
				"Lê Thị Ánh", "Trần Văn An");
		assertThat(names(filter(c -> with(c, "sort", "-birthDate")), Scope.all())).containsExactly("Trần Văn An",
				"Lê Thị Ánh", "Nguyễn Văn Bình");
		PageResult<PersonSummary> page2 = search.search(filter(c -> with(with(c, "size", 2), "page", 1)), Scope.all());
		assertThat(page2.items()).extracting(PersonSummary::fullName).containsExactly("Nguyễn Văn Bình");
		assertThat(page2.total()).isEqualTo(3);
		assertThat(page2.totalCapped()).isFalse();
		assertThat(filter(c -> with(c, "size", 5000)).size()).isEqualTo(200);
		assertThatThrownBy(() -> search.search(filter(c -> with(c, "sort", "salary")), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("sort"));
		assertThatThrownBy(() -> search.search(filter(c -> with(with(c, "ageFrom", 50), "ageTo", 40)), Scope.all()))
			.isInstanceOfSatisfying(ValidationException.class,
					e -> assertThat(PeopleFixture.fields(e)).containsExactly("ageTo"));
	}

	/**
	 * A word matching many people is paged without sorting them all (the probe threshold
	 * is lowered to 10 here): either by a bounded walk of the sort order, when the word
	 * is common outside given names (family names, spread over the sort order), or from
	 * two parts, when it is mostly a given name (its people sort together, late): those
	 * matching outside the given name, and the range of keys starting with the word.
	 * Every page equals the same page of the plain sorted query.
	 */
	@Test
	void pagesOfAWordMatchingManyPeopleAreThoseOfThePlainSort() {
		String family = "Zy" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		String given = "Zy" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		String[] givens = { "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nam", "Oanh",
				"Phúc", "Quân", "Sơn", "Thảo", "Uyên", "Vinh", "Xuân", "Yến" };
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 260; i++) {
			// the first word: a family name of 195 people, the given name of 65
			names.add(i % 4 == 0 ? "Lê Văn " + family : family + " Văn " + givens[i % givens.length]);
		}
		for (int i = 0; i < 206; i++) {
			// the second word: the given name of 200 people, a middle name of 6
			names.add(i < 6 ? "Trần " + given + " " + givens[i] : "Lê Thị " + given);
		}
		List<NewPerson> many = names.stream()
			.map(n -> PeopleFixture.newPerson(PeopleFixture.withoutNationalId(PeopleFixture.data(n)),
					tree.communeA().id()))
			.toList();
		List<Long> ids = people.createAll(many);
		jdbc.sql("analyze person").update();

		int probe = search.nameProbe;
		search.nameProbe = 10;
		search.forgetSortNameQuantiles();
		try {
			for (String query : List.of(family.toLowerCase(), given.toLowerCase(), "le " + given.toLowerCase(),
					"l " + given.toLowerCase())) {
				List<Long> expected = jdbc.sql(
						"select id from person where id = any(?) and search_prefixes @> cast(? as text[]) order by sort_name, id")
					.param(ids.toArray(Long[]::new))
					.param(vn.canbo.shared.VietnameseText.tokens(query).toArray(String[]::new))
					.query(Long.class)
					.list();
				assertThat(expected).hasSizeGreaterThan(190);
				for (int page : new int[] { 0, 1, 6, expected.size() / 20 }) {
					PageResult<PersonSummary> r = search.search(with(with(q(query), "page", page), "size", 20),
							Scope.all());
					int from = Math.min(page * 20, expected.size());
					assertThat(r.items()).extracting(PersonSummary::id)
						.as("%s, page %d", query, page)
						.containsExactlyElementsOf(expected.subList(from, Math.min(from + 20, expected.size())));
					assertThat(r.total()).isEqualTo(expected.size());
				}
			}
		}
		finally {
			search.nameProbe = probe;
			search.forgetSortNameQuantiles();
		}
	}

	@Test
	void theTotalIsCappedAtTenThousandOrAThousandForNames() {
		List<NewPerson> many = new ArrayList<>();
		PersonData d = PeopleFixture.withoutNationalId(PeopleFixture.data("Bùi Văn Đông"));
		for (int i = 0; i < vn.canbo.shared.PageResult.COUNT_CAP + 5; i++) {
			many.add(PeopleFixture.newPerson(d, tree.communeB().id()));
		}
		people.createAll(many);
		PageResult<PersonSummary> r = search.search(new PersonCriteria(null, tree.communeB().id(), null, null, null,
				null, null, null, null, null, null, null, null, 0, 20, null), Scope.of(tree.province().id()));
		assertThat(r.items()).hasSize(20);
		assertThat(r.totalCapped()).isTrue();
		assertThat(r.total()).isEqualTo(PageResult.COUNT_CAP);
		// a name search counts up to 1,000 ("hơn 1.000 người"), whichever path finds the
		// page
		for (Scope scope : List.of(Scope.of(tree.province().id()), Scope.all())) {
			PageResult<PersonSummary> named = search.search(new PersonCriteria("bui dong", tree.communeB().id(), null,
					null, null, null, null, null, null, null, null, null, null, 3, 20, null), scope);
			assertThat(named.items()).hasSize(20).allMatch(p -> p.fullName().equals("Bùi Văn Đông"));
			assertThat(named.totalCapped()).isTrue();
			assertThat(named.total()).isEqualTo(PersonSearch.NAME_COUNT_CAP);
		}
	}

	@Test
	void exportsTheSameSearchAsAWorkbookWithRealDates() throws Exception {
		PersonView p = people.create(PeopleFixture.newPerson(
				with(PeopleFixture.data("=Hà Văn Xuất".substring(1)), "nationalId", PeopleFixture.nationalId()),
				tree.communeA().id()), Scope.all());
		people.update(p.id(), p.version(), with(p.data(), "phone", "+84912345678"), Scope.all());
		people.add(p.id(), HistoryKind.SALARY, Salary.of("01.003", 3, null, LocalDate.of(2016, 1, 1)), Scope.all());
		people.add(p.id(), HistoryKind.QUALIFICATION, new Qualification(null, QualificationKind.PROFESSIONAL, "DAI_HOC",
				null, "Luật", null, LocalDate.of(2003, 1, 1), null), Scope.all());
		fixture.create("Hà Văn Khác", tree.communeB().id());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		search.exportXlsx(q("ha van"), Scope.of(tree.communeA().id()), true, out);

		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			List<String> headers = rows.get(0).stream().map(c -> c.getRawValue()).toList();
			assertThat(headers)
				.startsWith("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Tuổi", "Đối tượng", "Chức vụ, chức danh",
						"Đơn vị", "Đảng viên")
				.contains("Dân tộc", "Số CCCD", "Hệ số lương");
			Row r = rows.get(1);
			assertThat(r.getCellAsString(1)).contains("Hà Văn Xuất");
			assertThat(r.getCellAsDate(3)).contains(LocalDate.of(1980, 5, 17).atStartOfDay());
			assertThat(r.getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(p.age()));
			assertThat(r.getCellAsString(7)).contains(tree.communeA().name());
			assertThat(r.getCellAsString(10)).contains("Đại học");
			assertThat(r.getCellAsNumber(headers.indexOf("Hệ số lương")))
				.hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("3.00"));
			assertThat(r.getCellAsString(headers.indexOf("Điện thoại"))).contains("'+84912345678");
			assertThat(r.getCellAsString(headers.indexOf("Dân tộc"))).contains("Kinh");
		}

		ByteArrayOutputStream masked = new ByteArrayOutputStream();
		search.exportXlsx(q("ha van"), Scope.of(tree.communeA().id()), false, masked);
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(masked.toByteArray()))) {
			assertThat(wb.getFirstSheet().read().get(0).stream().map(c -> c.getRawValue()).toList())
				.doesNotContain("Dân tộc", "Số CCCD");
		}
	}

	@Test
	void formulaLikeTextIsEscaped() {
		assertThat(XlsxExport.safe("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(XlsxExport.safe("+84")).isEqualTo("'+84");
		assertThat(XlsxExport.safe("-1")).isEqualTo("'-1");
		assertThat(XlsxExport.safe("@x")).isEqualTo("'@x");
		assertThat(XlsxExport.safe("Hà Nội")).isEqualTo("Hà Nội");
	}

}
