package vn.canbo.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Population;
import vn.canbo.reports.Populations;
import vn.canbo.reports.StatisticsService;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Indicator.Kind;

/**
 * The achievements of a programme's indicators (split from {@link Programmes}): computed
 * live, as of a date, within the user's scope — figures only count the scope's persons
 * and decisions, manual values only the scope's units.
 */
@Component
class ProgrammeAchievements {

	private final Figures figures;

	private final StatisticsService stats;

	private final Populations populations;

	private final ManualValues values;

	ProgrammeAchievements(Figures figures, StatisticsService stats, Populations populations, ManualValues values) {
		this.figures = figures;
		this.stats = stats;
		this.populations = populations;
		this.values = values;
	}

	/**
	 * The achievement of every indicator of the programme as of the date, within the
	 * scope: the figures that differ only by one filter value (a training plan's lượt by
	 * course kind) are asked in one breakdown.
	 */
	List<Achievement> all(Programme p, LocalDate asOf, Scope scope) {
		Map<Long, Figure> grouped = grouped(p, asOf, scope);
		return p.indicators().stream().map(i -> achievement(p, i, asOf, scope, grouped.get(i.id()))).toList();
	}

	/** One indicator's achievement as of the date, within the scope. */
	Achievement achievement(Programme p, Indicator i, LocalDate asOf, Scope scope) {
		return achievement(p, i, asOf, scope, null);
	}

	/**
	 * The figures of the COUNT_IN_PERIOD indicators that share code, population and
	 * filters but one single-valued filter, by indicator id: one
	 * {@link Figures#breakdown} call per group of two or more.
	 */
	private Map<Long, Figure> grouped(Programme p, LocalDate asOf, Scope scope) {
		LocalDate from = p.periodFrom();
		LocalDate to = asOf.isBefore(p.periodTo()) ? asOf : p.periodTo();
		Map<Long, Figure> out = new HashMap<>();
		if (to.isBefore(from)) {
			return out;
		}
		Map<String, List<Indicator>> groups = new LinkedHashMap<>();
		Map<String, String> dims = new HashMap<>();
		for (Indicator i : p.indicators()) {
			if (i.manual() || i.kind() != Kind.COUNT_IN_PERIOD || i.figureCode() == null || i.figureCode().isBlank()) {
				continue;
			}
			Optional<String> dim = new TreeMap<>(i.figureFilter()).entrySet()
				.stream()
				.filter(e -> e.getValue().size() == 1)
				.map(Map.Entry::getKey)
				.findFirst();
			if (dim.isEmpty()) {
				continue;
			}
			Map<String, List<String>> rest = new TreeMap<>(i.figureFilter());
			rest.remove(dim.get());
			String key = i.figureCode().strip() + "|" + i.populationId() + "|" + dim.get() + "|" + rest;
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			dims.put(key, dim.get());
		}
		groups.forEach((key, members) -> {
			if (members.size() < 2) {
				return;
			}
			Indicator first = members.get(0);
			String dim = dims.get(key);
			Map<String, List<String>> rest = new LinkedHashMap<>(first.figureFilter());
			rest.remove(dim);
			Population pop = population(first.populationId(), p.unitId(), asOf);
			List<String> values = members.stream().map(i -> i.figureFilter().get(dim).get(0)).distinct().toList();
			figures
				.breakdown(first.figureCode().strip(), new FigureRequest(pop, asOf, from, to, scope, rest), dim, values)
				.ifPresent(m -> members.forEach(i -> out.put(i.id(), m.get(i.figureFilter().get(dim).get(0)))));
		});
		return out;
	}

	private Achievement achievement(Programme p, Indicator i, LocalDate asOf, Scope scope, Figure given) {
		LocalDate from = p.periodFrom();
		LocalDate to = asOf.isBefore(p.periodTo()) ? asOf : p.periodTo();
		boolean periodOpen = !to.isBefore(from);
		long count;
		Long of = null;
		String drill = null;
		String source = null;
		if (i.manual()) {
			ManualValues.Sum v = values.sum(i.id(), asOf, scope);
			count = v.value();
			of = i.kind() == Kind.COUNT_IN_PERIOD ? null : v.base();
			source = v.sources() != null ? v.sources() : Messages.text("targets.source.manual");
		}
		else if (i.kind() == Kind.RATIO) {
			Population pop = population(i.populationId(), p.unitId(), asOf);
			if (i.figureCode() != null) {
				Figure f = figure(i.figureCode(), new FigureRequest(pop, asOf, from, to, scope, i.figureFilter()));
				count = f.count();
				of = f.of() == null ? 0 : f.of();
				drill = link(pop, asOf, f.drillDown());
			}
			else {
				Population num = population(i.numeratorPopulationId(), p.unitId(), asOf);
				count = stats.count(num, asOf, Map.of(), scope);
				of = stats.count(pop, asOf, Map.of(), scope);
				drill = link(num, asOf, "");
			}
		}
		else {
			Population pop = population(i.populationId(), p.unitId(), asOf);
			if (periodOpen) {
				Figure f = given != null ? given
						: figure(i.figureCode(), new FigureRequest(pop, asOf, from, to, scope, i.figureFilter()));
				count = f.count();
				drill = link(pop, asOf, f.drillDown());
				if (i.kind() == Kind.SHARE) {
					of = figure(i.baseFigureCode(), new FigureRequest(pop, asOf, from, to, scope)).count();
				}
			}
			else {
				count = 0;
				of = i.kind() == Kind.SHARE ? 0L : null;
			}
		}
		Phrasing.Result r = Phrasing.of(i, count, of);
		return new Achievement(i, asOf, count, of, r.value(), i.targetValue(), r.difference(), r.status(), r.phrase(),
				drill, source);
	}

	/**
	 * Link to the persons (reports drill-down) or decisions behind a figure; a drill-down
	 * starting with "/" is a path.
	 */
	static String link(Population pop, LocalDate asOf, String drillDown) {
		if (drillDown == null) {
			return null;
		}
		if (drillDown.startsWith("/")) {
			return drillDown;
		}
		String base = pop.id() != null ? "pop=" + pop.id() : (pop.rootUnitIds().isEmpty() ? "root="
				: pop.rootUnitIds().stream().map(u -> "root=" + u).collect(java.util.stream.Collectors.joining("&")))
				+ (pop.unitTypeCode() == null ? "" : "&type=" + pop.unitTypeCode());
		return "/reports/persons?" + base + "&date=" + asOf + (drillDown.isEmpty() ? "" : "&" + drillDown);
	}

	Figure figure(String code, FigureRequest r) {
		return figures.compute(code, r)
			.orElseThrow(() -> new ValidationException("figureCode", Messages.text("targets.error.noFigure", code)));
	}

	private Population population(Long id, Long rootUnitId, LocalDate asOf) {
		if (id == null) {
			return Population.adHoc(rootUnitId, null, null, asOf);
		}
		Population p = populations.get(id);
		return new Population(p.id(), p.code(), p.name(), p.rootUnitIds(), p.unitTypeCode(), p.conditions(),
				p.criterion(), asOf, p.note(), p.version());
	}

}
