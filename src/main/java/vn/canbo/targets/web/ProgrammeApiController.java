package vn.canbo.targets.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.targets.Achievement;
import vn.canbo.targets.Indicator;
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
	Programme create(@RequestBody Programme p, Scope scope) {
		return programmes.save(new Programme(null, p.code(), p.title(), p.issuingBody(), p.unitId(), p.periodFrom(),
				p.periodTo(), p.note(), 0, List.of()), scope);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	Programme update(@PathVariable long id, @RequestBody Programme p, Scope scope) {
		return programmes.save(new Programme(id, p.code(), p.title(), p.issuingBody(), p.unitId(), p.periodFrom(),
				p.periodTo(), p.note(), p.version(), List.of()), scope);
	}

	@PostMapping("/{id}/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	Indicator addIndicator(@PathVariable long id, @RequestBody Indicator i, Scope scope) {
		return programmes.saveIndicator(id, withId(i, null), scope);
	}

	@PutMapping("/{id}/indicators/{indicatorId}")
	@PreAuthorize("hasAuthority('UNIT_WRITE') or hasAuthority('ADMIN')")
	Indicator updateIndicator(@PathVariable long id, @PathVariable long indicatorId, @RequestBody Indicator i,
			Scope scope) {
		return programmes.saveIndicator(id, withId(i, indicatorId), scope);
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
	Map<String, Object> record(@PathVariable long id, @PathVariable long indicatorId, @RequestBody ManualValue v,
			Scope scope) {
		if (v.unitId() == null || v.value() == null) {
			throw new vn.canbo.shared.ValidationException(v.unitId() == null ? "unitId" : "value",
					Messages.text(v.unitId() == null ? "targets.error.unitRequired" : "targets.error.valueRequired"));
		}
		programmes.recordValue(id, indicatorId, v.unitId(), v.recordedOn(), v.value(), v.base(), v.source(), scope);
		return Map.of("recorded", true);
	}

	static Indicator withId(Indicator i, Long id) {
		return new Indicator(id, i.code(), i.name(), i.kind(), i.direction(), i.targetValue(), i.figureCode(),
				i.baseFigureCode(), i.populationId(), i.numeratorPopulationId(), i.manual(), i.verb(), i.noun(),
				i.dashboardFigure(), i.sortOrder());
	}

}
