package vn.canbo.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.people.Gender;
import vn.canbo.people.HistoryKind;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.reports.FigureDefinition;
import vn.canbo.reports.Figures;
import vn.canbo.reports.ParagraphTemplates;
import vn.canbo.reports.SummaryReport;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Indicator.Direction;
import vn.canbo.targets.Indicator.Kind;

/**
 * Issue 14, point 6: a concurrent-post figure in a paragraph template (the default
 * CONCURRENT paragraph names it through {@code fig['…']}) and as a programme indicator, a
 * type-set figure as an indicator, and a template naming an unknown figure refused on
 * save. Fixture: a district of two communes; in X the Bí thư is also the Chủ tịch HĐND,
 * in Y the two posts have different holders.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentFiguresTest {

	static final LocalDate D = LocalDate.of(2026, 6, 30);

	static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	Programmes programmes;

	@Autowired
	SummaryReport summaries;

	@Autowired
	ParagraphTemplates templates;

	@Autowired
	Figures figures;

	UnitView district;

	@BeforeAll
	void fixture() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		district = unit("KH-" + k, "Huyện Kiêm " + k, "DIA_BAN", AdminLevel.DISTRICT, null);
		UnitView x = unit("KX-" + k, "Xã Kiêm " + k, "DIA_BAN", AdminLevel.COMMUNE, district.id());
		UnitView y = unit("KY-" + k, "Xã Riêng " + k, "DIA_BAN", AdminLevel.COMMUNE, district.id());
		UnitView duX = unit("KDX-" + k, "Đảng ủy xã Kiêm " + k, "DANG_UY_XA", AdminLevel.COMMUNE, x.id());
		UnitView hdX = unit("KHX-" + k, "HĐND xã Kiêm " + k, "HDND", AdminLevel.COMMUNE, x.id());
		UnitView duY = unit("KDY-" + k, "Đảng ủy xã Riêng " + k, "DANG_UY_XA", AdminLevel.COMMUNE, y.id());
		UnitView hdY = unit("KHY-" + k, "HĐND xã Riêng " + k, "HDND", AdminLevel.COMMUNE, y.id());
		long both = person("Kiêm Văn Một", duX, "BI_THU", 1970);
		people.add(both, HistoryKind.POSITION, new Position(null, hdX.id(), null, "CHU_TICH_HDND", "Chủ tịch HĐND",
				true, false, LocalDate.of(2021, 7, 1), null, null, null, null, null, null, null), Scope.all());
		person("Riêng Văn Hai", duY, "BI_THU", 1971);
		person("Riêng Văn Ba", hdY, "CHU_TICH_HDND", 1972);
	}

	private UnitView unit(String code, String name, String type, AdminLevel level, Long parent) {
		return units.create(new UnitService.NewUnit(code, name, null, type, level, parent, FOUNDED));
	}

	private long person(String name, UnitView unit, String title, int born) {
		PersonData d = PersonData.basic(PersonCategory.CADRE, name, Gender.MALE,
				PartialDate.of(LocalDate.of(born, 3, 11)));
		return people
			.create(new NewPerson(d, Position.main(unit.id(), title, null, LocalDate.of(2020, 10, 1)), null, List.of()),
					Scope.all())
			.id();
	}

	@Test
	void theConcurrentParagraphPrintsTheCommitteesSentence() {
		SummaryReport.Summary s = summaries.build(Scope.of(district.id()), district.id(), LocalDate.of(2026, 1, 1), D,
				null, null, null, null);
		assertThat(
				s.paragraphs().stream().filter(p -> p.code().equals("CONCURRENT")).map(SummaryReport.Paragraph::text))
			.containsExactly("Đến ngày 30/06/2026, 1/2 xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch HĐND; "
					+ "0/2 xã, phường có Bí thư Đảng ủy đồng thời là Chủ tịch UBND.");
		// the number links to the movements page of the district on the date
		assertThat(s.paragraphs()
			.stream()
			.filter(p -> p.code().equals("CONCURRENT"))
			.flatMap(p -> p.segments().stream())
			.filter(g -> "1".equals(g.text()))).singleElement()
			.satisfies(
					g -> assertThat(g.link()).isEqualTo("/career/movements?date=2026-06-30&unitId=" + district.id()));
	}

	@Test
	void concurrentAndTypeSetFiguresAreIndicators() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		Programme p = programmes.save(new Programme(null, "KN-" + k, "Nghị quyết kiêm nhiệm", "Huyện ủy Kiêm",
				district.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, 0, null), Scope.all());
		Indicator concurrent = programmes.saveIndicator(p.id(),
				new Indicator(null, "BT_CT", "Bí thư đồng thời Chủ tịch HĐND", Kind.RATIO, Direction.AT_LEAST,
						new BigDecimal("50"), "CAREER_CONCURRENT_BI_THU_CHU_TICH_HDND", null, null, null, false, null,
						"xã, phường", null, 1),
				Scope.all());
		// the committee's set of personnel decisions is offered in the lists (the
		// indicator form's choices); any other set is a valid code too
		assertThat(figures.definitions()).extracting(FigureDefinition::code)
			.contains("CAREER_SET:TRANSFER+ASSIGNMENT+APPOINTMENT+REAPPOINTMENT+NOMINATION+DESIGNATION+ENDORSEMENT",
					"CAREER_SET_PERSONS:TRANSFER+ASSIGNMENT+APPOINTMENT+REAPPOINTMENT+NOMINATION+DESIGNATION+ENDORSEMENT",
					"CAREER_SET:APPOINTMENT+REAPPOINTMENT+NOMINATION");
		// before: a type set was not a known figure code
		Indicator set = programmes.saveIndicator(p.id(),
				new Indicator(null, "BN", "Điều động, bổ nhiệm", Kind.COUNT_IN_PERIOD, Direction.AT_LEAST,
						new BigDecimal("2"), "CAREER_SET:TRANSFER+APPOINTMENT+REAPPOINTMENT", null, null, null, false,
						"điều động, bổ nhiệm", "đồng chí", null, 2),
				Scope.all());
		List<Achievement> a = programmes.achievements(p.id(), D, Scope.of(district.id()));
		Achievement c = a.stream().filter(x -> x.indicator().id().equals(concurrent.id())).findFirst().orElseThrow();
		assertThat(c.count()).isEqualTo(1);
		assertThat(c.of()).isEqualTo(2);
		Achievement s = a.stream().filter(x -> x.indicator().id().equals(set.id())).findFirst().orElseThrow();
		assertThat(s.count()).isZero();
		assertThat(s.drillDown()).contains("/career/movements?", "types=TRANSFER,APPOINTMENT,REAPPOINTMENT");
		assertThatThrownBy(() -> programmes.saveIndicator(p.id(),
				new Indicator(null, "X", "X", Kind.COUNT_IN_PERIOD, Direction.AT_LEAST, new BigDecimal("2"),
						"CAREER_SET:TRANSFER+KHONG_CO", null, null, null, false, "x", "x", null, 3),
				Scope.all()))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void aTemplateNamingAnUnknownFigureIsRefusedOnSave() {
		ParagraphTemplates.Template t = templates.get("CONCURRENT");
		assertThatThrownBy(() -> templates.save("CONCURRENT", "Có [(${fig['CAREER_KHONG_CO']})] xã.", t.version()))
			.isInstanceOfSatisfying(ValidationException.class, e -> {
				assertThat(e.errors().get(0).field()).isEqualTo("body");
				assertThat(e.errors().get(0).message())
					.startsWith("Mẫu đoạn văn dùng số liệu không có: CAREER_KHONG_CO");
			});
		assertThat(templates.get("CONCURRENT").body()).isEqualTo(t.body());
	}

}
