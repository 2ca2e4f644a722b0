package vn.canbo.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.shared.Scope;

/**
 * GET /api/v1/imports/templates/PERSONS/export.xlsx?unitId=: the persons of a unit in the
 * PERSONS import template (export → edit → import back); see {@link PersonExport}.
 */
@RestController
class PersonExportController {

	private final PersonExport export;

	PersonExportController(PersonExport export) {
		this.export = export;
	}

	@GetMapping("/api/v1/imports/templates/" + PersonTemplates.PERSONS + "/export.xlsx")
	@PreAuthorize("hasAuthority('PERSON_WRITE') and hasAuthority('EXPORT')")
	void exportPersons(@RequestParam long unitId, Scope scope, HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
				+ URLEncoder.encode("can-bo-don-vi-" + unitId + ".xlsx", StandardCharsets.UTF_8));
		export.write(unitId, scope, response.getOutputStream());
	}

}
