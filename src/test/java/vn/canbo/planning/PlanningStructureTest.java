package vn.canbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.people.Gender;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonData;
import vn.canbo.people.Position;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PartialDate;
import vn.canbo.shared.Scope;

/**
 * Structure with exact figures: commune A's plan on 10/01/2027 has a Tày woman of 36, men
 * of 39, 50 and 55 (a fifth removed): women 25,00% (the target, met), young (under 40)
 * 50,00% (exceeds 15% by 35,00%), minority 25,00%, tiers 2/1/1; on 11/01/2027 the man of
 * 39 turns 40. The province's subtree adds B's plan (the man of 50 again, counted once,
 * and a man of 38): 5 persons, women 20,00%, short by 5,00%.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanningStructureTest {

	static final LocalDate ON = LocalDate.of(2027, 1, 10);

	@Autowired
	PlanningFixture fx;

	@Autowired
	Plans plans;

	@Autowired
	PlanStructure structure;

	@Autowired
	MockMvc mvc;

	static PersonData with(PersonData d, String field, Object value) throws Exception {
		RecordComponent[] cs = PersonData.class.getRecordComponents();
		Object[] args = new Object[cs.length];
		Class<?>[] types = new Class<?>[cs.length];
		for (int i = 0; i < cs.length; i++) {
			types[i] = cs[i].getType();
			args[i] = cs[i].getName().equals(field) ? value : cs[i].getAccessor().invoke(d);
		}
		return PersonData.class.getDeclaredConstructor(types).newInstance(args);
	}

	static Structure.Share share(Structure s, String code) {
		return s.shares().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
	}

	@Test
	void exactFigures() throws Exception {
		PlanningFixture.Tree t = fx.tree();
		long a = t.a().id();
		Plan plan = fx.plan(a, "CHU_TICH_UBND", "PHO_CHU_TICH_UBND");
		Plan planB = fx.plan(t.b().id(), "CHU_TICH_UBND");
		PersonData d = with(PersonData.basic(PersonCategory.CIVIL_SERVANT, "Bà Lường Thị Trẻ", Gender.FEMALE,
				PartialDate.of(LocalDate.of(1990, 5, 1))), "ethnicityCode", "02");
		long woman = fx.people
			.create(new NewPerson(d, Position.main(a, "CHUYEN_VIEN", null, LocalDate.of(2015, 1, 1)), null, List.of()),
					Scope.all())
			.id();
		long m39 = fx.person("Ông Ba Chín", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1987, 1, 11));
		long m50 = fx.person("Ông Năm Mươi", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1976, 6, 1));
		long m55 = fx.person("Ông Năm Lăm", a, "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1971, 6, 1));
		long gone = fx.person("Bà Đã Rời", a, "CHUYEN_VIEN", Gender.FEMALE, LocalDate.of(1991, 1, 1));
		long x38 = fx.person("Ông Ba Tám", t.b().id(), "CHUYEN_VIEN", Gender.MALE, LocalDate.of(1988, 3, 3));
		plans.add(plan.id(),
				PlanningFixture.justified(PlanningFixture.in("CHU_TICH_UBND", woman), "Sẽ bồi dưỡng", null),
				Scope.all());
		plans.add(plan.id(), PlanningFixture.in("CHU_TICH_UBND", m39), Scope.all());
		plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", m50), Scope.all());
		plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", m55), Scope.all());
		Candidate c = plans.add(plan.id(), PlanningFixture.in("PHO_CHU_TICH_UBND", gone), Scope.all());
		plans.remove(c.id(),
				new Removal(LocalDate.of(2026, 6, 1), "Chuyển công tác", "3-QĐ/ĐU", LocalDate.of(2026, 6, 1)),
				Scope.all());
		plans.add(planB.id(), PlanningFixture.in("CHU_TICH_UBND", m50), Scope.all());
		plans.add(planB.id(), PlanningFixture.in("CHU_TICH_UBND", x38), Scope.all());

		Structure s = structure.ofPlan(plan.id(), ON, Scope.all());
		assertThat(s.total()).isEqualTo(4);
		assertThat(s.youngUnder()).isEqualTo(40);
		assertThat(share(s, "WOMEN").count()).isEqualTo(1);
		assertThat(share(s, "WOMEN").percent()).isEqualByComparingTo("25.00");
		assertThat(share(s, "WOMEN").met()).isTrue();
		assertThat(share(s, "WOMEN").verdict()).isEqualTo("đạt chỉ tiêu 25,00%");
		assertThat(share(s, "YOUNG").count()).isEqualTo(2);
		assertThat(share(s, "YOUNG").verdict()).isEqualTo("đạt chỉ tiêu 15,00%, vượt 35,00%");
		assertThat(share(s, "MINORITY").count()).isEqualTo(1);
		assertThat(share(s, "MINORITY").target()).isNull();
		assertThat(List.of(share(s, "TIER_1").count(), share(s, "TIER_2").count(), share(s, "TIER_3").count()))
			.containsExactly(2L, 1L, 1L);
		Structure next = structure.ofPlan(plan.id(), ON.plusDays(1), Scope.all());
		assertThat(share(next, "YOUNG").count()).isEqualTo(1);
		assertThat(share(next, "YOUNG").verdict()).isEqualTo("đạt chỉ tiêu 15,00%, vượt 10,00%");
		assertThat(List.of(share(next, "TIER_1").count(), share(next, "TIER_2").count())).containsExactly(1L, 2L);

		Structure province = structure.ofSubtree(t.province().id(), "DANG_2025_2030", ON, Scope.all());
		assertThat(province.total()).isEqualTo(5);
		assertThat(share(province, "WOMEN").percent()).isEqualByComparingTo(new BigDecimal("20.00"));
		assertThat(share(province, "WOMEN").met()).isFalse();
		assertThat(share(province, "WOMEN").verdict()).isEqualTo("chưa đạt chỉ tiêu 25,00%, thiếu 5,00%");
		assertThat(structure.ofSubtree(t.province().id(), "DANG_2030_2035", ON, Scope.all()).total()).isZero();
		assertThatThrownBy(() -> structure.ofSubtree(t.b().id(), null, ON, Scope.of(a)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> structure.ofPlan(planB.id(), ON, Scope.of(a))).isInstanceOf(NotFoundException.class);

		MockHttpServletResponse page = mvc
			.perform(get("/planning/" + plan.id() + "/structure").param("on", "10/01/2027")
				.with(csrf())
				.with(TestUsers.officer(a)))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		Document doc = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
		assertThat(doc.select("[data-share=WOMEN] [data-percent]").text()).isEqualTo("25,00%");
		assertThat(doc.select("[data-share=YOUNG] [data-verdict]").text())
			.isEqualTo("đạt chỉ tiêu 15,00%, vượt 35,00%");
		assertThat(
				mvc.perform(get("/planning/" + plan.id() + "/structure").param("lang", "en").with(TestUsers.officer(a)))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8))
			.contains("Ethnic minorities");
	}

}
