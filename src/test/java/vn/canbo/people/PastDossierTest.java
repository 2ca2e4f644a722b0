package vn.canbo.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.canbo.people.PastScopeFixture.BEFORE;
import static vn.canbo.people.PastScopeFixture.CORRECTED;
import static vn.canbo.people.PastScopeFixture.LATE_AWARD;
import static vn.canbo.people.PastScopeFixture.LATE_FAMILY;
import static vn.canbo.people.PastScopeFixture.LATE_POLITICS;
import static vn.canbo.people.PastScopeFixture.MOVE;
import static vn.canbo.people.PastScopeFixture.OWN_AWARD;
import static vn.canbo.people.PastScopeFixture.OWN_POLITICS;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * A person who left the caller's scope is shown, as of a past date when they were in it,
 * only as they stood on that date (README, "Scopes"): across a transfer, a merger and a
 * correction; in the API, the dossier page and the 2C CV. Not transactional: every step
 * is recorded at its own instant (see {@link PastScopeFixture}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PastDossierTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonService people;

	@Autowired
	PastScopeFixture fixture;

	@Test
	void afterATransferTheOldCommuneSeesTheDossierAsItStoodOnThePastDate() throws Exception {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		fixture.transferToB(r);
		String newCccd = fixture.recordedLater(r, r.tree().communeB().id());
		RequestPostProcessor officerA = TestUsers.officer(r.tree().communeA().id());

		String body = mvc
			.perform(get("/api/v1/persons/" + r.personId()).param("asOf", BEFORE.toString()).with(officerA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.data.fullName").value(r.name()))
			.andExpect(jsonPath("$.mainPosition.unitId").value(r.tree().communeA().id()))
			// the post held on the date is shown open: its end after the date is hidden
			.andExpect(jsonPath("$.positions.length()").value(1))
			.andExpect(jsonPath("$.positions[0].validTo").doesNotExist())
			.andExpect(jsonPath("$.awards.length()").value(1))
			.andExpect(jsonPath("$.awards[0].reason").value(OWN_AWARD))
			.andExpect(jsonPath("$.family.length()").value(1))
			.andExpect(jsonPath("$.family[0].politicalHistory").value(OWN_POLITICS))
			.andExpect(jsonPath("$.person.data.nationalId").doesNotExist())
			.andExpect(jsonPath("$.person.data.phone").doesNotExist())
			.andExpect(jsonPath("$.person.data.permanentAddress").doesNotExist())
			.andExpect(jsonPath("$.person.data.ethnicityCode").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(laterSecrets(r, newCccd)).doesNotContain(r.oldNationalId());

		// the move's own day and today: outside A, not found
		mvc.perform(get("/api/v1/persons/" + r.personId()).param("asOf", MOVE.toString()).with(officerA))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/persons/" + r.personId()).with(officerA)).andExpect(status().isNotFound());

		// the new commune sees the whole dossier, as of the past date too (unchanged)
		PersonView b = people.get(r.personId(), BEFORE, Scope.of(r.tree().communeB().id()));
		assertThat(b.data().nationalId()).isEqualTo(newCccd);
		assertThat(b.awards()).extracting(Award::reason).contains(OWN_AWARD, LATE_AWARD);
		assertThat(b.positions()).hasSize(2);
	}

	@Test
	void theDossierPageAndTheCvOfThePastDateShowNothingRecordedLater() throws Exception {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		fixture.transferToB(r);
		String newCccd = fixture.recordedLater(r, r.tree().communeB().id());
		RequestPostProcessor officerA = TestUsers.officer(r.tree().communeA().id());
		List<String> secrets = laterSecrets(r, newCccd);

		String page = mvc.perform(get("/persons/" + r.personId()).param("asOf", "30/06/2025").with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(r.name(), r.tree().communeA().name(), OWN_AWARD)
			.doesNotContain(secrets)
			.doesNotContain(r.oldNationalId());
		// said so, read only, and its CV links keep the date
		assertThat(page).contains(vn.canbo.shared.Messages.text("people.asItStood", "30/06/2025"))
			.doesNotContain("/persons/" + r.personId() + "/edit")
			.contains("/documents/persons/" + r.personId() + "/cv.pdf?asOf=2025-06-30");
		String own = mvc
			.perform(get("/persons/" + r.personId()).param("asOf", "30/06/2025")
				.with(TestUsers.officer(r.tree().communeB().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(own).contains("/persons/" + r.personId() + "/edit", newCccd)
			.doesNotContain(vn.canbo.shared.Messages.text("people.asItStood", "30/06/2025"));

		byte[] pdf = mvc
			.perform(get("/api/v1/persons/" + r.personId() + "/cv.pdf").param("asOf", BEFORE.toString()).with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(pdfText(pdf)).contains(nfc(r.name()))
			.doesNotContain(nfc(secrets))
			.doesNotContain(r.oldNationalId(), nfc("năm 2020"));
		byte[] docx = mvc
			.perform(
					get("/api/v1/persons/" + r.personId() + "/cv.docx").param("asOf", BEFORE.toString()).with(officerA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// item 21 names an award by its form and year: A's of 2015, not B's of 2020
		assertThat(docxText(docx)).contains(nfc(r.name()), nfc("Giấy khen, năm 2015"))
			.doesNotContain(nfc("năm 2020"))
			.doesNotContain(nfc(secrets))
			.doesNotContain(r.oldNationalId());
	}

	@Test
	void aCorrectionOrDeletionRecordedAfterTheMoveIsUndoneForTheOldCommune() {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		fixture.transferToB(r);
		Scope b = Scope.of(r.tree().communeB().id());
		people.correct(r.personId(), HistoryKind.AWARD, r.awardId(),
				new Award(null, 2015, "LDTT", "15/QĐ-UBND", java.time.LocalDate.of(2015, 12, 1), "UBND xã", CORRECTED),
				b);
		people.deleteEntry(r.personId(), HistoryKind.FAMILY, r.familyId(), "Ghi nhầm", b);

		PersonView a = people.get(r.personId(), BEFORE, Scope.of(r.tree().communeA().id()));
		assertThat(a.awards()).extracting(Award::reason).containsExactly(OWN_AWARD);
		assertThat(a.awards().get(0).id()).isEqualTo(r.awardId());
		assertThat(a.family()).extracting(FamilyMember::politicalHistory).containsExactly(OWN_POLITICS);
		// the commune that made them sees the corrections
		PersonView now = people.get(r.personId(), BEFORE, b);
		assertThat(now.awards()).extracting(Award::reason).containsExactly(CORRECTED);
		assertThat(now.family()).isEmpty();
	}

	@Test
	void afterAMergerTheNewCommuneSeesTheWholePastAndTheEndedCommuneOnlyItsOwn() throws Exception {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		long merged = fixture.mergeAB(r);
		String newCccd = fixture.recordedLater(r, merged);

		// the commune formed by the merger: the whole dossier, as of before the merger
		// too
		mvc.perform(
				get("/api/v1/persons/" + r.personId()).param("asOf", BEFORE.toString()).with(TestUsers.officer(merged)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mainPosition.unitId").value(r.tree().communeA().id()))
			.andExpect(jsonPath("$.person.data.nationalId").value(newCccd))
			.andExpect(jsonPath("$.awards.length()").value(2))
			.andExpect(jsonPath("$.family.length()").value(2));

		// a user still scoped to the ended commune: its own records only
		Scope a = Scope.of(r.tree().communeA().id());
		PersonView old = people.get(r.personId(), BEFORE, a);
		assertThat(old.mainPosition().unitId()).isEqualTo(r.tree().communeA().id());
		assertThat(old.positions()).singleElement().satisfies(p -> assertThat(p.validTo()).isNull());
		assertThat(old.awards()).extracting(Award::reason).containsExactly(OWN_AWARD);
		assertThat(old.family()).extracting(FamilyMember::politicalHistory).containsExactly(OWN_POLITICS);
		assertThat(old.data().nationalId()).isNull();
		assertThatThrownBy(() -> people.get(r.personId(), null, a)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aPersonStillInTheScopeIsShownWholeAsOfAPastDate() {
		PastScopeFixture.Recorded r = fixture.inCommuneA();
		Scope a = Scope.of(r.tree().communeA().id());
		people.add(r.personId(), HistoryKind.AWARD,
				new Award(null, 2026, "GIAY_KHEN", "26/QĐ-UBND", java.time.LocalDate.of(2026, 1, 5), "UBND xã", "Mới"),
				a);
		PersonView v = people.get(r.personId(), BEFORE, a);
		assertThat(v.data().nationalId()).isEqualTo(r.oldNationalId());
		assertThat(v.awards()).extracting(Award::reason).containsExactlyInAnyOrder(OWN_AWARD, "Mới");
	}

	/** What commune B recorded after the move, and B itself. */
	static List<String> laterSecrets(PastScopeFixture.Recorded r, String newCccd) {
		return List.of(LATE_AWARD, LATE_FAMILY, LATE_POLITICS, CORRECTED, newCccd, "0987654321",
				r.tree().communeB().name());
	}

	static String nfc(String s) {
		return Normalizer.normalize(s, Normalizer.Form.NFC);
	}

	static String[] nfc(List<String> s) {
		return s.stream().map(PastDossierTest::nfc).toArray(String[]::new);
	}

	static String pdfText(byte[] pdf) throws java.io.IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return nfc(new PDFTextStripper().getText(doc));
		}
	}

	static String docxText(byte[] docx) throws java.io.IOException {
		try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
			return nfc(x.getText());
		}
	}

}
