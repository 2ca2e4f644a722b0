package vn.canbo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * Training figures for a scope and a period (both days inclusive): TRAINING_TURNS = the
 * enrolments ("lượt") whose start date (the course's start) falls in the period,
 * TRAINING_PERSONS = the distinct persons behind them; TRAINING_TURNS_COMPLETED and
 * TRAINING_PERSONS_COMPLETED count the completions whose certificate date falls in the
 * period ("hoàn thành trong kỳ"). Filter COURSE_KIND (values of {@link CourseKind}). A
 * person counts in the unit of their main position on the counted day (people's published
 * {@code person_fact}), within the population's roots (their subtrees; a root outside the
 * scope: 404) or the scope; the population's categories apply to that position's
 * category; a criterion, a unit type or other filters are refused.
 */
@Component
class TrainingFigures implements FigureProvider {

	static final String TURNS = "TRAINING_TURNS";

	static final String PERSONS = "TRAINING_PERSONS";

	static final String COMPLETED = "_COMPLETED";

	private final JdbcClient jdbc;

	private final FigureUnits figureUnits;

	TrainingFigures(JdbcClient jdbc, FigureUnits figureUnits) {
		this.jdbc = jdbc;
		this.figureUnits = figureUnits;
	}

	@Override
	public List<FigureDefinition> definitions() {
		List<FigureDefinition> out = new ArrayList<>();
		for (String code : List.of(TURNS, PERSONS, TURNS + COMPLETED, PERSONS + COMPLETED)) {
			out.add(new FigureDefinition(code, label(code), FigureDefinition.Kind.COUNT, "training"));
		}
		return out;
	}

	private static String label(String code) {
		return Messages.text(Messages.VIETNAMESE, "training.figure." + code);
	}

	@Override
	public Optional<Figure> compute(String code, FigureRequest r) {
		if (code == null || definition(code).isEmpty()) {
			return Optional.empty();
		}
		LocalDate from = r.from(), to = r.to();
		List<FieldError> errors = new ArrayList<>();
		Population p = r.population();
		if (p != null && (p.criterion() != null || p.unitTypeCode() != null || !p.conditions().where().isEmpty()
				|| !p.conditions().titleGroups().isEmpty())) {
			errors.add(new FieldError("population", Messages.text("training.error.figurePopulation", code)));
		}
		r.filters()
			.keySet()
			.stream()
			.filter(k -> !"COURSE_KIND".equals(k))
			.forEach(k -> errors.add(new FieldError("f", Messages.text("training.error.figureFilter", code, k), k)));
		if (to.isBefore(from)) {
			errors.add(new FieldError("to", Messages.text("training.error.figurePeriod", code), to.toString()));
		}
		List<String> kinds = r.filters().getOrDefault("COURSE_KIND", List.of());
		List<String> categories = p == null ? List.of() : p.conditions().categories();
		check(errors, code, "COURSE_KIND", kinds, CourseKind.class);
		check(errors, code, "CATEGORY", categories, PersonCategory.class);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		Set<Long> unitIds = figureUnits.of(r, "training.error.unitNotFound").orElse(null);
		boolean completed = code.endsWith(COMPLETED);
		long n = count(code.startsWith(PERSONS), completed, from, to, unitIds, kinds, categories);
		return Optional.of(Figure.count(code, label(code), n, null).withBasis(r.basis(true)));
	}

	private static <E extends Enum<E>> void check(List<FieldError> errors, String code, String filter,
			List<String> values, Class<E> type) {
		for (String v : values) {
			try {
				Enum.valueOf(type, v);
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldError("f", Messages.text("training.error.figureFilterValue", code, filter, v), v));
			}
		}
	}

	private long count(boolean persons, boolean completed, LocalDate from, LocalDate to, Set<Long> unitIds,
			List<String> kinds, List<String> categories) {
		String day = completed ? "e.result_on" : "e.starts_on";
		return jdbc
			.sql("""
					select %s from training_enrolment e
					  join training_course c on c.id = e.course_id and c.deleted_at is null
					  join person p on p.id = e.person_id and p.deleted_at is null
					 where %s between :from and :to %s
					   and (cardinality(cast(:kinds as text[])) = 0 or c.kind = any(:kinds))
					   and ((cast(:allUnits as boolean) and cardinality(cast(:cats as text[])) = 0) or exists (
					       select 1 from person_fact pf
					        where pf.person_id = e.person_id and pf.valid_from <= %s
					          and (pf.valid_to is null or pf.valid_to > %s)
					          and (cast(:allUnits as boolean) or pf.unit_id = any(:units))
					          and (cardinality(cast(:cats as text[])) = 0 or pf.category = any(:cats))))""".formatted(
					persons ? "count(distinct e.person_id)" : "count(*)", day,
					completed ? "and e.result = 'COMPLETED'" : "", day, day))
			.param("from", from)
			.param("to", to)
			.param("kinds", kinds.toArray(String[]::new))
			.param("allUnits", unitIds == null)
			.param("units", unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new))
			.param("cats", categories.toArray(String[]::new))
			.query(Long.class)
			.single();
	}

}
