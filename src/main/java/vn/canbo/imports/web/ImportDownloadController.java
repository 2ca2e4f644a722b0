package vn.canbo.imports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.canbo.shared.web.Attachment;
import vn.canbo.imports.ImportService;
import vn.canbo.imports.ImportTemplate;

/**
 * The downloads the import pages offer, under the pages' own session (the REST API's
 * twins under /api/v1 want a token or Basic): the template, the history as Excel and a
 * job's rejected rows. Same service calls, so the same permission and ownership checks
 * (another user's job is not found).
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_WRITE')")
class ImportDownloadController {

	private final ImportService imports;

	ImportDownloadController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/imports/templates/{code}.xlsx")
	void template(@PathVariable String code, HttpServletResponse response) throws IOException {
		ImportTemplate t = imports.template(code);
		imports.writeTemplate(code, ImportApiController.xlsx(response, "mau-nhap-" + t.code().toLowerCase() + ".xlsx"));
	}

	@GetMapping("/imports.xlsx")
	@PreAuthorize("hasAuthority('PERSON_WRITE') and hasAuthority('EXPORT')")
	void jobsXlsx(HttpServletResponse response) throws IOException {
		imports.writeJobList(ImportApiController.xlsx(response, "lich-su-nhap-du-lieu.xlsx"));
	}

	@GetMapping("/imports/{id}/rejected.xlsx")
	void rejected(@PathVariable long id, HttpServletResponse response) throws IOException {
		imports.job(id);
		imports.writeRejectedRows(id, ImportApiController.xlsx(response, "dong-loi-lan-nhap-" + id + ".xlsx"));
	}

}
