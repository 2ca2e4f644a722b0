package vn.canbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Issue 14, point 3 (every filter works on every dimension, or is refused) and the
 * populations API of point 1 (several roots, a criterion, the live count), on
 * {@link PopulationFixture}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationFilterApiTest {

	static final LocalDate D = PopulationFixture.D;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatisticsService stats;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	PopulationFixture f;

	Population city;

	@BeforeAll
	void fixture() {
		f = new PopulationFixture(units, people);
		city = Population.adHoc(f.city.id(), null, null, D);
	}

	@Autowired
	tools.jackson.databind.ObjectMapper mapper;

	private tools.jackson.databind.JsonNode json(String s) {
		return mapper.readTree(s);
	}

	private String api(String path) throws Exception {
		return mvc.perform(get(path).with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aUnitRollUpFilterNarrowsTheUnits() throws Exception {
		// women and men of the commune units: congChucX, chuTichHoiX, phoChuTichY;
		// chuTichX, biThuX (it answered 0 and 0)
		StatisticsTable t = stats.pivot(city, D, Dim.GENDER, Dim.TOTAL, Map.of(Dim.ADMIN_LEVEL, List.of("COMMUNE")),
				Scope.all());
		assertThat(t.rows().stream().filter(r -> r.key().equals("FEMALE")).findFirst().orElseThrow().total())
			.isEqualTo(3);
		assertThat(t.rows().stream().filter(r -> r.key().equals("MALE")).findFirst().orElseThrow().total())
			.isEqualTo(2);
		String json = api("/api/v1/reports/pivot?root=" + f.city.id() + "&date=" + D
				+ "&rows=GENDER&cols=TOTAL&f=ADMIN_LEVEL:COMMUNE");
		assertThat(json(json).get("total").get("total").asLong()).isEqualTo(5);
		assertThat(stats.count(city, D, Map.of(Dim.UNIT_KIND, List.of("MASS")), Scope.all())).isEqualTo(2);
		assertThat(
				stats.count(city, D, Map.of(Dim.UNIT_TYPE, List.of("UBND"), Dim.GENDER, List.of("MALE")), Scope.all()))
			.isEqualTo(3); // chuTichUbndC, kiemNhiem, chuTichX
		assertThat(stats
			.persons(city, D, Map.of(Dim.ADMIN_LEVEL, List.of("COMMUNE"), Dim.LEADER, List.of("NO")), Scope.all(), 0,
					50)
			.items()).extracting(PersonRow::id).containsExactly(f.congChucX);
		// a standard layout by unit kind
		StatisticsTable byKind = stats.layout("NOI_VU_SLCL", city, D, Dim.UNIT_KIND, Scope.all());
		assertThat(
				byKind.rows().stream().filter(r -> r.key().equals("PUBLIC_SERVICE")).findFirst().orElseThrow().total())
			.isEqualTo(1);
	}

	@Test
	void everyDimensionAsAFilterCountsRightOrIsRefused() {
		for (Dim dim : Dim.values()) {
			StatisticsTable t = stats.pivot(city, D, dim, Dim.TOTAL, Map.of(), Scope.all());
			long checked = 0;
			for (StatisticsTable.Row r : t.rows()) {
				if (r.total() == 0) {
					continue;
				}
				// the count with the filter = the row of the breakdown by that dimension
				long n = stats.count(city, D, Map.of(dim, List.of(r.key())), Scope.all());
				assertThat(n).as(dim + ":" + r.key()).isEqualTo(r.total());
				assertThat(stats.persons(city, D, Map.of(dim, List.of(r.key())), Scope.all(), 0, 200).total())
					.as(dim + ":" + r.key())
					.isEqualTo(r.total());
				checked++;
			}
			assertThat(checked).as(dim.name()).isPositive();
			// a value the dimension does not have: refused, naming the filter
			assertThatThrownBy(() -> stats.count(city, D, Map.of(dim, List.of("KHONG_CO")), Scope.all())).as(dim.name())
				.isInstanceOfSatisfying(ValidationException.class,
						e -> assertThat(e.errors()).extracting(FieldError::field).containsOnly("f"));
		}
		assertThat(stats.count(city, D, Map.of(), Scope.all())).isEqualTo(13);
	}

	@Test
	void anUnknownFilterIsRefusedWithAClearMessage() throws Exception {
		String bad = mvc
			.perform(get("/api/v1/reports/pivot?root=" + f.city.id() + "&date=" + D + "&rows=GENDER&f=CAP_DO:XA")
				.with(TestUsers.admin()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("\"field\":\"f\"", "CAP_DO:XA", "không có chiều thống kê");
		String value = mvc
			.perform(get("/api/v1/reports/pivot?root=" + f.city.id() + "&date=" + D + "&rows=GENDER&f=ADMIN_LEVEL:XA")
				.with(TestUsers.admin()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(value).contains("Cấp hành chính", "«XA» không hợp lệ");
		// the pages parse f= the same way
		mvc.perform(get("/reports/pivot?root=" + f.city.id() + "&date=" + D + "&rows=GENDER&f=CAP_DO:XA")
			.with(TestUsers.admin())).andExpect(status().isBadRequest());
	}

	@Test
	void populationsApiTakesRootsAndACriterionAndCountsLive() throws Exception {
		String criterion = "{\"op\":\"AND\",\"of\":[{\"op\":\"IN\",\"dim\":\"CATEGORY\",\"values\":[\"CADRE\"]},"
				+ "{\"op\":\"IN\",\"dim\":\"ADMIN_LEVEL\",\"values\":[\"COMMUNE\"]}]}";
		String roots = "[" + f.communeX.id() + "," + f.communeY.id() + "]";
		String count = mvc
			.perform(post("/api/v1/reports/populations/count").with(csrf())
				.with(TestUsers.admin())
				.contentType("application/json")
				.content("{\"rootUnitIds\":" + roots + ",\"criterion\":" + criterion + ",\"asOf\":\"" + D + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count).contains("\"count\":4", "\"asOf\":\"" + D + "\"");
		String created = mvc
			.perform(post("/api/v1/reports/populations").with(csrf())
				.with(TestUsers.admin())
				.contentType("application/json")
				.content("{\"name\":\"Cán bộ chuyên trách xã\",\"rootUnitIds\":" + roots + ",\"criterion\":" + criterion
						+ "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(created).contains("\"rootUnitIds\":" + roots, "\"dim\":\"ADMIN_LEVEL\"");
		String id = json(created).get("id").asText();
		assertThat(api("/api/v1/reports/populations/" + id)).contains("\"rootUnitIds\":" + roots,
				"\"values\":[\"CADRE\"]");
		// the old single root still works
		mvc.perform(post("/api/v1/reports/populations").with(csrf())
			.with(TestUsers.admin())
			.contentType("application/json")
			.content("{\"name\":\"Xã Ích\",\"rootUnitId\":" + f.communeX.id() + "}")).andExpect(status().isCreated());
		// errors of the criterion, all at once; a root outside the scope is absent
		String bad = mvc.perform(post("/api/v1/reports/populations/count").with(csrf())
			.with(TestUsers.admin())
			.contentType("application/json")
			.content("{\"rootUnitIds\":" + roots
					+ ",\"criterion\":{\"op\":\"OR\",\"of\":[{\"op\":\"IN\",\"dim\":\"LEADER\",\"values\":[\"CO\"]},"
					+ "{\"op\":\"IN\",\"dim\":\"HANG\",\"values\":[\"1\"]}]}}"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bad).contains("criterion.of[0].values", "criterion.of[1].dim");
		mvc.perform(post("/api/v1/reports/populations/count").with(csrf())
			.with(TestUsers.officer(f.communeX.id()))
			.contentType("application/json")
			.content("{\"rootUnitIds\":" + roots + "}")).andExpect(status().isNotFound());
	}

}
