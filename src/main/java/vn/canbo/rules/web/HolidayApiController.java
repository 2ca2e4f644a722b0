package vn.canbo.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.rules.Holiday;
import vn.canbo.rules.Holidays;

/**
 * REST API of the holiday calendar (/api/v1/rules/holidays/{year}): read by every
 * signed-in user, changed by administrators (the official days and swaps of the year).
 */
@RestController
@Tag(name = "Quy tắc / Rules", description = "Lịch nghỉ lễ, Tết theo năm")
class HolidayApiController {

	private final Holidays holidays;

	HolidayApiController(Holidays holidays) {
		this.holidays = holidays;
	}

	@GetMapping("/api/v1/rules/holidays/{year}")
	@Operation(summary = "The holiday calendar of the year: recorded, or the default of Labour Code 2019 Art. 112")
	Holidays.Year year(@PathVariable int year) {
		return holidays.year(year);
	}

	@PostMapping("/api/v1/rules/holidays/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records a day of the year (holiday, swapped day off, make-up working day); audited")
	Holiday add(@PathVariable int year, @RequestBody Holidays.Entry body) {
		return holidays.add(year, body);
	}

	@DeleteMapping("/api/v1/rules/holidays/{year}/{date}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Removes a day of the year's calendar; audited")
	void remove(@PathVariable int year, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		holidays.remove(year, date);
	}

}
