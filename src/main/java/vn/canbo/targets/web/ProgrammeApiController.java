package vn.canbo.targets.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Achievement;
import vn.canbo.targets.Indicator;
import vn.canbo.targets.IndicatorValue;
import vn.canbo.targets.Programme;
import vn.canbo.targets.Programmes;

/**
 * REST: programmes, indicators, manual values and live achievements (within the caller's
 * scope).
 */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApiController {

	private final Programmes programmes;

	ProgrammeApiController(Programmes programmes) {
		this.programmes = programmes;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REPORT_READ')")
	List<Programme> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			Scope scope) {
		return programmes.list(scope, page, Math.min(size, 200));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	Programme get(@PathVariable long id, Scope scope) {
		return programmes.get(id, scope);
	}

	@GetMapping("/{id}/achievements")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	List<Achievement> achievements(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Scope scope) {
		return programmes.achievements(id, date, scope);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	Programme create(@RequestBody ProgrammeBody p, Scope scope) {
		return programmes.save(new Programme(null, p.code(), p.title(), p.issuingBody(), p.unitId(), p.periodFrom(),
				p.periodTo(), p.note(), 0, List.of()), scope);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	Programme update(@PathVariable long id, @RequestBody ProgrammeBody p, Scope scope) {
		if (p.version() == null) {
			throw new ValidationException("version", Messages.text("targets.error.versionRequired"));
		}
		return programmes.save(new Programme(id, p.code(), p.title(), p.issuingBody(), p.unitId(), p.periodFrom(),
				p.periodTo(), p.note(), p.version(), List.of()), scope);
	}

	/**
	 * A programme as sent: {@code version} is needed to update (the optimistic check),
	 * not to create.
	 */
	record ProgrammeBody(String code, String title, String issuingBody, Long unitId, LocalDate periodFrom,
			LocalDate periodTo, String note, Integer version) {
	}

	/**
	 * An indicator as sent: {@code manual}, {@code sortOrder}, {@code phrasing},
	 * {@code decimals} and {@code targetValue} may be left out (false, 0, the kind's
	 * phrasing, 2, no target); {@code figureFilter} the filters passed with the figure
	 * (e.g. {@code {"COURSE_KIND": ["IT"]}}), none when left out.
	 */
	record IndicatorBody(String code, String name, Indicator.Kind kind, Indicator.Direction direction,
			BigDecimal targetValue, String figureCode, String baseFigureCode, Long populationId,
			Long numeratorPopulationId, Boolean manual, String verb, String noun, String dashboardFigure,
			Integer sortOrder, Indicator.Wording phrasing, Integer decimals,
			java.util.Map<String, java.util.List<String>> figureFilter) {

		Indicator indicator(Long id) {
			return new Indicator(id, code, name, kind, direction, targetValue, figureCode, baseFigureCode, populationId,
					numeratorPopulationId, Boolean.TRUE.equals(manual), verb, noun, dashboardFigure,
					sortOrder == null ? 0 : sortOrder, phrasing, decimals, figureFilter);
		}
	}

	@PostMapping("/{id}/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	Indicator addIndicator(@PathVariable long id, @RequestBody IndicatorBody i, Scope scope) {
		return programmes.saveIndicator(id, i.indicator(null), scope);
	}

	@PutMapping("/{id}/indicators/{indicatorId}")
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	Indicator updateIndicator(@PathVariable long id, @PathVariable long indicatorId, @RequestBody IndicatorBody i,
			Scope scope) {
		return programmes.saveIndicator(id, i.indicator(indicatorId), scope);
	}

	@DeleteMapping("/{id}/indicators/{indicatorId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	void deleteIndicator(@PathVariable long id, @PathVariable long indicatorId, Scope scope) {
		programmes.deleteIndicator(id, indicatorId, scope);
	}

	record ManualValue(Long unitId, LocalDate recordedOn, Long value, Long base, String source) {
	}

	@PostMapping("/{id}/indicators/{indicatorId}/values")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	IndicatorValue record(@PathVariable long id, @PathVariable long indicatorId, @RequestBody ManualValue v,
			Scope scope) {
		List<FieldError> e = new ArrayList<>();
		if (v.unitId() == null) {
			e.add(new FieldError("unitId", Messages.text("targets.error.unitRequired"), null));
		}
		if (v.value() == null) {
			e.add(new FieldError("value", Messages.text("targets.error.valueRequired"), null));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		return programmes.recordValue(id, indicatorId, v.unitId(), v.recordedOn(), v.value(), v.base(), v.source(),
				scope);
	}

	/**
	 * The values recorded for a manual indicator within the scope, each with its source.
	 */
	@GetMapping("/{id}/indicators/{indicatorId}/values")
	@PreAuthorize("hasAuthority('REPORT_READ')")
	List<IndicatorValue> values(@PathVariable long id, @PathVariable long indicatorId, Scope scope) {
		return programmes.values(id, indicatorId, scope);
	}

}
