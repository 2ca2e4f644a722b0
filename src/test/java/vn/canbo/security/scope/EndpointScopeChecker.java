package vn.canbo.security.scope;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Enumerates EVERY endpoint registered in the application's
 * {@link RequestMappingHandlerMapping}s and proves, for commune A's officer, that none of
 * them reads, lists, searches, exports or changes anything of commune B; and that none
 * answers an unauthenticated caller. Returns the problems found (empty = all good), each
 * naming its endpoint, so that a new endpoint that forgets the scope — or uses a path
 * variable this checker does not know — fails.
 * <p>
 * Rules, per endpoint ({@code METHOD pattern}):
 * <ul>
 * <li>path variables are filled with B's ids ({id} of a person or unit, {entryId},
 * {positionId}…) or valid constants ({type}, {code}, {year}); an unknown variable name is
 * a problem; an endpoint with a history {kind} is called once per kind;</li>
 * <li>an endpoint addressing B by a path variable must answer 404 or 403;</li>
 * <li>any endpoint (lists, searches, exports, creations with B's unit in the body or
 * query) must not mention B (person name, unit name, national ID) in its body, exports
 * unzipped;</li>
 * <li>after a write, B's state in the database is unchanged;</li>
 * <li>endpoints in {@link #NOT_SCOPED} are exempt from the scope rules, each for its
 * stated reason;</li>
 * <li>without authentication every endpoint except {@link #isPublic public ones} answers
 * 401 (API) or redirects to /login (UI).</li>
 * </ul>
 */
public final class EndpointScopeChecker {

	/**
	 * Endpoints that do not touch scoped data, with the reason. Keys: "METHOD pattern".
	 */
	public static final Map<String, String> NOT_SCOPED = Map.ofEntries(
			Map.entry("GET /login", "the login page: public, no data"),
			Map.entry("GET /error", "Spring Boot's error rendering"),
			Map.entry("POST /error", "Spring Boot's error rendering"),
			Map.entry("PUT /error", "Spring Boot's error rendering"),
			Map.entry("DELETE /error", "Spring Boot's error rendering"),
			Map.entry("GET /api/v1/catalogs", "reference catalogs are the same for every unit (not scoped data)"),
			Map.entry("GET /api/v1/catalogs/{type}", "reference catalogs are the same for every unit"),
			Map.entry("GET /api/v1/catalogs/{type}/{code}", "reference catalogs are the same for every unit"),
			Map.entry("GET /catalogs", "reference catalogs are the same for every unit"),
			Map.entry("GET /catalogs/{type}", "reference catalogs are the same for every unit"),
			Map.entry("GET /catalogs/{type}/export.xlsx", "reference catalogs are the same for every unit"),
			Map.entry("GET /catalogs/{type}/{code}/edit",
					"reference catalogs (editing needs CATALOG_WRITE, checked by CatalogPageTest)"),
			Map.entry("GET /account", "the signed-in user's own account page"),
			Map.entry("POST /account/tokens", "creates a token for the signed-in user only"),
			Map.entry("POST /account/tokens/{id}/revoke",
					"revokes one of the signed-in user's own tokens (others' ids: no effect, ApiTokenTest)"),
			Map.entry("POST /account/password", "changes the signed-in user's own password"),
			Map.entry("GET /rules/{key}",
					"rule parameters (retirement ages, terms…) are one configuration for the whole system"),
			Map.entry("GET /api/v1/rules/{key}", "rule parameters are one configuration for the whole system"),
			Map.entry("GET /rules/holidays/{year}", "the holiday calendar is one configuration for the whole country"),
			Map.entry("GET /api/v1/rules/holidays/{year}",
					"the holiday calendar is one configuration for the whole country"));

	/** Path prefixes open without authentication (as in SecurityConfig). */
	static final List<String> PUBLIC_PREFIXES = List.of("/login", "/error", "/api/v1/openapi", "/api/docs",
			"/swagger-ui", "/v3/api-docs", "/oauth2", "/login/oauth2");

	static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

	/**
	 * {@code multipart}: the handler takes an uploaded file, so it is called with a
	 * multipart request.
	 */
	public record Endpoint(HttpMethod method, String pattern, boolean multipart) implements Comparable<Endpoint> {

		public Endpoint(HttpMethod method, String pattern) {
			this(method, pattern, false);
		}

		public String key() {
			return method.name() + " " + pattern;
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}

		boolean addressed() {
			return VARIABLE.matcher(pattern).find();
		}

		@Override
		public int compareTo(Endpoint o) {
			return key().compareTo(o.key());
		}
	}

	private final MockMvc mvc;

	private final TwoCommunes f;

	private final Supplier<String> stateOfB;

	private final RequestPostProcessor officerOfA;

	public EndpointScopeChecker(MockMvc mvc, TwoCommunes fixture, Supplier<String> stateOfB,
			RequestPostProcessor officerOfA) {
		this.mvc = mvc;
		this.f = fixture;
		this.stateOfB = stateOfB;
		this.officerOfA = officerOfA;
	}

	/**
	 * Every endpoint of every RequestMappingHandlerMapping of the context; a mapping
	 * without method = GET and POST.
	 */
	public static List<Endpoint> endpoints(ApplicationContext context) {
		Set<Endpoint> all = new java.util.TreeSet<>();
		for (RequestMappingHandlerMapping m : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			for (var entry : m.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = entry.getKey();
				boolean multipart = java.util.Arrays.stream(entry.getValue().getMethodParameters())
					.anyMatch(mp -> org.springframework.web.multipart.MultipartFile.class
						.isAssignableFrom(mp.getParameterType()));
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				Set<String> patterns = info.getPatternValues();
				for (String p : patterns) {
					for (RequestMethod rm : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
							: methods) {
						all.add(new Endpoint(rm.asHttpMethod(), p, multipart));
					}
				}
			}
		}
		return new ArrayList<>(all);
	}

	/**
	 * The endpoints with a {@code {kind}} variable (a history kind:
	 * /persons/{id}/{kind}…) expanded to one endpoint per kind, so that every kind is
	 * checked.
	 */
	static List<Endpoint> everyKind(List<Endpoint> endpoints) {
		List<Endpoint> out = new ArrayList<>();
		for (Endpoint e : endpoints) {
			if (e.pattern().contains("{kind}")) {
				vn.canbo.people.HistoryKind.values()
					.forEach(k -> out
						.add(new Endpoint(e.method(), e.pattern().replace("{kind}", k.segment()), e.multipart())));
			}
			else {
				out.add(e);
			}
		}
		return out;
	}

	public static boolean isPublic(Endpoint e) {
		return PUBLIC_PREFIXES.stream()
			.anyMatch(p -> e.pattern().equals(p) || e.pattern().startsWith(p + "/") || e.pattern().startsWith(p + ".")
					|| e.pattern().startsWith(p + "**"));
	}

	// ------------------------------------------------------------------ scope

	/** Problems of commune A's officer against B, one line per endpoint at fault. */
	public List<String> checkScope(List<Endpoint> endpoints) throws Exception {
		List<String> problems = new ArrayList<>();
		for (Endpoint e : everyKind(endpoints)) {
			if (NOT_SCOPED.containsKey(e.key()) || isPublic(e)) {
				continue;
			}
			String url;
			try {
				url = fill(e);
			}
			catch (IllegalArgumentException ex) {
				problems.add(e.key() + ": " + ex.getMessage());
				continue;
			}
			String before = stateOfB.get();
			MockHttpServletResponse r = mvc.perform(request(e, url).with(officerOfA)).andReturn().getResponse();
			int status = r.getStatus();
			if (e.addressed() && status == 400 && refusesAlikeWhatDoesNotExist(e)) {
				status = 404; // the request was refused for its own form, whatever it
								// addresses: existence does not leak
			}
			if (e.addressed() && status != 404 && status != 403) {
				problems.add(e.key() + ": answered " + status + " to commune A's officer for B's " + url
						+ " (expected 404 or 403)");
			}
			if (status >= 500) {
				problems.add(e.key() + ": server error " + status);
			}
			String body = text(r);
			for (String secret : f.secrets()) {
				if (body.contains(secret)) {
					problems.add(e.key() + ": the answer to commune A's officer contains B's \"" + secret + "\"");
				}
			}
			if (e.method() != HttpMethod.GET && !before.equals(stateOfB.get())) {
				problems.add(e.key() + ": B's data changed after a call by commune A's officer");
			}
		}
		return problems;
	}

	/**
	 * Unauthenticated: 401 for the API, a redirect to /login for pages; public endpoints
	 * excepted.
	 */
	public List<String> checkUnauthenticated(List<Endpoint> endpoints) throws Exception {
		List<String> problems = new ArrayList<>();
		for (Endpoint e : everyKind(endpoints)) {
			if (isPublic(e)) {
				continue;
			}
			String url;
			try {
				url = fill(e);
			}
			catch (IllegalArgumentException ex) {
				problems.add(e.key() + ": " + ex.getMessage());
				continue;
			}
			String before = stateOfB.get();
			MockHttpServletResponse r = mvc.perform(request(e, url)).andReturn().getResponse();
			if (e.api()) {
				if (r.getStatus() != 401) {
					problems.add(e.key() + ": answered " + r.getStatus() + " without authentication (expected 401)");
				}
			}
			else if (r.getStatus() != 302 || r.getRedirectedUrl() == null || !r.getRedirectedUrl().endsWith("/login")) {
				problems.add(e.key() + ": answered " + r.getStatus() + " → " + r.getRedirectedUrl()
						+ " without authentication (expected a redirect to /login)");
			}
			String body = text(r);
			for (String secret : f.secrets()) {
				if (body.contains(secret)) {
					problems.add(e.key() + ": the unauthenticated answer contains B's \"" + secret + "\"");
				}
			}
			if (!before.equals(stateOfB.get())) {
				problems.add(e.key() + ": B's data changed after an unauthenticated call");
			}
		}
		return problems;
	}

	// ------------------------------------------------------------------ requests

	/** The URL with every path variable filled with B's ids or valid constants. */
	/**
	 * A 400 (malformed request: a missing parameter, an unreadable body) reveals nothing
	 * of B when the same request addressed to ids that exist nowhere is refused the same
	 * way.
	 */
	private boolean refusesAlikeWhatDoesNotExist(Endpoint e) throws Exception {
		String ghost = fill(e, true);
		return mvc.perform(request(e, ghost).with(officerOfA)).andReturn().getResponse().getStatus() == 400;
	}

	String fill(Endpoint e) {
		return fill(e, false);
	}

	/**
	 * The pattern with B's values; {@code ghost}: numeric ids replaced by one that exists
	 * nowhere.
	 */
	String fill(Endpoint e, boolean ghost) {
		String p = e.pattern().replace("/**", "/x").replace("/*", "/x");
		Matcher m = VARIABLE.matcher(p);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String v = value(m.group(1), p.substring(0, m.start()), p);
			if (v == null) {
				throw new IllegalArgumentException("unknown path variable {" + m.group(1)
						+ "}: teach EndpointScopeChecker.value() what of commune B to put there");
			}
			m.appendReplacement(sb, Matcher.quoteReplacement(ghost && v.matches("\\d+") ? "987654321" : v));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	/** B's value for a path variable, from its name and the path before it. */
	String value(String name, String before, String pattern) {
		String last = before.replaceAll("/$", "");
		last = last.substring(last.lastIndexOf('/') + 1);
		return switch (name) {
			case "id" -> before.contains("/evaluations") ? s(f.campaignB()) : before.contains("/decisions")
					? s(f.decisionB())
					: before.contains("/imports") ? s(f.importJobB()) : before.contains("/targets") || before
						.contains("/programmes") ? s(f.programmeB()) : before.contains("/populations")
								? s(f.populationB())
								: before.contains("/persons") ? s(f.personB()) : before.contains("/units")
										? s(f.unitB())
										: before.contains("/admin/users") || before.contains("/tokens") ? "1" : null;
			case "personId", "pid", "person" -> s(f.personB());
			case "unitId", "unit", "parentId" -> s(f.unitB());
			case "positionId" -> s(f.positionB());
			case "subjectId" -> s(f.subjectB());
			case "courseId" -> s(f.courseB());
			case "enrolmentId" -> s(f.enrolmentB());
			case "planId" -> s(f.planB());
			case "candidateId" -> s(f.candidateB());
			case "partyOrgId" -> s(f.partyOrgB());
			case "partyMemberId" -> s(f.partyMemberB());
			case "partyCandidateId" -> s(f.partyCandidateB());
			case "partyPlanId" -> s(f.partyPlanB());
			case "salaryId" -> s(f.salaryB());
			case "awardId" -> s(f.awardB());
			case "familyId", "memberId" -> s(f.familyB());
			case "entryId", "entry" -> switch (last) {
				case "positions" -> s(f.positionB());
				case "salaries" -> s(f.salaryB());
				case "family" -> s(f.familyB());
				default -> s(f.awardB()); // {kind}/{entryId} is filled as awards/<B's
											// award>
			};
			case "kind", "section", "segment" -> "awards";
			case "action" -> "delete";
			case "indicatorId" -> s(f.indicatorB());
			case "key" -> "appoint.term_months"; // rules are one configuration for the
													// whole system (not scoped)
			case "type" -> "ETHNICITY";
			case "code" -> "01";
			case "year" -> "2026";
			case "date" -> "2026-02-17"; // a day of the holiday calendar (not scoped)
			case "ext" -> pattern.contains("pdf") ? "pdf" : null; // a file kind:
																	// cv.{ext:docx|pdf}
			default -> null;
		};
	}

	private static String s(long v) {
		return String.valueOf(v);
	}

	org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request(Endpoint e,
			String url) {
		org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> b = (e.multipart()
				? MockMvcRequestBuilders.multipart(e.method(), java.net.URI.create(url))
					.file(new org.springframework.mock.web.MockMultipartFile("file", "phamvi.pdf", "application/pdf",
							"%PDF-1.4 scope check".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
				: (org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>) MockMvcRequestBuilders
					.request(e.method(), url))
			.param("unitId", s(f.unitB()))
			.param("parentId", s(f.unitB()))
			.param("personId", s(f.personB()));
		if (e.method() == HttpMethod.GET) {
			return b;
		}
		if (e.multipart()) {
			return b.with(csrf()).param("date", "2026-06-01").param("reason", "kiểm tra phạm vi");
		}
		if (e.api()) {
			return b.param("date", "2026-06-01")
				.param("reason", "kiểm tra phạm vi")
				.param("version", "0")
				.contentType(MediaType.APPLICATION_JSON)
				.content(jsonBody(e));
		}
		// a plausible form: every field the UI forms of units, dossiers and catalogs ask
		// for
		return b.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("code", "SCOPE-X")
			.param("name", "Tên thử phạm vi")
			.param("typeCode", "UBND")
			.param("level", "COMMUNE")
			.param("effectiveDate", "2026-06-01")
			.param("validFrom", "2026-06-01")
			.param("date", "2026-06-01")
			.param("otherCodes", "SCOPE-Y")
			.param("successor", "THIS")
			.param("newUnits", "SCOPE-N1 | Một\nSCOPE-N2 | Hai")
			.param("year", "2026")
			.param("quota", "5")
			.param("reason", "kiểm tra phạm vi")
			.param("version", "0")
			.param("fullName", "Tên thử phạm vi");
	}

	/** A JSON body that would succeed if the scope were not checked. */
	String jsonBody(Endpoint e) {
		String p = e.pattern();
		if (p.equals("/api/v1/persons") && e.method() == HttpMethod.POST) {
			return "{\"data\":null,\"mainPosition\":{\"unitId\":" + f.unitB()
					+ ",\"titleCode\":\"CHUYEN_VIEN\",\"validFrom\":\"2020-01-01\"}}";
		}
		if (p.equals("/api/v1/persons/{id}") && e.method() == HttpMethod.PUT) {
			return "{\"version\":0,\"data\":null}";
		}
		if (p.equals("/api/v1/units") && e.method() == HttpMethod.POST) {
			return "{\"code\":\"SCOPE-C\",\"name\":\"Đơn vị thử\",\"typeCode\":\"UBND\",\"level\":\"COMMUNE\",\"parentId\":"
					+ f.unitB() + ",\"validFrom\":\"2026-06-01\"}";
		}
		if (p.equals("/api/v1/restructurings")) {
			return "{\"kind\":\"RENAME\",\"unitId\":" + f.unitB()
					+ ",\"name\":\"Tên mới thử\",\"effectiveDate\":\"2026-06-01\"}";
		}
		if (p.equals("/api/v1/reports/populations/count")) {
			// issue 14: the live count of an unsaved population rooted in B
			return "{\"rootUnitIds\":[" + f.unitB() + "]}";
		}
		if (p.equals("/api/v1/training/courses") || p.equals("/api/v1/training/courses/{courseId}")) {
			// issue 16: a course organised by B
			return "{\"code\":\"SCOPE-K\",\"name\":\"Khóa thử phạm vi\",\"kind\":\"TITLE_POSITION\",\"unitId\":"
					+ f.unitB()
					+ ",\"organiser\":\"Trường thử\",\"startsOn\":\"2024-01-01\",\"endsOn\":\"2024-01-02\"}";
		}
		if (p.equals("/api/v1/training/sendings")) {
			return "{\"number\":\"1/QĐ\",\"decidedOn\":\"2024-01-01\",\"issuer\":\"UBND\",\"courseId\":" + f.courseB()
					+ ",\"personIds\":[" + f.personB() + "]}";
		}
		if (p.equals("/api/v1/training/courses/{courseId}/results")) {
			return "[{\"enrolmentId\":" + f.enrolmentB() + ",\"result\":\"WITHDRAWN\",\"resultOn\":\"2024-03-10\"}]";
		}
		if (p.equals("/api/v1/training/enrolments/{enrolmentId}/revocation")) {
			return "{\"revokedOn\":\"2024-04-01\",\"reason\":\"kiểm tra phạm vi\"}";
		}
		if (p.equals("/api/v1/planning/plans")) {
			// issue 17: a plan of B
			return "{\"unitId\":" + f.unitB() + ",\"termCode\":\"DANG_2030_2035\",\"kind\":\"NEXT\","
					+ "\"decisionNumber\":\"1/QĐ\",\"decidedOn\":\"2026-01-01\",\"issuer\":\"Đảng ủy\","
					+ "\"titleCodes\":[\"CHU_TICH_UBND\"]}";
		}
		if (p.equals("/api/v1/planning/plans/{planId}/titles")) {
			return "{\"titleCode\":\"CHU_TICH_HDND\",\"addedOn\":\"2026-01-01\"}";
		}
		if (p.equals("/api/v1/planning/plans/{planId}/checks")
				|| p.equals("/api/v1/planning/plans/{planId}/candidates")) {
			return "{\"titleCode\":\"PHO_CHU_TICH_UBND\",\"personId\":" + f.personB()
					+ ",\"addedOn\":\"2026-01-15\",\"source\":\"INTERNAL\",\"justification\":\"kiểm tra phạm vi\"}";
		}
		if (p.equals("/api/v1/planning/candidates/{candidateId}/removal")) {
			return "{\"removedOn\":\"2026-02-01\",\"reason\":\"kiểm tra phạm vi\",\"decisionNumber\":\"1/QĐ\","
					+ "\"decidedOn\":\"2026-02-01\"}";
		}
		if (p.equals("/api/v1/planning/plans/{planId}/review")) {
			// issue 17 (planning2): B's candidate removed by an annual review
			return "{\"removedOn\":\"2026-02-01\",\"decisionNumber\":\"1/QĐ\",\"decidedOn\":\"2026-02-01\","
					+ "\"items\":[{\"candidateId\":" + f.candidateB() + ",\"reason\":\"kiểm tra phạm vi\"}]}";
		}
		if (p.equals("/api/v1/planning/candidates/{candidateId}/votes")) {
			return "{\"step\":\"PROPOSAL\",\"heldOn\":\"2026-02-01\"}";
		}
		if (p.equals("/api/v1/party/orgs")) {
			// issue 18: an organisation under B's chi bộ's committee, of B's unit
			return "{\"code\":\"SCOPE-P\",\"name\":\"Chi bộ thử\",\"level\":\"CELL\",\"placeKind\":\"SCHOOL\","
					+ "\"parentId\":" + f.partyOrgB() + ",\"unitId\":" + f.unitB() + ",\"validFrom\":\"2020-01-01\"}";
		}
		if (p.equals("/api/v1/party/orgs/{partyOrgId}/dissolution")) {
			return "{\"validTo\":\"2026-06-01\"}";
		}
		if (p.equals("/api/v1/party/members") || p.equals("/api/v1/party/candidates")) {
			return "{\"orgId\":" + f.partyOrgB() + ",\"fullName\":\"Người thử\",\"gender\":\"MALE\","
					+ "\"birthDate\":\"1990-01-01\",\"admissionDecidedOn\":\"2020-01-02\",\"source\":\"SCHOOL\","
					+ "\"registeredOn\":\"2025-01-02\"}";
		}
		if (p.equals("/api/v1/party/members/{partyMemberId}/statuses")) {
			return "{\"status\":\"DECEASED\",\"validFrom\":\"2026-06-01\"}";
		}
		if (p.equals("/api/v1/party/members/{partyMemberId}/moves")) {
			return "{\"orgId\":" + f.partyOrgB() + ",\"validFrom\":\"2026-06-01\"}";
		}
		if (p.equals("/api/v1/party/members/{partyMemberId}/cards")) {
			return "{\"cardNumber\":\"99887766\",\"issuedOn\":\"2026-06-01\"}";
		}
		if (p.equals("/api/v1/party/members/{partyMemberId}/exemptions")) {
			return "{\"validFrom\":\"2026-06-01\",\"reason\":\"kiểm tra phạm vi\"}";
		}
		if (p.equals("/api/v1/party/candidates/{partyCandidateId}/class")) {
			return "{\"certificateNumber\":\"1\",\"completedOn\":\"2025-06-01\",\"issuer\":\"TTCT\"}";
		}
		if (p.equals("/api/v1/party/arrivals")) {
			// party3: an arrival at B's chi bộ
			return "{\"orgId\":" + f.partyOrgB()
					+ ",\"fullName\":\"Người đến\",\"gender\":\"MALE\",\"birthDate\":\"1990-01-01\","
					+ "\"admissionDecidedOn\":\"2015-01-01\",\"fromExternal\":\"Chi bộ X tỉnh Y\","
					+ "\"letterNumber\":\"1-GGT\",\"introducedOn\":\"2026-01-05\",\"presentedOn\":\"2026-01-10\"}";
		}
		if (p.equals("/api/v1/party/orgs/{partyOrgId}/names")) {
			return "{\"name\":\"Tên mới thử\",\"validFrom\":\"2026-01-01\",\"decisionNumber\":\"1-QĐ\","
					+ "\"decisionDate\":\"2025-12-01\"}";
		}
		if (p.equals("/api/v1/party/plans") || p.equals("/api/v1/party/plans/{partyPlanId}")) {
			// party3: a plan of B's organisation, or B's plan edited (version 0)
			return "{\"orgId\":" + f.partyOrgB()
					+ ",\"yearFrom\":2027,\"name\":\"Kế hoạch thử\",\"target\":5,\"version\":0}";
		}
		if (p.equals("/api/v1/party/candidates/{partyCandidateId}/steps")) {
			return "{\"step\":\"APPLICATION\",\"doneOn\":\"2025-06-01\"}";
		}
		if (p.contains("/quotas/")) {
			return "{\"quota\":5}";
		}
		if (p.endsWith("/salaries") || p.endsWith("/salaries/{entryId}")) {
			return "{\"rankCode\":\"01.003\",\"step\":3,\"validFrom\":\"2024-01-01\"}";
		}
		if (p.endsWith("/awards") || p.endsWith("/awards/{entryId}")) {
			return "{\"year\":2024,\"formCode\":\"GIAY_KHEN\"}";
		}
		return "{}";
	}

	/**
	 * The body as text; an .xlsx (zip) is unpacked so that its sheets are searched too.
	 */
	static String text(MockHttpServletResponse r) throws IOException {
		byte[] bytes = r.getContentAsByteArray();
		if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
			StringBuilder sb = new StringBuilder();
			java.nio.file.Path tmp = java.nio.file.Files.createTempFile("scope-check", ".zip");
			try {
				java.nio.file.Files.write(tmp, bytes);
				try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
					for (ZipEntry z : java.util.Collections.list(zip.entries())) {
						sb.append(new String(zip.getInputStream(z).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			finally {
				java.nio.file.Files.deleteIfExists(tmp);
			}
			return sb.toString();
		}
		return new String(bytes, StandardCharsets.UTF_8) + " "
				+ r.getHeaderNames().stream().map(h -> h + ": " + r.getHeaderValues(h)).reduce("", String::concat);
	}

	/** For reports: endpoints grouped by whether they are public, exempt or checked. */
	public static Map<String, String> classify(List<Endpoint> endpoints) {
		Map<String, String> m = new TreeMap<>();
		for (Endpoint e : endpoints) {
			m.put(e.key(), isPublic(e) ? "public"
					: NOT_SCOPED.containsKey(e.key()) ? "not scoped: " + NOT_SCOPED.get(e.key()) : "checked");
		}
		return m;
	}

}
