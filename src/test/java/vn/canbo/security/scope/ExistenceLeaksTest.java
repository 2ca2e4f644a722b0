package vn.canbo.security.scope;

import vn.canbo.imports.JobWait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.canbo.imports.ImportService;
import vn.canbo.org.UnitService;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.targets.Programme;
import vn.canbo.targets.Programmes;

/**
 * Issue 12, point 13: the small existence leaks. Commune A's officer naming something of
 * commune B gets exactly the answer given for an id that exists nowhere: a population of
 * B as a target indicator's population (was 201), a unit of B for a new position (was
 * "nằm ngoài phạm vi" against "không tồn tại"), and {@code GET /api/v1/persons?unitId=} a
 * unit of B (was 200 with an empty list, as for an absent unit: both are now 404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExistenceLeaksTest {

	static final long ABSENT = 987654321L;

	@Autowired
	MockMvc mvc;

	@Autowired
	ScopeFixtures fixtures;

	@Autowired
	Programmes programmes;

	@Autowired
	UnitService units;

	@Autowired
	ImportService imports;

	TwoCommunes f;

	long programmeA;

	@BeforeEach
	void setUp() {
		f = fixtures.twoCommunes();
		programmeA = programmes
			.save(new Programme(null, "KH-A-" + f.unitA(), "Kế hoạch xã A", "UBND xã A", f.unitA(),
					LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, 0, null), Scope.all())
			.id();
	}

	@Test
	void aPopulationOfAnotherCommuneIsRefusedAsAnIndicatorLikeAnAbsentOne() throws Exception {
		String template = "{\"code\":\"TL\",\"name\":\"Tỷ lệ nữ\",\"kind\":\"RATIO\",\"direction\":\"AT_LEAST\","
				+ "\"targetValue\":50,\"figureCode\":\"PEOPLE_WOMEN\",\"populationId\":%d,\"manual\":false,"
				+ "\"sortOrder\":1}";
		Answer foreign = answer(post("/api/v1/programmes/" + programmeA + "/indicators").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(f.populationB())), f.populationB());
		Answer absent = answer(post("/api/v1/programmes/" + programmeA + "/indicators").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(ABSENT)), ABSENT);
		assertThat(absent.status()).isEqualTo(400);
		assertThat(foreign).isEqualTo(absent);
		assertThat(programmes.get(programmeA, Scope.all()).indicators()).isEmpty();
	}

	@Test
	void aUnitOfAnotherCommuneForANewPositionIsAnsweredLikeAnAbsentOne() throws Exception {
		String template = "{\"unitId\":%d,\"titleCode\":\"CHUYEN_VIEN\",\"concurrent\":true,\"validFrom\":\"2024-01-01\"}";
		Answer foreign = answer(post("/api/v1/persons/" + f.personA() + "/positions").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(f.unitB())), f.unitB());
		Answer absent = answer(post("/api/v1/persons/" + f.personA() + "/positions").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(ABSENT)), ABSENT);
		assertThat(absent.status()).isEqualTo(400);
		assertThat(foreign).isEqualTo(absent);
		assertThat(foreign.body()).doesNotContain(f.unitBName());
	}

	@Test
	void aUnitOfAnotherCommuneInADecisionIsAnsweredLikeAnAbsentOne() throws Exception {
		String template = "{\"type\":\"TRANSFER\",\"number\":\"7/QĐ\",\"signedOn\":\"2026-01-05\","
				+ "\"issuer\":\"UBND xã\",\"effectiveOn\":\"2026-03-01\",\"subjects\":[{\"personId\":" + f.personA()
				+ ",\"unitId\":%d,\"titleCode\":\"CHUYEN_VIEN\"}]}";
		Answer foreign = answer(post("/api/v1/decisions").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(f.unitB())), f.unitB());
		Answer absent = answer(post("/api/v1/decisions").with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(template.formatted(ABSENT)), ABSENT);
		assertThat(absent.status()).isEqualTo(404);
		assertThat(foreign).isEqualTo(absent);
	}

	@Test
	void listingThePersonsOfAUnitOfAnotherCommuneIsA404LikeAnAbsentUnit() throws Exception {
		for (String path : new String[] { "/api/v1/persons", "/api/v1/persons/export.xlsx" }) {
			Answer foreign = answer(get(path).param("unitId", String.valueOf(f.unitB())), f.unitB());
			Answer absent = answer(get(path).param("unitId", String.valueOf(ABSENT)), ABSENT);
			assertThat(absent.status()).as(path).isEqualTo(404);
			assertThat(foreign).as(path).isEqualTo(absent);
		}
		// the page list: the same status for both
		assertThat(answer(get("/persons").param("unitId", String.valueOf(f.unitB())), f.unitB()).status())
			.isEqualTo(answer(get("/persons").param("unitId", String.valueOf(ABSENT)), ABSENT).status())
			.isEqualTo(404);
		// one's own unit still lists its persons
		Answer own = answer(get("/api/v1/persons").param("unitId", String.valueOf(f.unitA())), f.unitA());
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains("Anthư");
	}

	@Test
	void anImportedRowWithAUnitCodeOfAnotherCommuneIsRefusedLikeAnUnknownCode() throws Exception {
		String codeB = units.find(f.unitB(), LocalDate.now()).orElseThrow().code();
		String csv = "Mã đơn vị công tác;Họ và tên khai sinh;Giới tính;Sinh ngày;Đối tượng;Chức vụ (ghi cụ thể);"
				+ "Giữ chức vụ từ ngày;Số CCCD\r\n" + codeB
				+ ";Lê Thị Mộthai;Nữ;5/7/1990;Viên chức;Giáo viên;01/09/2015;\r\n"
				+ "KHONG-CO-DON-VI-NAY;Lê Thị Mộthai;Nữ;5/7/1990;Viên chức;Giáo viên;01/09/2015;\r\n";
		vn.canbo.security.CanboUser officerA = new vn.canbo.security.CanboUser(-3, "officer-a-" + f.unitA(), "{noop}x",
				"Officer A", vn.canbo.security.Role.ORG_OFFICER, java.util.Set.of(f.unitA()), true);
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(new SecurityContextImpl(
				new UsernamePasswordAuthenticationToken(officerA, null, officerA.getAuthorities())));
		try {
			long id = imports
				.upload("PERSONS", "xa-a.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
						Scope.of(f.unitA()))
				.id();
			JobWait.await(imports::job, id);
			var issues = imports.issues(id, 0, 100)
				.stream()
				.filter(i -> i.header().equals("Mã đơn vị công tác"))
				.toList();
			assertThat(issues).hasSize(2);
			assertThat(issues.get(0).message().replace(codeB, "<code>"))
				.isEqualTo(issues.get(1).message().replace("KHONG-CO-DON-VI-NAY", "<code>"))
				.doesNotContain(f.unitBName());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	record Answer(int status, String body) {
	}

	Answer answer(MockHttpServletRequestBuilder request, long id) throws Exception {
		MvcResult result = mvc.perform(request.with(TestUsers.officer(f.unitA()))).andReturn();
		MockHttpServletResponse r = result.getResponse();
		// the request's own path (same in both answers) first, so that an id in it that
		// happens to equal the compared one is not replaced in one answer only
		String body = r.getContentAsString().replace(result.getRequest().getRequestURI(), "<path>");
		return new Answer(r.getStatus(), body.replaceAll("(?<![0-9])" + id + "(?![0-9])", "<id>"));
	}

}
