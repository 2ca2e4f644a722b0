package vn.canbo.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.rules.RuleParameter;
import vn.canbo.rules.RuleParameters;

/**
 * REST API of rule parameters (/api/v1/rules): read by every signed-in user, changed by
 * administrators.
 */
@RestController
@Tag(name = "Quy tắc / Rules",
		description = "Tham số quy tắc theo thời gian hiệu lực, căn cứ pháp lý, chế độ chặn/cảnh báo")
class RuleApiController {

	private final RuleParameters params;

	RuleApiController(RuleParameters params) {
		this.params = params;
	}

	@GetMapping("/api/v1/rules")
	@Operation(summary = "Every rule parameter in force on the date (default today), with its legal basis and mode")
	List<RuleParameter> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return params.list(date == null ? LocalDate.now() : date);
	}

	@GetMapping("/api/v1/rules/{key}")
	@Operation(summary = "Every version of a parameter, newest first")
	List<RuleParameter> history(@PathVariable String key) {
		return params.history(key);
	}

	@PutMapping("/api/v1/rules/{key}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "New version of a parameter from effectiveFrom (the version in force then is closed); audited")
	RuleParameter change(@PathVariable String key, @RequestBody RuleParameters.Change body) {
		return params.change(key, body);
	}

}
