package vn.canbo.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.PersonNames;
import vn.canbo.people.PersonService;
import vn.canbo.people.Position;
import vn.canbo.reports.FigureRequest;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.PageResult;

/**
 * Drill-down of the EVALUATION_* figures: the persons behind a number, counted exactly as
 * {@link EvaluationFigures} counts them (same request, same checks: a root outside the
 * scope is 404, a filter it cannot apply 400), by name, paged — EVALUATION_&lt;RATING&gt;
 * the persons with that final rating, EVALUATION_RATED every person rated.
 */
@Service
public class RatedPersons {

	private final EvaluationFigures figures;

	private final JdbcClient jdbc;

	private final PersonNames names;

	private final Units units;

	private final PersonService people;

	private final Catalogs catalogs;

	RatedPersons(EvaluationFigures figures, JdbcClient jdbc, Units units, PersonService people, Catalogs catalogs,
			PersonNames names) {
		this.names = names;
		this.figures = figures;
		this.jdbc = jdbc;
		this.units = units;
		this.people = people;
		this.catalogs = catalogs;
	}

	@Transactional(readOnly = true)
	public PageResult<RatedPerson> persons(String code, FigureRequest r, int page, int size) {
		if (code == null || figures.definition(code).isEmpty()) {
			throw new NotFoundException(Messages.text("evaluation.error.figureUnknown", String.valueOf(code)));
		}
		EvaluationFigures.Basis b = figures.basis(code, r);
		String rest = code.substring(EvaluationFigures.PREFIX.length());
		String rating = "RATED".equals(rest) ? null : rest;
		int p = Math.max(page, 0);
		int s = Math.min(Math.max(size, 1), 200);
		// every row of the figure, then the names from the people API: sorted as the
		// person lists (the name's sort key, then the id; a person of no dossier last)
		List<Object[]> all = EvaluationFigures
			.bind(jdbc.sql("select x.* from (" + EvaluationFigures.LATEST + ") x"
					+ " where (cast(:rating as text) is null or x.rating = :rating)"), b)
			.param("rating", rating)
			.query((rs,
					i) -> new Object[] { rs.getLong("person_id"), "", rs.getLong("unit_id"), rs.getString("rating"),
							rs.getBigDecimal("score"), rs.getBigDecimal("common_score"), rs.getBigDecimal("task_score"),
							rs.getLong("campaign_id"), rs.getString("campaign_name") })
			.list();
		long total = all.size();
		Map<Long, PersonNames.Name> named = names.of(all.stream().map(o -> (Long) o[0]).toList());
		List<Object[]> rows = all.stream().sorted(Comparator.<Object[]>comparingInt(o -> {
			PersonNames.Name n = named.get((Long) o[0]);
			return n == null ? Integer.MAX_VALUE : n.bySortKey();
		}).thenComparingLong(o -> (Long) o[0])).skip((long) p * s).limit(s).map(o -> {
			PersonNames.Name n = named.get((Long) o[0]);
			o[1] = n == null ? "" : n.fullName();
			return o;
		}).toList();
		List<Long> ids = rows.stream().map(o -> (Long) o[0]).toList();
		Map<Long, UnitView> unitViews = units.findAll(rows.stream().map(o -> (Long) o[2]).toList(), b.to());
		Map<Long, String> titles = new HashMap<>();
		people.positionsOn(ids, b.to(), r.scope())
			.forEach((id, ps) -> ps.stream()
				.filter(x -> !x.concurrent())
				.findFirst()
				.ifPresent(x -> titles.put(id, title(x))));
		List<RatedPerson> out = new ArrayList<>();
		for (Object[] o : rows) {
			UnitView u = unitViews.get((Long) o[2]);
			out.add(new RatedPerson((Long) o[0], (String) o[1], (Long) o[2], u == null ? "" : u.name(),
					titles.getOrDefault((Long) o[0], ""), Rating.valueOf((String) o[3]), (java.math.BigDecimal) o[4],
					(java.math.BigDecimal) o[5], (java.math.BigDecimal) o[6], (Long) o[7], (String) o[8]));
		}
		return new PageResult<>(out, p, s, total, false);
	}

	private String title(Position x) {
		if (x.titleText() != null && !x.titleText().isBlank()) {
			return x.titleText();
		}
		return x.titleCode() == null ? "" : catalogs.name(CatalogType.TITLE, x.titleCode());
	}

}
