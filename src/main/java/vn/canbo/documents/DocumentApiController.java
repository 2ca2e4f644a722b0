package vn.canbo.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonCriteria;
import vn.canbo.shared.Scope;

/**
 * REST API of documents: {@code GET /api/v1/persons/{id}/cv.docx|cv.pdf?asOf=&layout=},
 * {@code POST /api/v1/documents/cv.zip} (JSON: ids or search criteria), the decision
 * templates under {@code /api/v1/documents/templates}.
 */
@RestController
class DocumentApiController {

	private final CvDocuments cvs;

	private final DocumentTemplates templates;

	DocumentApiController(CvDocuments cvs, DocumentTemplates templates) {
		this.cvs = cvs;
		this.templates = templates;
	}

	/**
	 * The 2C CV of one person as of a date, as DOCX or PDF (as
	 * {@code /documents/persons/{id}/cv.*} of the web pages).
	 */
	@GetMapping("/api/v1/persons/{id}/cv.{ext:docx|pdf}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> cv(@PathVariable long id, @PathVariable String ext,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String layout, Scope scope) {
		return Downloads.cv(cvs.cv(id, asOf, CvLayout.parse(layout), DocumentFormat.parse(ext), scope));
	}

	/**
	 * Body of POST /api/v1/documents/cv.zip: either {@code ids} or search criteria (as
	 * the person list's filters).
	 */
	record BatchRequest(List<Long> ids, LocalDate asOf, String layout, String format, String q, Long unitId,
			PersonCategory category, Gender gender, Integer ageFrom, Integer ageTo, String ethnicity, Boolean minority,
			Boolean partyMember, String professionalLevel, String politicalTheory, String title) {
	}

	@PostMapping("/api/v1/documents/cv.zip")
	@PreAuthorize("hasAuthority('EXPORT')")
	void zip(@RequestBody BatchRequest body, Scope scope, HttpServletResponse response) throws IOException {
		Downloads.cvZip(cvs, body.ids(),
				new PersonCriteria(body.q(), body.unitId(), body.category(), body.gender(), body.ageFrom(),
						body.ageTo(), body.ethnicity(), body.minority(), body.partyMember(), body.professionalLevel(),
						body.politicalTheory(), body.title(), body.asOf(), 0, PersonCriteria.MAX_SIZE, null),
				body.asOf(), CvLayout.parse(body.layout()), DocumentFormat.parse(body.format()), scope, response);
	}

	@GetMapping("/api/v1/documents/templates")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	List<DocumentTemplate> templates() {
		return templates.list();
	}

	@GetMapping("/api/v1/documents/templates/{code}.docx")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> template(@PathVariable String code) {
		return Downloads.template(templates, code);
	}

	@PostMapping("/api/v1/documents/templates/{code}")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	DocumentTemplate upload(@PathVariable String code, @RequestPart("file") MultipartFile file) throws IOException {
		return templates.replace(code, file.getBytes());
	}

	/**
	 * Fills a template from a JSON object of placeholder values: POST
	 * /api/v1/documents/templates/{code}/fill?format=pdf.
	 */
	@PostMapping("/api/v1/documents/templates/{code}/fill")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> fill(@PathVariable String code, @RequestParam(required = false) String format,
			@RequestBody Map<String, Object> data) {
		DocumentFormat f = DocumentFormat.parse(format);
		byte[] bytes = f == DocumentFormat.PDF ? templates.fillPdf(code, data) : templates.fill(code, data);
		return Downloads.file(code + "." + f.extension(), f.mediaType(), bytes);
	}

}
