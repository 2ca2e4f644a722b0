package vn.canbo.documents;

import vn.canbo.shared.Messages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonCategory;
import vn.canbo.people.PersonCriteria;
import vn.canbo.people.PersonService;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Pages and downloads: {@code /documents/persons/{id}} (choose layout and date),
 * {@code /documents/persons/{id}/cv.docx} and {@code cv.pdf}
 * ({@code ?asOf=yyyy-MM-dd&layout=BNV_2008|TT06_2023}),
 * {@code /documents/cv.zip?ids=1,2&format=pdf} or with the person search parameters, and
 * the decision template administration {@code /documents/templates}.
 */
@Controller
class DocumentPageController {

	private final CvDocuments cvs;

	private final DocumentTemplates templates;

	private final PersonService people;

	DocumentPageController(CvDocuments cvs, DocumentTemplates templates, PersonService people) {
		this.cvs = cvs;
		this.templates = templates;
		this.people = people;
	}

	@GetMapping("/documents/persons/{id}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String person(@PathVariable long id, @RequestParam(required = false) LocalDate asOf, Scope scope, Model model) {
		var v = people.get(id, asOf, scope);
		model.addAttribute("personId", id);
		model.addAttribute("personName", v.data().fullName());
		model.addAttribute("asOf", v.asOf());
		model.addAttribute("layouts", CvLayout.values());
		return "documents/person";
	}

	/**
	 * The 2C CV as DOCX or PDF; errors as pages (the API's twin answers them as JSON).
	 */
	@GetMapping("/documents/persons/{id}/cv.{ext:docx|pdf}")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> cv(@PathVariable long id, @PathVariable String ext,
			@RequestParam(required = false) LocalDate asOf, @RequestParam(required = false) String layout,
			Scope scope) {
		return Downloads.cv(cvs.cv(id, asOf, CvLayout.parse(layout), DocumentFormat.parse(ext), scope));
	}

	/**
	 * {@code ?ids=1,2,3} or the person list's search parameters (q, unitId, category, …,
	 * asOf).
	 */
	@GetMapping("/documents/cv.zip")
	@PreAuthorize("hasAuthority('EXPORT')")
	void zip(@RequestParam(required = false) String ids, @RequestParam(required = false) String format,
			@RequestParam(required = false) String layout, @RequestParam(required = false) LocalDate asOf,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) PersonCategory category, @RequestParam(required = false) Gender gender,
			@RequestParam(required = false) Integer ageFrom, @RequestParam(required = false) Integer ageTo,
			@RequestParam(required = false) String ethnicity, @RequestParam(required = false) Boolean minority,
			@RequestParam(required = false) Boolean partyMember,
			@RequestParam(required = false) String professionalLevel,
			@RequestParam(required = false) String politicalTheory, @RequestParam(required = false) String title,
			Scope scope, HttpServletResponse response) throws IOException {
		CvLayout l = CvLayout.parse(layout);
		DocumentFormat f = DocumentFormat.parse(format);
		Downloads.cvZip(cvs, Downloads.ids(ids),
				new PersonCriteria(q, unitId, category, gender, ageFrom, ageTo, ethnicity, minority, partyMember,
						professionalLevel, politicalTheory, title, asOf, 0, PersonCriteria.MAX_SIZE, null),
				asOf, l, f, scope, response);
	}

	// ---- decision templates
	// -----------------------------------------------------------------------------------

	@GetMapping("/documents/templates")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	String templates(Model model) {
		model.addAttribute("templates", templates.list());
		model.addAttribute("placeholders", DecisionPlaceholders.known());
		model.addAttribute("maxKb", DocumentTemplates.MAX_BYTES / 1024);
		return "documents/templates";
	}

	@GetMapping("/documents/templates/{code}.docx")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> template(@PathVariable String code) {
		return Downloads.template(templates, code);
	}

	/** The template filled with sample values, to check a layout before using it. */
	@GetMapping("/documents/templates/{code}/sample.pdf")
	@PreAuthorize("hasAuthority('PERSON_READ')")
	ResponseEntity<byte[]> sample(@PathVariable String code) {
		return Downloads.file(code + "-mau.pdf", DocumentFormat.PDF.mediaType(),
				templates.fillPdf(code, sampleData(code)));
	}

	@PostMapping("/documents/templates/{code}")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	String upload(@PathVariable String code, @RequestParam(value = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			templates.replace(code, file == null ? null : file.getBytes());
			redirect.addFlashAttribute("message", Messages.text("documents.templates.replaced", code,
					file == null ? "" : file.getOriginalFilename()));
		}
		catch (ValidationException e) {
			redirect.addFlashAttribute("error", e.errors().get(0).message());
			redirect.addFlashAttribute("errorCode", code);
		}
		return "redirect:/documents/templates";
	}

	@PostMapping("/documents/templates/{code}/reset")
	@PreAuthorize("hasAuthority('CATALOG_WRITE')")
	String reset(@PathVariable String code, RedirectAttributes redirect) {
		templates.resetToDefault(code);
		redirect.addFlashAttribute("message", Messages.text("documents.templates.restored", code));
		return "redirect:/documents/templates";
	}

	static Map<String, Object> sampleData() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("issuingBodyParent", "UBND TỈNH BÌNH GIANG");
		m.put("issuingBody", "SỞ NỘI VỤ");
		m.put("decisionNumber", "123/QĐ-SNV");
		m.put("place", "Bình Giang");
		m.put("day", "15");
		m.put("month", "8");
		m.put("year", "2026");
		m.put("signerAuthority", "GIÁM ĐỐC SỞ NỘI VỤ TỈNH BÌNH GIANG");
		m.put("bases", List.of("Căn cứ Luật Cán bộ, công chức ngày 24 tháng 6 năm 2025;",
				"Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;"));
		m.put("proposer", "Trưởng phòng Tổ chức cán bộ");
		m.put("personName", "Nguyễn Thị Thu Hằng");
		m.put("personBirthDate", "17/05/1980");
		m.put("currentTitle", "Chuyên viên");
		m.put("currentUnit", "Phòng Tổ chức cán bộ");
		m.put("newTitle", "Phó Trưởng phòng Tổ chức cán bộ");
		m.put("newUnit", "Sở Nội vụ tỉnh Bình Giang");
		m.put("termYears", "5");
		m.put("effectiveDate", "01/09/2026");
		m.put("rankName", "Chuyên viên");
		m.put("rankCode", "01.003");
		m.put("recipients", List.of("Giám đốc Sở", "Phòng Tổ chức cán bộ"));
		m.put("executors", "Chánh Văn phòng Sở, Trưởng phòng Tổ chức cán bộ");
		m.put("archiveCode", "TCCB");
		m.put("signerTitle", "GIÁM ĐỐC");
		m.put("signerName", "Trần Văn Minh");
		// the clauses the career module writes from the decision (issue 20)
		m.put("ongBa", "bà");
		m.put("OngBa", "Bà");
		m.put("abstract", "Về việc bổ nhiệm cán bộ");
		m.put("article1", "Bổ nhiệm bà Nguyễn Thị Thu Hằng, sinh ngày 17/05/1980, Chuyên viên, Phòng Tổ chức cán bộ, "
				+ "giữ chức vụ Phó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Bình Giang.");
		m.put("details", List.of("Thời hạn giữ chức vụ là 05 năm, kể từ ngày 01/09/2026."));
		m.put("effectiveClause", "kể từ ngày 01/09/2026");
		m.put("withProposer", true);
		m.put("collective", "");
		m.put("withCollective", false);
		m.put("headTitle", "");
		m.put("withDeputy", false);
		return m;
	}

	/** The sample of one template: its own abstract and Điều 1. */
	static Map<String, Object> sampleData(String code) {
		Map<String, Object> m = sampleData();
		if ("QD_NANG_LUONG".equals(code)) {
			m.put("abstract", "Về việc nâng bậc lương thường xuyên");
			m.put("article1", "Nâng bậc lương thường xuyên đối với bà Nguyễn Thị Thu Hằng, sinh ngày 17/05/1980, "
					+ "Chuyên viên, Phòng Tổ chức cán bộ: ngạch Chuyên viên (mã ngạch 01.003), từ bậc 3, hệ số 3,00 "
					+ "lên bậc 4, hệ số 3,33, kể từ ngày 01/09/2026.");
			m.put("details", List.of("Thời gian xét nâng bậc lương lần sau được tính kể từ ngày 01/09/2026."));
		}
		return m;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(e.getMessage());
	}

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<String> invalid(ValidationException e) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
			.body(String.join("; ", e.errors().stream().map(f -> f.field() + ": " + f.message()).toList()));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error",
				Messages.text("documents.error.tooLargeUpload", String.valueOf(DocumentTemplates.MAX_BYTES / 1024)));
		return "redirect:/documents/templates";
	}

}
