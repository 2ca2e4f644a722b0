package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * Issue 20: the draft form records what the document needs (place prefilled from the
 * issuing unit's locality, proposer, signing authority, signer title, recipients), the
 * decision page and the API show it; point 7: a decision's effects and a revocation read
 * in words (person, kind, the post at its unit with dates dd/MM/yyyy, the revoked
 * decision's number), no "#id" left.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DecisionPageLabelsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CareerFixture fx;

	@Autowired
	DecisionService decisions;

	CareerFixture.Tree t;

	long person;

	RequestPostProcessor officer;

	@BeforeEach
	void data() {
		t = fx.tree();
		person = fx.person("Đinh Thị Nhãn", vn.canbo.people.Gender.FEMALE,
				vn.canbo.shared.PartialDate.of(LocalDate.of(1981, 3, 14)), t.a().id(), 3, LocalDate.of(2022, 1, 1));
		officer = TestUsers.officer(t.province().id());
	}

	@Test
	void theFormRecordsTheSigningDetailsAndThePageAndTheApiShowThem() throws Exception {
		String place = t.province().name().substring("Tỉnh ".length());
		String form = mvc.perform(get("/career/decisions/new").param("personId", String.valueOf(person)).with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"place\"", "value=\"" + place + "\"", "name=\"proposer\"",
				"name=\"signingAuthority\"", "name=\"signerTitle\"", "name=\"recipients\"", "KT. (cấp phó ký thay)");

		String number = CareerFixture.key() + "/QĐ-UBND";
		String location = mvc
			.perform(post("/career/decisions").with(officer)
				.with(csrf())
				.param("type", "TRANSFER")
				.param("number", number)
				.param("signedOn", "2026-01-05")
				.param("issuer", "UBND tỉnh Thử")
				.param("signer", "Nguyễn Văn Ký")
				.param("effectiveOn", "2026-02-01")
				.param("place", "Bình Giang")
				.param("proposer", "Giám đốc Sở Nội vụ")
				.param("signingAuthority", "KT")
				.param("signerTitle", "Phó Chủ tịch")
				.param("recipients", "Sở Nội vụ;\n- Như Điều 3;\n\nSở Tài chính\nSở Nội vụ")
				.param("subjects[0].personId", String.valueOf(person))
				.param("subjects[0].unitId", String.valueOf(t.b().id()))
				.param("subjects[0].titleCode", "CHUYEN_VIEN"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String page = mvc.perform(get("/career/decisions/{id}", id).with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Bình Giang", "Giám đốc Sở Nội vụ", "KT. (cấp phó ký thay) — Phó Chủ tịch",
				"- Sở Nội vụ", "- Sở Tài chính");
		mvc.perform(get("/api/v1/decisions/{id}", id).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signing.place").value("Bình Giang"))
			.andExpect(jsonPath("$.signing.proposer").value("Giám đốc Sở Nội vụ"))
			.andExpect(jsonPath("$.signing.authority").value("KT"))
			.andExpect(jsonPath("$.signing.signerTitle").value("Phó Chủ tịch"))
			.andExpect(jsonPath("$.signing.recipients.length()").value(3));
	}

	@Test
	void effectsAndARevocationReadInWordsWithoutIds() throws Exception {
		DecisionSigning signing = new DecisionSigning(null, "Trưởng phòng Nội vụ", DecisionSigning.Authority.KT,
				"Phó Chủ tịch", java.util.List.of("Sở Nội vụ"));
		Decision d = decisions.issue(
				decisions
					.create(CareerFixture
						.draft(DecisionType.TRANSFER, LocalDate.of(2026, 2, 1),
								DecisionSubject.post(person, t.b().id(), "PHO_CHU_TICH_UBND", null))
						.withSigning(signing), Scope.all())
					.id(),
				null, Scope.all());
		String page = text(mvc.perform(get("/career/decisions/{id}", d.id()).with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).contains("Đinh Thị Nhãn", "Chức vụ", "Kết thúc: Chuyên viên — " + t.a().name(),
				"(01/01/2010 – 01/02/2026)", "Tạo mới: Phó Chủ tịch UBND — " + t.b().name(), "(01/02/2026 – )",
				"Điều động", "01/02/2026");
		assertThat(ids(page)).as("ids on the decision page").isEmpty();

		String revocationNumber = "TH-" + CareerFixture.key();
		String location = mvc
			.perform(post("/career/decisions/{id}/revoke", d.id()).with(officer)
				.with(csrf())
				.param("number", revocationNumber)
				.param("signedOn", "2026-02-03")
				.param("issuer", "UBND tỉnh Thử"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String revocation = mvc.perform(get(location).with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(revocation).contains("href=\"/career/decisions/" + d.id() + "\">" + d.number() + "</a>");
		assertThat(ids(text(revocation))).as("ids on the revocation").isEmpty();
		// the revocation is signed like the decision it revokes
		assertThat(text(revocation)).contains("Trưởng phòng Nội vụ", "KT. (cấp phó ký thay) — Phó Chủ tịch");
		String revoked = text(mvc.perform(get("/career/decisions/{id}", d.id()).with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(revoked).contains(revocationNumber);
		assertThat(ids(revoked)).as("ids on the revoked decision").isEmpty();
	}

	/** The visible text of a page (no tags, scripts or styles). */
	private static String text(String html) {
		return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ");
	}

	private static java.util.List<String> ids(String text) {
		java.util.List<String> out = new java.util.ArrayList<>();
		Matcher m = Pattern.compile("#\\d+").matcher(text);
		while (m.find()) {
			out.add(text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10)));
		}
		return out;
	}

}
