package vn.canbo.security.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.UnitService;
import vn.canbo.people.DossierField;
import vn.canbo.people.DossierFields;
import vn.canbo.people.PersonService;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;
import vn.canbo.shared.HiddenFieldException;
import vn.canbo.targets.Indicator;
import vn.canbo.targets.Programme;
import vn.canbo.targets.Programmes;

/**
 * Issue 12, point 5: a caller who cannot see a field cannot filter, sort, group or count
 * by it anywhere. For every sensitive field of {@link DossierFields}, every request that
 * names it — the person search (API, page, exports, batch CV), the reports (pivot by
 * rows, columns and filters, the drill-down, figures, standard layouts, a population's
 * conditions; a target's indicator over such a figure) — is refused (403) to the clerk
 * (no SENSITIVE_READ) and to a reader holding every permission those requests need except
 * SENSITIVE_READ; where the refusal is for the field (not a missing permission), the API
 * answers problem details of type {@code urn:canbo:hidden-field} naming it. The officer,
 * who sees the fields, gets the same requests answered (so the parameters are real, not
 * ignored).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HiddenFieldFiltersTest {

	private static final String HIDDEN = "urn:canbo:hidden-field";

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	Programmes programmes;

	TwoCommunes f;

	long programme;

	@BeforeEach
	void fixture() {
		f = TwoCommunes.create(units, people);
		programme = programmes
			.save(new Programme(null, "NQ-AN-" + f.unitA(), "Nghị quyết xã An", "Đảng ủy xã An", f.unitA(),
					LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), null, 0, null), Scope.all())
			.id();
	}

	/** Every request naming each sensitive dossier field. */
	private Map<String, List<Supplier<MockHttpServletRequestBuilder>>> requests() {
		Map<String, List<Supplier<MockHttpServletRequestBuilder>>> by = new LinkedHashMap<>();
		for (DossierField field : DossierFields.ALL) {
			if (!field.sensitive()) {
				continue;
			}
			String n = field.name();
			List<Supplier<MockHttpServletRequestBuilder>> r = new ArrayList<>();
			r.add(() -> get("/api/v1/persons").param("sort", n));
			r.add(() -> get("/api/v1/persons").param("sort", "-" + n));
			r.add(() -> get("/persons").param("sort", n));
			by.put(n, r);
		}
		List<Supplier<MockHttpServletRequestBuilder>> ethnicity = by.get("ethnicityCode");
		ethnicity.add(() -> get("/api/v1/persons").param("ethnicity", "06"));
		ethnicity.add(() -> get("/api/v1/persons").param("minority", "true"));
		ethnicity.add(() -> get("/api/v1/persons").param("minority", "false"));
		ethnicity.add(() -> get("/api/v1/persons/export.xlsx").param("ethnicity", "06"));
		ethnicity.add(() -> get("/persons").param("ethnicity", "06"));
		ethnicity.add(() -> get("/persons").param("minority", "true"));
		ethnicity.add(() -> get("/persons/export.xlsx").param("minority", "true"));
		ethnicity.add(() -> post("/api/v1/documents/cv.zip").contentType(MediaType.APPLICATION_JSON)
			.content("{\"minority\":true}"));
		ethnicity.add(() -> get("/documents/cv.zip").param("ethnicity", "06"));
		reports(ethnicity, "ETHNICITY", "01");
		reports(ethnicity, "MINORITY", "MINORITY");
		ethnicity.add(() -> get("/api/v1/reports/figures/PEOPLE_MINORITY"));
		// a figure filtered by it (issue 14, point 4)
		ethnicity.add(() -> get("/api/v1/reports/figures/PEOPLE_HEADCOUNT").param("f", "MINORITY:MINORITY"));
		ethnicity.add(() -> get("/api/v1/reports/standard/NOI_VU_SLCL"));
		List<Supplier<MockHttpServletRequestBuilder>> religion = by.get("religionCode");
		reports(religion, "RELIGION", "01");
		reports(religion, "HAS_RELIGION", "YES");
		religion.add(() -> get("/api/v1/reports/figures/PEOPLE_RELIGION"));
		religion.add(() -> get("/api/v1/reports/figures/PEOPLE_WOMEN").param("f", "RELIGION:01"));
		return by;
	}

	/** A programme's indicator over a figure. */
	private MockHttpServletRequestBuilder indicator(String figure) {
		return post("/api/v1/programmes/" + programme + "/indicators").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + figure + "\",\"name\":\"Tỷ lệ\",\"kind\":\"RATIO\",\"direction\":\"AT_LEAST\","
					+ "\"targetValue\":10,\"manual\":false,\"sortOrder\":1,\"figureCode\":\"" + figure + "\"}");
	}

	/**
	 * Grouped by (rows, columns), filtered by, drilled down to, a population's condition.
	 */
	private void reports(List<Supplier<MockHttpServletRequestBuilder>> r, String dim, String value) {
		r.add(() -> get("/api/v1/reports/pivot").param("rows", dim));
		r.add(() -> get("/api/v1/reports/pivot").param("cols", dim));
		r.add(() -> get("/api/v1/reports/pivot").param("f", dim + ":" + value));
		r.add(() -> get("/api/v1/reports/persons").param("rd", dim).param("rv", value));
		r.add(() -> get("/api/v1/reports/persons").param("cd", dim).param("cv", value));
		r.add(() -> get("/reports/pivot").param("rows", dim));
		r.add(() -> get("/reports/persons").param("rd", dim).param("rv", value));
		r.add(() -> get("/reports/pivot/xlsx").param("cols", dim));
		r.add(() -> post("/api/v1/reports/populations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"HIDDEN_" + dim + "\",\"name\":\"Theo " + dim + "\",\"conditions\":{\"where\":{\""
					+ dim + "\":[\"" + value + "\"]}}}"));
	}

	@Test
	void whoCannotSeeAFieldCannotFilterSortGroupOrCountByIt() throws Exception {
		RequestPostProcessor clerk = TestUsers.as(Role.CLERK, f.unitA());
		// every permission these requests need, but not SENSITIVE_READ
		RequestPostProcessor reader = user("reader-no-sensitive")
			.authorities(List.of("PERSON_READ", "PERSON_WRITE", "REPORT_READ", "EXPORT", "UNIT_READ", "UNIT_WRITE")
				.stream()
				.map(SimpleGrantedAuthority::new)
				.toList());
		RequestPostProcessor officer = TestUsers.officer(f.unitA());
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (var e : requests().entrySet()) {
			for (Supplier<MockHttpServletRequestBuilder> r : e.getValue()) {
				String what = e.getKey() + " " + describe(r.get());
				MockHttpServletResponse asClerk = call(r.get(), clerk);
				if (asClerk.getStatus() != 403) {
					wrong.add("clerk " + what + ": " + asClerk.getStatus());
				}
				MockHttpServletResponse asReader = call(r.get(), reader);
				if (asReader.getStatus() != 403) {
					wrong.add("reader " + what + ": " + asReader.getStatus());
				}
				else if (what.contains(" /api/") && !isHidden(asReader, e.getKey())) {
					wrong.add("reader " + what + ": not a hidden-field problem: " + asReader.getContentAsString());
				}
				MockHttpServletResponse asOfficer = call(r.get(), officer);
				if (asOfficer.getStatus() == 403 || asOfficer.getStatus() == 401 || asOfficer.getStatus() >= 500) {
					wrong.add("officer " + what + ": " + asOfficer.getStatus());
				}
				checked++;
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(checked).isGreaterThan(40);
	}

	/**
	 * A target's indicator over a figure counting a hidden field: refused to the clerk
	 * (no permission) and, in the service, to the reader without SENSITIVE_READ (over
	 * MockMvc its principal has no scope, so the programme is not found first).
	 */
	@Test
	void noIndicatorOverAFigureOfAHiddenField() throws Exception {
		for (String figure : List.of("PEOPLE_MINORITY", "PEOPLE_RELIGION")) {
			assertThat(call(indicator(figure), TestUsers.as(Role.CLERK, f.unitA())).getStatus()).isEqualTo(403);
			var reader = new org.springframework.security.authentication.TestingAuthenticationToken("reader", "x",
					"REPORT_READ", "UNIT_WRITE", "UNIT_READ", "PERSON_READ");
			org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(reader);
			try {
				assertThatThrownBy(() -> programmes.saveIndicator(programme, indicatorOver(figure), Scope.all()))
					.isInstanceOf(HiddenFieldException.class);
			}
			finally {
				org.springframework.security.core.context.SecurityContextHolder.clearContext();
			}
			assertThat(call(indicator(figure), TestUsers.officer(f.unitA())).getStatus()).isEqualTo(201);
		}
		// a figure of visible fields stays open to the reader
		var reader = new org.springframework.security.authentication.TestingAuthenticationToken("reader", "x",
				"REPORT_READ", "UNIT_WRITE");
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(reader);
		try {
			assertThat(programmes.saveIndicator(programme, indicatorOver("PEOPLE_WOMEN"), Scope.all()).id())
				.isNotNull();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	private static Indicator indicatorOver(String figure) {
		return new Indicator(null, "R-" + figure, "Tỷ lệ", Indicator.Kind.RATIO, Indicator.Direction.AT_LEAST,
				java.math.BigDecimal.TEN, figure, null, null, null, false, null, null, null, 1);
	}

	@Test
	void theClerksPersonSearchNamesTheRefusedField() throws Exception {
		RequestPostProcessor clerk = TestUsers.as(Role.CLERK, f.unitA());
		MockHttpServletResponse r = call(get("/api/v1/persons").param("ethnicity", "06"), clerk);
		assertThat(r.getStatus()).isEqualTo(403);
		assertThat(isHidden(r, "ethnicityCode")).isTrue();
		assertThat(r.getContentAsString()).contains("Dân tộc");
		// a filter by a field it sees stays open
		assertThat(call(get("/api/v1/persons").param("gender", "MALE").param("sort", "-birthDate"), clerk).getStatus())
			.isEqualTo(200);
		// the page offers no such filter to the clerk
		String page = call(get("/persons"), clerk).getContentAsString();
		assertThat(page).doesNotContain("name=\"ethnicity\"").doesNotContain("name=\"minority\"");
		assertThat(call(get("/persons"), TestUsers.officer(f.unitA())).getContentAsString())
			.contains("name=\"ethnicity\"");
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder r, RequestPostProcessor who) throws Exception {
		return mvc.perform(r.with(who).with(csrf())).andReturn().getResponse();
	}

	private static boolean isHidden(MockHttpServletResponse r, String field) throws Exception {
		String body = r.getContentAsString();
		return String.valueOf(r.getContentType()).startsWith("application/problem+json") && body.contains(HIDDEN)
				&& body.contains("\"field\":\"" + field + "\"");
	}

	private static String describe(MockHttpServletRequestBuilder r) {
		var req = r.buildRequest(new org.springframework.mock.web.MockServletContext());
		return req.getMethod() + " " + req.getRequestURI()
				+ (req.getQueryString() == null ? "" : "?" + req.getQueryString()) + " "
				+ req.getParameterMap().keySet();
	}

}
