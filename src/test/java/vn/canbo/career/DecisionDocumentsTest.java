package vn.canbo.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.TestUsers;
import vn.canbo.shared.Scope;

/**
 * The decision document (văn bản quyết định) is the Word template of its type filled from
 * the issued decision.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DecisionDocumentsTest {

	@Autowired
	CareerFixture fx;

	@Autowired
	DecisionService decisions;

	@Autowired
	MockMvc mvc;

	@Test
	void appointmentDocumentCarriesTheDecisionAndThePerson() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Trần Thị Ngọc Hằng", t.a().id());
		Decision d = decisions.issue(
				decisions.create(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2026, 2, 1),
						DecisionSubject.post(id, t.a().id(), "PHO_CHU_TICH_UBND", null)), Scope.all())
					.id(),
				null, Scope.all());

		byte[] docx = mvc
			.perform(get("/career/decisions/{id}/persons/{p}/document.docx", d.id(), id)
				.with(TestUsers.officer(t.a().id())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
			text = x.getText();
		}
		assertThat(text).contains("Trần Thị Ngọc Hằng", d.number(), "Phó Chủ tịch UBND", "01/02/2026", "Chuyên viên")
			.doesNotContain("{{");

		byte[] pdf = mvc
			.perform(get("/career/decisions/{id}/persons/{p}/document.pdf", d.id(), id)
				.with(TestUsers.officer(t.a().id())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var p = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(p)).contains("Trần Thị Ngọc Hằng");
		}
	}

	@Test
	void outsideTheScopeOrWithoutATemplateThereIsNoDocument() throws Exception {
		CareerFixture.Tree t = fx.tree();
		long id = fx.person("Lý Văn Tám", t.a().id());
		Decision d = decisions.issue(
				decisions.create(CareerFixture.draft(DecisionType.APPOINTMENT, LocalDate.of(2026, 2, 1),
						DecisionSubject.post(id, t.a().id(), "PHO_CHU_TICH_UBND", null)), Scope.all())
					.id(),
				null, Scope.all());
		mvc.perform(
				get("/career/decisions/{id}/persons/{p}/document.docx", d.id(), id).with(TestUsers.officer(t.b().id())))
			.andExpect(status().isNotFound());
		// a person who is not a subject of the decision
		long other = fx.person("Lý Thị Chín", t.a().id());
		mvc.perform(get("/career/decisions/{id}/persons/{p}/document.docx", d.id(), other)
			.with(TestUsers.officer(t.a().id()))).andExpect(status().isNotFound());
	}

}
