package vn.canbo.imports.web;

import vn.canbo.shared.Messages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.canbo.imports.DuplicateMode;
import vn.canbo.imports.ImportIssue;
import vn.canbo.imports.ImportJob;
import vn.canbo.imports.ImportService;
import vn.canbo.imports.ImportTemplate;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Attachment;

/**
 * Import REST API. POST /api/v1/imports (multipart: template, file) → 202 with the job
 * (preview running); GET /api/v1/imports/{id} (status, counts, progress); GET
 * …/{id}/issues; POST …/{id}/commit (duplicates=UPDATE|SKIP, skipInvalid); GET
 * …/{id}/rejected.xlsx; GET /api/v1/imports (history) and /api/v1/imports.xlsx; GET
 * /api/v1/imports/templates and …/templates/{code}.xlsx.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAuthority('PERSON_WRITE')")
class ImportApiController {

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	record TemplateInfo(String code, String title, String sheetName, List<ColumnInfo> columns) {
	}

	record ColumnInfo(String key, String header, String type, boolean required, String catalog, String help) {
	}

	@GetMapping("/imports/templates")
	List<TemplateInfo> templates() {
		return imports.templates().stream().map(ImportApiController::info).toList();
	}

	static TemplateInfo info(ImportTemplate t) {
		return new TemplateInfo(t.code(), t.title(), t.sheetName(),
				t.columns()
					.stream()
					.map(c -> new ColumnInfo(c.key(), c.header(), c.type().name(), c.required(),
							c.catalog() == null ? null : c.catalog().name(), c.help()))
					.toList());
	}

	@GetMapping("/imports/templates/{code}.xlsx")
	void template(@PathVariable String code, HttpServletResponse response) throws IOException {
		ImportTemplate t = imports.template(code);
		imports.writeTemplate(code, xlsx(response, "mau-nhap-" + t.code().toLowerCase() + ".xlsx"));
	}

	@PostMapping(value = "/imports", consumes = "multipart/form-data")
	ResponseEntity<ImportJob> upload(@RequestParam String template, @RequestParam(required = false) MultipartFile file,
			Scope scope) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ValidationException("file", Messages.text("imports.error.chooseFile"));
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(imports.upload(template, file.getOriginalFilename(), file.getInputStream(), scope));
	}

	@GetMapping("/imports")
	PageResult<ImportJob> jobs(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return imports.jobs(page, size);
	}

	@GetMapping("/imports.xlsx")
	@PreAuthorize("hasAuthority('PERSON_WRITE') and hasAuthority('EXPORT')")
	void jobsXlsx(HttpServletResponse response) throws IOException {
		imports.writeJobList(xlsx(response, "lich-su-nhap-du-lieu.xlsx"));
	}

	@GetMapping("/imports/{id}")
	ImportJob job(@PathVariable long id) {
		return imports.job(id);
	}

	@GetMapping("/imports/{id}/issues")
	Map<String, Object> issues(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		List<ImportIssue> items = imports.issues(id, page, size);
		return Map.of("items", items, "page", page, "total", imports.issueCount(id), "unlisted",
				imports.job(id).unlistedIssues());
	}

	@PostMapping("/imports/{id}/commit")
	ResponseEntity<ImportJob> commit(@PathVariable long id,
			@RequestParam(defaultValue = "SKIP") DuplicateMode duplicates,
			@RequestParam(defaultValue = "false") boolean skipInvalid, Scope scope) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.commit(id, duplicates, skipInvalid, scope));
	}

	@PostMapping("/imports/{id}/cancel")
	ImportJob cancel(@PathVariable long id) {
		return imports.cancel(id);
	}

	@GetMapping("/imports/{id}/rejected.xlsx")
	void rejected(@PathVariable long id, HttpServletResponse response) throws IOException {
		imports.job(id);
		imports.writeRejectedRows(id, xlsx(response, "dong-loi-lan-nhap-" + id + ".xlsx"));
	}

	/** Opens the body of the .xlsx download {@code name} (its name in UTF-8). */
	static OutputStream xlsx(HttpServletResponse response, String name) {
		return Attachment.open(response, Attachment.XLSX, Attachment.disposition(name));
	}

}
