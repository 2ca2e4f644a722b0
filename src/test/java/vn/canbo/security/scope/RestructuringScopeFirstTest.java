package vn.canbo.security.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.Decision;
import vn.canbo.org.RestructuringService;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitView;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 12, point 1: {@code POST /api/v1/restructurings} checks the scope before any
 * validation. For every kind and every place a unit id can take in the body, commune A's
 * officer naming a unit of commune B (current or ended) gets exactly the answer given for
 * an id that exists nowhere: same status, same body (the id itself aside), no name of B's
 * units, no "đã chấm dứt" against "không tồn tại" — even when the rest of the request is
 * invalid.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RestructuringScopeFirstTest {

	static final long ABSENT = 987654321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	RestructuringService restructurings;

	UnitView a;

	UnitView aChild;

	UnitView b;

	UnitView bChild;

	UnitView bEnded;

	@BeforeEach
	void setUp() {
		String k = UUID.randomUUID().toString().substring(0, 8);
		LocalDate founded = LocalDate.of(2000, 1, 1);
		UnitView province = units.create(new UnitService.NewUnit("RS-T-" + k, "Tỉnh Trướchết " + k, null, "DIA_BAN",
				AdminLevel.PROVINCE, null, founded));
		a = units.create(new UnitService.NewUnit("RS-A-" + k, "Xã Anphạm " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
				province.id(), founded));
		aChild = units.create(new UnitService.NewUnit("RS-A1-" + k, "Thôn Anmột " + k, null, "THON", AdminLevel.HAMLET,
				a.id(), founded));
		b = units.create(new UnitService.NewUnit("RS-B-" + k, "Xã Bímật " + k, null, "DIA_BAN", AdminLevel.COMMUNE,
				province.id(), founded));
		bChild = units.create(new UnitService.NewUnit("RS-B1-" + k, "Trường Bímật Một " + k, null, "THON",
				AdminLevel.HAMLET, b.id(), founded));
		bEnded = units.create(new UnitService.NewUnit("RS-B2-" + k, "Trường Bímật Cũ " + k, null, "THON",
				AdminLevel.HAMLET, b.id(), founded));
		restructurings.dissolve(new RestructuringService.Dissolve(bEnded.id(), null, false, java.util.Map.of(),
				Decision.on(LocalDate.of(2020, 1, 1), "1/QĐ")), Scope.all());
	}

	/** Bodies with {@code %X%} where the foreign or absent unit id goes. */
	List<String> bodies() {
		String date = "\"effectiveDate\":\"2025-07-01\"";
		long in = aChild.id();
		List<String> bodies = new ArrayList<>();
		for (String d : List.of(date, "\"effectiveDate\":null")) {
			bodies.add("{\"kind\":\"DISSOLVE\",\"unitId\":%X%," + d + "}");
			bodies.add("{\"kind\":\"DISSOLVE\",\"unitId\":" + in + ",\"successorId\":%X%," + d + "}");
			bodies.add("{\"kind\":\"DISSOLVE\",\"unitId\":" + in + ",\"personMapping\":{\"1\":%X%}," + d + "}");
			bodies.add("{\"kind\":\"MERGE\",\"unitIds\":[" + in
					+ ",%X%],\"newUnit\":{\"code\":\"RS-N\",\"name\":\"Mới\"}," + d + "}");
			bodies.add("{\"kind\":\"MERGE\",\"unitIds\":[" + in + "],\"successorId\":%X%," + d + "}");
			bodies.add("{\"kind\":\"MERGE\",\"unitIds\":[" + in + "," + a.id()
					+ "],\"newUnit\":{\"code\":\"RS-M\",\"name\":\"Mới\",\"parentId\":%X%}," + d + "}");
			bodies.add("{\"kind\":\"RENAME\",\"unitId\":%X%,\"name\":\"Tên mới\"," + d + "}");
			bodies.add("{\"kind\":\"RENAME\",\"unitId\":%X%,\"name\":\"\"," + d + "}");
			bodies.add("{\"kind\":\"MOVE\",\"unitId\":%X%,\"newParentId\":" + a.id() + "," + d + "}");
			bodies.add("{\"kind\":\"MOVE\",\"unitId\":" + in + ",\"newParentId\":%X%," + d + "}");
			bodies.add("{\"kind\":\"SPLIT\",\"unitId\":%X%,\"newUnits\":[{\"code\":\"RS-S1\",\"name\":\"Một\"},"
					+ "{\"code\":\"RS-S2\",\"name\":\"Hai\"}]," + d + "}");
			bodies.add("{\"kind\":\"SPLIT\",\"unitId\":" + in + ",\"newUnits\":[{\"code\":\"RS-S3\",\"name\":\"Một\","
					+ "\"parentId\":%X%},{\"code\":\"RS-S4\",\"name\":\"Hai\"}]," + d + "}");
		}
		return bodies;
	}

	@Test
	void aForeignUnitIdIsAnsweredExactlyLikeAnAbsentOneForEveryKind() throws Exception {
		List<String> problems = new ArrayList<>();
		for (String body : bodies()) {
			Answer absent = call(body, ABSENT);
			assertThat(absent.status()).as(body).isEqualTo(404);
			for (UnitView foreign : List.of(b, bChild, bEnded)) {
				Answer answer = call(body, foreign.id());
				if (!answer.equals(absent)) {
					problems.add(body + " with " + foreign.name() + ": " + answer + " ≠ " + absent);
				}
				for (String name : List.of(b.name(), bChild.name(), bEnded.name(), "chấm dứt")) {
					if (answer.body().contains(name)) {
						problems.add(body + " with " + foreign.name() + " names \"" + name + "\"");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theOfficerOfTheForeignCommuneStillGetsTheValidationAnswers() throws Exception {
		// the same requests reach validation for B's own officer: the 404s above are the
		// scope's doing, and an ended unit of one's own scope is still named as ended
		MockHttpServletResponse r = mvc
			.perform(post("/api/v1/restructurings").with(TestUsers.officer(b.id()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"RENAME\",\"unitId\":" + bEnded.id()
						+ ",\"name\":\"Tên mới\",\"effectiveDate\":\"2025-07-01\"}"))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(r.getContentAsString()).contains("chấm dứt");
	}

	record Answer(int status, String body) {
	}

	Answer call(String template, long id) throws Exception {
		MockHttpServletResponse r = mvc
			.perform(post("/api/v1/restructurings").with(TestUsers.officer(a.id()))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(template.replace("%X%", String.valueOf(id))))
			.andReturn()
			.getResponse();
		return new Answer(r.getStatus(), r.getContentAsString().replaceAll("(?<![0-9])" + id + "(?![0-9])", "<id>"));
	}

}
