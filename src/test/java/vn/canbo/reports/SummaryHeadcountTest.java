package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 14, point 2: the headcount sentence's label is true of its number, the levels are
 * named as on the report's date, and the report carries its own date. A province with a
 * district (founded 2000, still recorded) and a commune under it: 2 civil servants in the
 * district's committee, a cadre and a non-specialised person in the commune's, all since
 * 1/1/2015.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryHeadcountTest {

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	static final LocalDate START = LocalDate.of(2015, 1, 1);

	@Autowired
	SummaryReport summaries;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	MockMvc mvc;

	UnitView province;

	String k;

	/** The letters-only form of {@code k}, for names. */
	String n;

	@BeforeAll
	void setUp() {
		k = UUID.randomUUID().toString().substring(0, 8);
		// person names take letters only: the code's hex digits spelt as letters
		String w = k.chars()
			.mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + (c - '0') : c)))
			.collect(Collectors.joining());
		n = Character.toUpperCase(w.charAt(0)) + w.substring(1);
		province = units.create(new UnitService.NewUnit("HP-" + k, "Tỉnh Đầu Số " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, FOUNDED));
		UnitView district = units.create(new UnitService.NewUnit("HH-" + k, "Huyện Đầu Số " + k, null, "DIA_BAN",
				AdminLevel.DISTRICT, province.id(), FOUNDED));
		UnitView districtCommittee = units.create(new UnitService.NewUnit("HHU-" + k, "UBND huyện Đầu Số " + k, null,
				"UBND", AdminLevel.DISTRICT, district.id(), FOUNDED));
		UnitView commune = units.create(new UnitService.NewUnit("HX-" + k, "Xã Đầu Số " + k, null, "DIA_BAN",
				AdminLevel.COMMUNE, district.id(), FOUNDED));
		UnitView communeCommittee = units.create(new UnitService.NewUnit("HXU-" + k, "UBND xã Đầu Số " + k, null,
				"UBND", AdminLevel.COMMUNE, commune.id(), FOUNDED));
		person("Huyện Một " + n, Gender.MALE, "1971-04-13", PersonCategory.CIVIL_SERVANT, districtCommittee,
				"CHUYEN_VIEN");
		person("Huyện Hai " + n, Gender.FEMALE, "1983-09-27", PersonCategory.CIVIL_SERVANT, districtCommittee,
				"CHUYEN_VIEN");
		person("Xã Một " + n, Gender.MALE, "1979-11-05", PersonCategory.CADRE, communeCommittee, "CHUYEN_VIEN");
		person("Xã Không Chuyên Trách " + n, Gender.MALE, "1990-02-19", PersonCategory.NON_SPECIALISED,
				communeCommittee, "KHONG_CHUYEN_TRACH");
	}

	private void person(String name, Gender gender, String birth, PersonCategory category, UnitView unit,
			String title) {
		people.create(new NewPerson(KnownDataset.data(name, gender, birth, "01", "00", null, null, category),
				Position.main(unit.id(), title, title, START), null, List.of()), Scope.all());
	}

	SummaryReport.Summary build(LocalDate from, LocalDate to) {
		return summaries.build(Scope.of(province.id()), province.id(), from, to, null, null, null, null);
	}

	static String headcount(SummaryReport.Summary s) {
		return s.paragraphs()
			.stream()
			.filter(p -> p.code().equals("HEADCOUNT"))
			.map(SummaryReport.Paragraph::text)
			.collect(Collectors.joining("\n"));
	}

	@Test
	void aReportOf2018NamesTheDistrictLevelAsItWasThenAndIsDatedWithItsOwnDate() {
		SummaryReport.Summary s = build(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
		assertThat(headcount(s)).isEqualTo("Toàn tỉnh hiện có 3 cán bộ, công chức, viên chức và 1 người hoạt động"
				+ " không chuyên trách, trong đó cấp huyện 2 đồng chí, cấp xã 2 đồng chí.");
		assertThat(s.paragraphs().stream().map(SummaryReport.Paragraph::text).collect(Collectors.joining()))
			.doesNotContain("trước 1/7/2025");
		// the report's date: its as-of date (the end of the period), not the day it is
		// built
		assertThat(s.header().signedOn()).isEqualTo(LocalDate.of(2018, 12, 31));
		assertThat(summaries
			.build(Scope.of(province.id()), province.id(), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
					LocalDate.of(2018, 6, 30), null, null, null)
			.header()
			.signedOn()).isEqualTo(LocalDate.of(2018, 6, 30));
	}

	@Test
	void afterTheReformTheDistrictLevelIsNamedAsHistorical() {
		SummaryReport.Summary s = build(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
		assertThat(headcount(s)).isEqualTo("Toàn tỉnh hiện có 3 cán bộ, công chức, viên chức và 1 người hoạt động"
				+ " không chuyên trách, trong đó cấp huyện (trước 1/7/2025) 2 đồng chí, cấp xã 2 đồng chí.");
		assertThat(s.header().signedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void theLabelledNumberLeadsToExactlyThePersonsItCounts() throws Exception {
		SummaryReport.Summary s = build(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
		String link = s.paragraphs()
			.stream()
			.filter(p -> p.code().equals("HEADCOUNT"))
			.flatMap(p -> p.segments().stream())
			.filter(g -> "3".equals(g.text()))
			.map(ParagraphTemplates.Segment::link)
			.findFirst()
			.orElseThrow();
		String list = mvc.perform(get(link).with(TestUsers.officer(province.id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Huyện Một " + n, "Huyện Hai " + n, "Xã Một " + n)
			.doesNotContain("Xã Không Chuyên Trách " + n);
	}

}
