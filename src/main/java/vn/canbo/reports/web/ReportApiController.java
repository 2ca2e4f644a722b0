package vn.canbo.reports.web;

import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.Messages;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
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
import vn.canbo.reports.Dim;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureDefinition;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Layout;
import vn.canbo.reports.Layouts;
import vn.canbo.reports.PersonRow;
import vn.canbo.reports.Population;
import vn.canbo.reports.Populations;
import vn.canbo.reports.StatisticsService;
import vn.canbo.reports.StatisticsTable;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;

/**
 * REST API of the statistics engine. Query parameters as on the pages: pop or
 * root/type/cat/tg, date, rows, cols, f=DIM:v1,v2, and for drill-downs rd/rv, cd/cv.
 */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasAuthority('REPORT_READ')")
class ReportApiController {

	private final StatisticsService stats;

	private final Populations populations;

	private final Layouts layouts;

	private final Figures figures;

	ReportApiController(StatisticsService stats, Populations populations, Layouts layouts, Figures figures) {
		this.stats = stats;
		this.populations = populations;
		this.layouts = layouts;
		this.figures = figures;
	}

	@GetMapping("/pivot")
	StatisticsTable pivot(@RequestParam MultiValueMap<String, String> params, Scope scope) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		return stats.pivot(r.population, r.asOf(), r.rows(Dim.SUBUNIT), r.cols(Dim.GENDER), r.filters(), scope);
	}

	@GetMapping("/standard/{code}")
	StatisticsTable standard(@PathVariable String code, @RequestParam MultiValueMap<String, String> params,
			Scope scope) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		return stats.layout(code, r.population, r.asOf(), r.first("rows") == null ? null : r.rows(Dim.SUBUNIT), scope);
	}

	@GetMapping("/persons")
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('PERSON_READ')")
	PageResult<PersonRow> persons(@RequestParam MultiValueMap<String, String> params,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Scope scope) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		return stats.persons(r.population, r.asOf(), r.cell(), scope, page, size);
	}

	@GetMapping("/layouts")
	List<Layout> layouts() {
		return layouts.list();
	}

	@GetMapping("/figures")
	List<FigureDefinition> figureDefinitions() {
		return figures.definitions();
	}

	@GetMapping("/figures/{code}")
	Figure figure(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Scope scope) {
		ReportRequest r = new ReportRequest(params, populations, scope);
		return figures.compute(code, FigureRequest.asOf(r.population, r.asOf(), scope))
			.orElseThrow(() -> new NotFoundException(Messages.text("reports.error.noFigure", code)));
	}

	@GetMapping("/populations")
	List<Population> populations(Scope scope) {
		return populations.list(scope);
	}

	@GetMapping("/populations/{id}")
	Population population(@PathVariable long id, Scope scope) {
		return populations.get(id, scope);
	}

	@PostMapping("/populations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('UNIT_WRITE')")
	Population create(@RequestBody PopulationBody p, Scope scope) {
		return populations.save(p.toPopulation(null, p.code(), 0), scope);
	}

	/**
	 * The live count of a population that is not saved (the editor's count, for API
	 * users): {@code {"count": 12, "asOf": "2026-06-30"}}. Its definition is checked as
	 * on saving (400 with every error), except the name and code; a root outside the
	 * scope is absent (404).
	 */
	@PostMapping("/populations/count")
	PopulationCount count(@RequestBody PopulationBody p, Scope scope) {
		Population pop = p.toPopulation(null, null, 0);
		populations.checkDefinition(pop, scope);
		java.time.LocalDate asOf = pop.asOfOrToday();
		return new PopulationCount(stats.count(pop, asOf, java.util.Map.of(), scope), asOf);
	}

	record PopulationCount(long count, java.time.LocalDate asOf) {
	}

	/**
	 * Body of POST/PUT: version required only for updates (optimistic lock).
	 * {@code rootUnitIds} (several subtrees) or, as before, {@code rootUnitId};
	 * {@code criterion}: see {@link vn.canbo.reports.Criterion}.
	 */
	record PopulationBody(String code, String name, Long rootUnitId, List<Long> rootUnitIds, String unitTypeCode,
			Population.Conditions conditions, vn.canbo.reports.Criterion criterion, java.time.LocalDate asOf,
			String note, Integer version) {

		Population toPopulation(Long id, String code, int version) {
			List<Long> roots = rootUnitIds != null && !rootUnitIds.isEmpty()
					? rootUnitIds.stream().filter(java.util.Objects::nonNull).distinct().toList()
					: rootUnitId == null ? List.of() : List.of(rootUnitId);
			return new Population(id, code, name, roots, unitTypeCode, conditions, criterion, asOf, note, version);
		}
	}

	@PutMapping("/populations/{id}")
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('UNIT_WRITE')")
	Population update(@PathVariable long id, @RequestBody PopulationBody p, Scope scope) {
		Population current = populations.get(id, scope);
		if (p.version() == null) {
			// without the version read, a write would overwrite whatever changed since
			throw new ConcurrentEditException(Messages.text("reports.error.populationVersionRequired"));
		}
		return populations.save(p.toPopulation(id, current.code(), p.version()), scope);
	}

	@DeleteMapping("/populations/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('REPORT_READ') and hasAuthority('UNIT_WRITE')")
	void delete(@PathVariable long id, Scope scope) {
		populations.delete(id, scope);
	}

}
