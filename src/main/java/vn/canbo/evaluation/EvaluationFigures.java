package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.people.PersonCategory;
import vn.canbo.reports.Figure;
import vn.canbo.reports.FigureDefinition;
import vn.canbo.reports.FigureProvider;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.FigureUnits;
import vn.canbo.reports.Population;
import vn.canbo.reports.StatisticsService;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Evaluation figures: EVALUATION_&lt;RATING&gt; (EXCELLENT, GOOD, COMPLETE, INCOMPLETE) =
 * the persons with that final rating among the persons with a final rating (RATIO), and
 * EVALUATION_RATED = the persons with a final rating (COUNT). Counted over the individual
 * and party-member campaigns of period kind YEAR (filter PERIOD_KIND for others) whose
 * period ends in the request's period, in the units of the population's roots (their
 * subtrees on the period's last day, within the scope; a root outside the scope: 404); a
 * person rated in several such campaigns counts once, with the rating of the latest. The
 * population's categories apply to the subject's category and its title groups to the
 * subject's task group (which defaults from the title group). A population with a
 * criterion, a unit type or fixed dimension values (e.g. "cán bộ lãnh đạo, quản lý") is
 * resolved by reports ({@link StatisticsService#personIds}) as of the period's last day,
 * within the scope, and the ratings are those of its persons (with a unit type, its title
 * groups belong to that resolution, not to the task group). Filters other than CATEGORY,
 * TASK_GROUP and PERIOD_KIND are refused.
 */
@Component
class EvaluationFigures implements FigureProvider {

	static final String PREFIX = "EVALUATION_";

	private static final Set<String> FILTERS = Set.of("CATEGORY", "TASK_GROUP", "PERIOD_KIND");

	private final JdbcClient jdbc;

	private final FigureUnits figureUnits;

	private final StatisticsService statistics;

	EvaluationFigures(JdbcClient jdbc, FigureUnits figureUnits, StatisticsService statistics) {
		this.jdbc = jdbc;
		this.figureUnits = figureUnits;
		this.statistics = statistics;
	}

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new ArrayList<>();
		for (Rating r : Rating.values()) {
			out.add(new FigureDefinition(PREFIX + r.name(),
					Messages.text(Messages.VIETNAMESE, "evaluation.figure.rating", label(r)),
					FigureDefinition.Kind.RATIO, "evaluation"));
		}
		out.add(new FigureDefinition(PREFIX + "RATED", Messages.text(Messages.VIETNAMESE, "evaluation.figure.rated"),
				FigureDefinition.Kind.COUNT, "evaluation"));
		return out;
	}

	private static String label(Rating r) {
		return Messages.text(Messages.VIETNAMESE, "evaluation.rating." + r.name()).toLowerCase(Messages.VIETNAMESE);
	}

	/**
	 * What a request counts, checked: the period, the units (roots' subtrees or the
	 * scope's; null = every unit), the population's persons (null = no criterion, unit
	 * type or fixed values), categories, task groups and period kinds.
	 */
	record Basis(LocalDate from, LocalDate to, Set<Long> unitIds, Set<Long> members, List<String> categories,
			List<String> groups, List<String> kinds) {
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if (code == null || definition(code).isEmpty()) {
			return Optional.empty();
		}
		Basis b = basis(code, r);
		Map<String, Long> counts = count(b);
		long rated = counts.values().stream().mapToLong(Long::longValue).sum();
		String rest = code.substring(PREFIX.length());
		String drill = drill(code, r, b);
		Figure f = "RATED".equals(rest)
				? Figure.count(code, Messages.text(Messages.VIETNAMESE, "evaluation.figure.rated"), rated, drill)
				: Figure.ratio(code, label(Rating.valueOf(rest)), counts.getOrDefault(rest, 0L), rated, drill);
		return Optional.of(f.withBasis(r.basis(true)));
	}

	/**
	 * The path of the persons behind a figure (/evaluations/figures/{code}/persons, see
	 * RatedPersons): a saved population by id (its one root as unitId), an ad-hoc one by
	 * its root, categories and title groups; null for an ad-hoc population with a
	 * criterion, unit type, fixed values or several roots (the page could not rebuild
	 * it).
	 */
	private static String drill(String code, FigureRequest r, Basis b) {
		Population p = r.population();
		StringBuilder q = new StringBuilder(
				"/evaluations/figures/" + code + "/persons?from=" + b.from() + "&to=" + b.to());
		if (p != null && p.id() != null) {
			q.append("&populationId=").append(p.id());
			if (p.rootUnitIds().size() == 1) {
				q.append("&unitId=").append(p.rootUnitIds().get(0));
			}
		}
		else if (p != null) {
			if (b.members() != null || p.rootUnitIds().size() > 1) {
				return null;
			}
			p.rootUnitIds().forEach(u -> q.append("&unitId=").append(u));
			p.conditions().categories().forEach(c -> q.append("&category=").append(c));
			p.conditions().titleGroups().forEach(g -> q.append("&taskGroup=").append(g));
		}
		r.filters().getOrDefault("CATEGORY", List.of()).forEach(c -> q.append("&category=").append(c));
		r.filters().getOrDefault("TASK_GROUP", List.of()).forEach(g -> q.append("&taskGroup=").append(g));
		r.filters().getOrDefault("PERIOD_KIND", List.of()).forEach(k -> q.append("&periodKind=").append(k));
		return q.toString();
	}

	Basis basis(String code, FigureRequest r) {
		LocalDate from = r.from(), to = r.to();
		List<FieldError> errors = new ArrayList<>();
		Population p = r.population();
		r.filters()
			.keySet()
			.stream()
			.filter(k -> !FILTERS.contains(k))
			.forEach(k -> errors.add(new FieldError("f", Messages.text("evaluation.error.figureFilter", code, k), k)));
		if (to.isBefore(from)) {
			errors.add(new FieldError("to", Messages.text("evaluation.error.periodOrder"), to.toString()));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Set<Long> unitIds = figureUnits.of(r, "evaluation.error.unitNotFound").orElse(null);
		List<String> categories = new ArrayList<>(p == null ? List.of() : p.conditions().categories());
		categories.addAll(r.filters().getOrDefault("CATEGORY", List.of()));
		requireNames(code, "CATEGORY", categories, PersonCategory.class);
		Set<Long> members = members(p, to, r);
		boolean typed = p != null && p.unitTypeCode() != null && !p.unitTypeCode().isBlank();
		List<String> groups = new ArrayList<>(p == null || typed ? List.of() : p.conditions().titleGroups());
		groups.addAll(r.filters().getOrDefault("TASK_GROUP", List.of()));
		List<String> kinds = r.filters().getOrDefault("PERIOD_KIND", List.of(PeriodKind.YEAR.name()));
		requireNames(code, "PERIOD_KIND", kinds, PeriodKind.class);
		return new Basis(from, to, unitIds, members, categories, groups, kinds);
	}

	/**
	 * The persons of a population with a criterion, unit type or fixed values on the
	 * period's last day (reports resolves it, within the scope); null = no such
	 * condition.
	 */
	private Set<Long> members(Population p, LocalDate to, FigureRequest r) {
		boolean typed = p != null && p.unitTypeCode() != null && !p.unitTypeCode().isBlank();
		if (p == null || (p.criterion() == null && !typed && p.conditions().where().isEmpty())) {
			return null;
		}
		Population who = new Population(null, null, p.name(), p.rootUnitIds(), typed ? p.unitTypeCode() : null,
				new Population.Conditions(List.of(), typed ? p.conditions().titleGroups() : List.of(),
						p.conditions().where()),
				p.criterion(), to, null, 0);
		return statistics.personIds(who, to, r.scope());
	}

	private static <E extends Enum<E>> void requireNames(String code, String filter, List<String> values,
			Class<E> type) {
		for (String v : values) {
			try {
				Enum.valueOf(type, v);
			}
			catch (IllegalArgumentException e) {
				throw new ValidationException(List
					.of(new FieldError("f", Messages.text("evaluation.error.figureFilterValue", code, filter, v), v)));
			}
		}
	}

	/**
	 * The final rating of each person counted: the latest campaign of the basis (period
	 * end, then id) — subject columns plus the campaign's name. Parameters:
	 * {@link #bind}.
	 */
	static final String LATEST = """
			select distinct on (s.person_id) s.id subject_id, s.person_id, s.unit_id, s.rating, s.score,
			       s.common_score, s.task_score, c.id campaign_id, c.name campaign_name
			from evaluation_subject s
			join evaluation_campaign c on c.id = s.campaign_id
			where s.final_rating and s.person_id is not null and c.kind <> 'COLLECTIVE'
			  and c.period_to between :from and :to and c.period_kind = any(:kinds)
			  and (cast(:allUnits as boolean) or s.unit_id = any(:units))
			  and (cast(:allPersons as boolean) or s.person_id = any(:persons))
			  and (cardinality(cast(:cats as text[])) = 0 or s.category = any(:cats))
			  and (cardinality(cast(:groups as text[])) = 0 or s.task_group = any(:groups))
			order by s.person_id, c.period_to desc, c.id desc""";

	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec q, Basis b) {
		return q.param("from", b.from())
			.param("to", b.to())
			.param("kinds", b.kinds().toArray(String[]::new))
			.param("allUnits", b.unitIds() == null)
			.param("units", b.unitIds() == null ? new Long[0] : b.unitIds().toArray(Long[]::new))
			.param("allPersons", b.members() == null)
			.param("persons", b.members() == null ? new Long[0] : b.members().toArray(Long[]::new))
			.param("cats", b.categories().toArray(String[]::new))
			.param("groups", b.groups().toArray(String[]::new));
	}

	private Map<String, Long> count(Basis b) {
		Map<String, Long> out = new java.util.HashMap<>();
		bind(jdbc.sql("select rating, count(*) n from (" + LATEST + ") x group by rating"), b)
			.query((rs, n) -> Map.entry(rs.getString("rating"), rs.getLong("n")))
			.list()
			.forEach(e -> out.put(e.getKey(), e.getValue()));
		return out;
	}

}
