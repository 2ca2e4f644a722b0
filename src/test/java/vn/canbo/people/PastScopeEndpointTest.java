package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.canbo.security.TestUsers;

/**
 * Every GET endpoint of the running application that takes a date ({@code asOf}, as a
 * parameter or in its query record) and addresses a person (or nothing), called by the
 * officer of the commune a person has left, as of a date before the move: no answer may
 * show what the new commune recorded after the move (README, "Scopes"), so that a new
 * endpoint cannot forget the rule. Not transactional (see {@link PastScopeFixture}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PastScopeEndpointTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PastScopeFixture fixture;

	@Test
	void noDatedEndpointShowsWhatWasRecordedAfterATransfer() throws Exception {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		fixture.transferToB(r);
		String newCccd = fixture.recordedLater(r, r.tree().communeB().id());
		assertThat(problems(r, newCccd)).isEmpty();
	}

	@Test
	void noDatedEndpointShowsWhatWasRecordedAfterAMergerToAUserOfTheEndedCommune() throws Exception {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		String newCccd = fixture.recordedLater(r, fixture.mergeAB(r));
		assertThat(problems(r, newCccd)).isEmpty();
	}

	/**
	 * What the officer of commune A sees, as of the day before the move, of what was
	 * recorded after it; one line per endpoint and secret.
	 */
	private List<String> problems(PastScopeFixture.Recorded r, String newCccd) throws Exception {
		RequestPostProcessor officerA = TestUsers.officer(r.tree().communeA().id());
		List<String> later = new ArrayList<>(PastDossierTest.laterSecrets(r, newCccd));
		later.add(r.oldNationalId());
		List<String> problems = new ArrayList<>();
		Set<String> checked = new TreeSet<>();
		for (Dated e : datedEndpoints()) {
			for (String ext : e.pattern().contains("{ext") ? List.of("pdf", "docx") : List.of("")) {
				String url = fill(e.pattern(), r.personId(), ext);
				if (url == null) {
					continue;
				}
				checked.add(e.pattern());
				String asOf = e.isoDate() ? PastScopeFixture.BEFORE.toString() : "30/06/2025";
				MockHttpServletResponse res = mvc.perform(get(url).param("asOf", asOf).with(officerA))
					.andReturn()
					.getResponse();
				if (res.getStatus() >= 500) {
					problems.add(url + ": server error " + res.getStatus());
				}
				String text = PastDossierTest.nfc(text(res));
				for (String secret : later) {
					if (text.contains(PastDossierTest.nfc(secret))) {
						problems.add(url + "?asOf=" + asOf + " shows \"" + secret + "\" recorded after the move");
					}
				}
			}
		}
		assertThat(checked).contains("/api/v1/persons", "/api/v1/persons/export.xlsx", "/api/v1/persons/{id}",
				"/api/v1/persons/{id}/cv.{ext:docx|pdf}", "/persons", "/persons/{id}",
				"/documents/persons/{id}/cv.{ext:docx|pdf}");
		return problems;
	}

	/** A GET pattern whose handler takes a date, ISO or typed (dd/MM/yyyy). */
	record Dated(String pattern, boolean isoDate) {
	}

	private List<Dated> datedEndpoints() {
		List<Dated> out = new ArrayList<>();
		for (RequestMappingHandlerMapping m : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
			for (var entry : m.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = entry.getKey();
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
					continue;
				}
				Class<?> date = dateType(entry.getValue());
				if (date != null) {
					info.getPatternValues().forEach(p -> out.add(new Dated(p, date != String.class)));
				}
			}
		}
		return out;
	}

	/**
	 * The type of the handler's {@code asOf}: a parameter of that name or a component of
	 * a record parameter; null without one.
	 */
	private static Class<?> dateType(HandlerMethod h) {
		for (MethodParameter p : h.getMethodParameters()) {
			p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			if ("asOf".equals(p.getParameterName())) {
				return p.getParameterType();
			}
			if (p.getParameterType().isRecord()) {
				var c = Arrays.stream(p.getParameterType().getRecordComponents())
					.filter(rc -> rc.getName().equals("asOf"))
					.findFirst();
				if (c.isPresent()) {
					return c.get().getType();
				}
			}
		}
		return null;
	}

	/**
	 * The pattern with the person's id; null when it names anything else (a unit, a
	 * decision…: not this test's concern).
	 */
	private static String fill(String pattern, long personId, String ext) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String before = pattern.substring(0, m.start());
			String v = switch (name) {
				case "id" -> before.endsWith("/persons/") ? String.valueOf(personId) : null;
				case "personId" -> String.valueOf(personId);
				case "ext" -> ext;
				default -> null;
			};
			if (v == null) {
				return null;
			}
			m.appendReplacement(sb, Matcher.quoteReplacement(v));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	/** The answer as text: a zip (.xlsx, .docx) unpacked, a PDF's text extracted. */
	private static String text(MockHttpServletResponse r) throws IOException {
		byte[] bytes = r.getContentAsByteArray();
		if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
			return PastDossierTest.pdfText(bytes);
		}
		if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
			// a file: the export's entries carry data descriptors that a zip stream
			// cannot read
			StringBuilder sb = new StringBuilder();
			java.nio.file.Path tmp = java.nio.file.Files.createTempFile("past-scope", ".zip");
			try {
				java.nio.file.Files.write(tmp, bytes);
				try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
					for (var z : java.util.Collections.list(zip.entries())) {
						sb.append(new String(zip.getInputStream(z).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			finally {
				java.nio.file.Files.deleteIfExists(tmp);
			}
			return sb.toString();
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
