package vn.canbo.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.shared.web.Attachment;
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
		export.write(unitId, scope, Attachment.open(response, Attachment.XLSX,
				Attachment.disposition("can-bo-don-vi-" + unitId + ".xlsx")));
	}

}
