package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.canbo.evaluation.Rating;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;
import vn.canbo.web.OfficerPagesSupport;
import vn.canbo.training.CourseInput;
import vn.canbo.training.CourseKind;
import vn.canbo.training.Courses;
import vn.canbo.training.Sending;

/**
 * The readiness view on 10/01/2027, every column: the incumbent (term end 30/06/2026, a
 * man born 03/1970 retires from 01/04/2032); a candidate born 04/1985 (retires from
 * 01/05/2047: 243 months, 4 terms; in post since 01/01/2015: 144 months; meets the
 * standard; rated KHTNV in 2026; a course without result); a candidate without any
 * qualification (gaps), born 04/1980, with a khiển trách until 01/06/2027. Sorted by
 * months left; the .xlsx; B's plan 404; the province's plans read at once (ofSubtree).
 */
class PlanningReadinessTest extends OfficerPagesSupport {

	static final LocalDate ON = LocalDate.of(2027, 1, 10);

	@Autowired
	PlanningFixture fx;

	@Autowired
	PlanningRatings ratings;

	@Autowired
	Plans plans;

	@Autowired
	PlanReadiness readiness;

	@Autowired
	Courses courses;

	@Test
	void everyColumn() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND");
		Plan other = fx.plan(t.b().id(), "CHU_TICH_UBND");
		long holder = fx.people.create(new NewPerson(
				PersonData.basic(PersonCategory.CADRE, "Ông Đương Nhiệm", Gender.MALE,
						PartialDate.of(LocalDate.of(1970, 3, 10))),
				new Position(null, a, null, "CHU_TICH_UBND", null, false, false, LocalDate.of(2021, 7, 1), null,
						LocalDate.of(2021, 7, 1), LocalDate.of(2026, 6, 30), null, null, null, null),
				null, List.of()), Scope.all())
			.id();
		long weak = fx.bare("Ông Thiếu Chuẩn", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1980, 4, 2));
		long ready = fx.person("Ông Sẵn Sàng", a, "CHUYEN_VIEN");
		Candidate cw = plans.add(plan.id(),
				PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", weak), "Sẽ bồi dưỡng", null),
				Scope.all());
		Candidate cr = plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", ready), Scope.all());
		ratings.year(t.province().id(), 2026, Map.of(ready, Rating.INCOMPLETE));
		fx.discipline(weak, "KHIEN_TRACH", LocalDate.of(2026, 6, 1), LocalDate.of(2027, 6, 1));
		var course = courses.create(new CourseInput("SS-" + PlanningFixture.key(), "Bồi dưỡng chủ tịch xã",
				CourseKind.TITLE_POSITION, null, null, a, "Trường Chính trị tỉnh", null, null, LocalDate.of(2027, 1, 4),
				LocalDate.of(2027, 3, 31), null, null), Scope.all());
		courses.send(new Sending("9/QĐ-SS", LocalDate.of(2026, 12, 20), "UBND tỉnh", course.id(), List.of(ready)),
				Scope.all());

		Readiness r = readiness.readiness(plan.id(), ON, null, Scope.all());
		assertThat(r.titles()).hasSize(1);
		Readiness.Title title = r.titles().get(0);
		assertThat(title.incumbents()).singleElement().satisfies(i -> {
			assertThat(i.personId()).isEqualTo(holder);
			assertThat(i.termEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
			assertThat(i.retirementDate()).isEqualTo(LocalDate.of(2032, 4, 1));
		});
		assertThat(title.candidates()).extracting(Readiness.Row::candidateId).containsExactly(cw.id(), cr.id());
		Readiness.Row w = title.candidates().get(0);
		Readiness.Row c = title.candidates().get(1);
		assertThat(c.retirementDate()).isEqualTo(LocalDate.of(2047, 5, 1));
		assertThat(c.monthsLeft()).isEqualTo(243);
		assertThat(c.termsLeft()).isEqualTo(4);
		assertThat(c.currentPost()).contains(t.a().name());
		assertThat(c.monthsInPost()).isEqualTo(144);
		assertThat(c.gaps()).isEmpty();
		assertThat(c.ratings()).containsExactly("2024: —", "2025: —", "2026: KHTNV");
		assertThat(c.discipline()).isNull();
		assertThat(c.training()).containsExactly("Bồi dưỡng chủ tịch xã (04/01/2027–31/03/2027)");
		// born 04/1980: 62 in 04/2042, retires from 01/05/2042: 183 months, 3 terms
		assertThat(w.retirementDate()).isEqualTo(LocalDate.of(2042, 5, 1));
		assertThat(w.monthsLeft()).isEqualTo(183);
		assertThat(w.termsLeft()).isEqualTo(3);
		assertThat(w.gaps()).isNotEmpty();
		assertThat(w.ratings()).containsExactly("2024: —", "2025: —", "2026: HTTNV");
		assertThat(w.discipline()).contains("01/06/2026").contains("01/06/2027");
		assertThat(w.training()).isEmpty();
		// a day later than the discipline's end: none
		assertThat(readiness.readiness(plan.id(), LocalDate.of(2027, 6, 1), null, Scope.all())
			.titles()
			.get(0)
			.candidates()
			.get(0)
			.discipline()).isNull();

		assertThat(readiness.readiness(plan.id(), ON, "monthsLeft", Scope.all()).titles().get(0).candidates())
			.extracting(Readiness.Row::candidateId)
			.containsExactly(cr.id(), cw.id());
		List<List<Object>> rows = readiness.rows(r);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get(2)).isEqualTo("Ông Đương Nhiệm");
		assertThat(rows.get(2)).contains("Ông Sẵn Sàng", 243L, 4L, 144L, "2024: —; 2025: —; 2026: KHTNV");
		assertThat(readiness.headers()).hasSize(rows.get(0).size());

		MockHttpServletResponse page = call(
				get("/planning/" + plan.id() + "/readiness").param("on", "10/01/2027").param("sort", "monthsLeft"), a);
		assertThat(page.getStatus()).isEqualTo(200);
		Document d = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
		assertThat(d.select("[data-incumbent]").text()).contains("Ông Đương Nhiệm")
			.contains("30/06/2026")
			.contains("01/04/2032");
		assertThat(d.select("[data-candidate=" + cr.id() + "] [data-col=monthsLeft]").text()).isEqualTo("243");
		assertThat(d.select("[data-candidate=" + cw.id() + "] [data-col=discipline]").text()).contains("01/06/2027");
		MockHttpServletResponse en = call(get("/planning/" + plan.id() + "/readiness").param("lang", "en"), a);
		assertThat(en.getContentAsString(StandardCharsets.UTF_8)).contains("Months of working time left");
		MockHttpServletResponse x = call(get("/planning/" + plan.id() + "/readiness.xlsx").param("on", "10/01/2027"),
				a);
		assertThat(x.getStatus()).isEqualTo(200);
		assertThat(x.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
		// the whole province at once (bulk): the same views; a unit outside the scope 404
		List<Readiness> all = readiness.ofSubtree(t.province().id(), null, ON, null, Scope.all());
		assertThat(all).extracting(Readiness::planId).containsExactlyInAnyOrder(plan.id(), other.id());
		assertThat(all).filteredOn(one -> one.planId() == plan.id()).containsExactly(r);
		assertThat(readiness.ofSubtree(a, null, ON, null, Scope.of(List.of(a)))).containsExactly(r);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> readiness.ofSubtree(t.b().id(), null, ON, null, Scope.of(List.of(a))))
			.isInstanceOf(vn.canbo.shared.NotFoundException.class);
		assertThat(call(get("/planning/" + other.id() + "/readiness"), a).getStatus()).isEqualTo(404);
		assertThat(call(get("/api/v1/planning/plans/" + other.id() + "/readiness"), a).getStatus()).isEqualTo(404);
	}

}
