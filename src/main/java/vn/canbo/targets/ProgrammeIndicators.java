package vn.canbo.targets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;
import vn.canbo.targets.Indicator.Direction;
import vn.canbo.targets.Indicator.Kind;

/**
 * The indicators of the programmes (table target_indicator): read, checked by
 * {@link IndicatorChecks}, written and audited. {@link Programmes} checks the programme
 * (and so the scope) before calling.
 */
@Component
class ProgrammeIndicators {

	private static final String COLS = "id, code, name, kind, direction, target_value, figure_code, base_figure_code,"
			+ " population_id, numerator_population_id, manual, verb, noun, dashboard_figure, sort_order,"
			+ " phrasing, decimals, cast(figure_filter as text)";

	/** The written columns, in the order of {@link #values}. */
	private static final String WRITTEN = "code, name, kind, direction, target_value, figure_code, base_figure_code,"
			+ " population_id, numerator_population_id, manual, verb, noun, dashboard_figure, sort_order, phrasing,"
			+ " decimals, figure_filter";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final IndicatorChecks checks;

	ProgrammeIndicators(JdbcClient jdbc, AuditLog audit, IndicatorChecks checks) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.checks = checks;
	}

	/** The indicators of a programme, in their order. */
	List<Indicator> of(long programmeId) {
		return jdbc
			.sql("select " + COLS + " from target_indicator where programme_id = ? and deleted_at is null"
					+ " order by sort_order, id")
			.param(programmeId)
			.query((rs, n) -> indicator(rs))
			.list();
	}

	/** Adds (id null) or replaces an indicator of the programme, after its checks. */
	Indicator save(long programmeId, Indicator i, Scope scope) {
		checks.validate(i, scope);
		if (i.id() == null) {
			long id = jdbc
				.sql("insert into target_indicator (programme_id, " + WRITTEN + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?,"
						+ " ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id")
				.params(values(List.of(programmeId), i, List.of()))
				.query(Long.class)
				.single();
			Indicator saved = find(id);
			audit.record(AuditAction.CREATE, "target_indicator", String.valueOf(id), null, null, saved);
			return saved;
		}
		Indicator before = find(i.id());
		jdbc.sql("update target_indicator set (" + WRITTEN + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " cast(? as jsonb)) where id = ? and programme_id = ? and deleted_at is null")
			.params(values(List.of(), i, List.of(i.id(), programmeId)))
			.update();
		Indicator saved = find(i.id());
		audit.record(AuditAction.UPDATE, "target_indicator", String.valueOf(i.id()), null, before, saved);
		return saved;
	}

	void delete(long programmeId, long indicatorId) {
		Indicator before = find(indicatorId);
		jdbc.sql("update target_indicator set deleted_at = now() where id = ? and programme_id = ?")
			.params(indicatorId, programmeId)
			.update();
		audit.record(AuditAction.DELETE, "target_indicator", String.valueOf(indicatorId), null, before, null);
	}

	/**
	 * Soft-deletes every indicator of a deleted programme (the programme's audit row
	 * covers them).
	 */
	void deleteAll(long programmeId) {
		jdbc.sql("update target_indicator set deleted_at = now() where programme_id = ? and deleted_at is null")
			.param(programmeId)
			.update();
	}

	/**
	 * The latest indicator shown on the dashboard against a figure, of programmes running
	 * on the date and owned by the units of the filter.
	 */
	Optional<Indicator> onDashboard(String figureCode, UnitFilter in, LocalDate asOf) {
		return in
			.bind(jdbc.sql("select i.id from target_indicator i join target_programme p on p.id = i.programme_id"
					+ " where i.deleted_at is null and p.deleted_at is null and i.dashboard_figure = :f"
					+ " and p.period_from <= :d and p.period_to >= :d" + in.on("p.unit_id")
					+ " order by p.period_from desc, i.id desc limit 1")
				.param("f", figureCode)
				.param("d", asOf))
			.query(Long.class)
			.optional()
			.map(this::find);
	}

	private Indicator find(long id) {
		return jdbc.sql("select " + COLS + " from target_indicator where id = ?")
			.param(id)
			.query((rs, n) -> indicator(rs))
			.single();
	}

	/**
	 * The values of {@link #WRITTEN}, cleaned ({@link VietnameseText#clean}: blank texts
	 * stored as null), between the statement's other parameters.
	 */
	private static Object[] values(List<Object> before, Indicator i, List<Object> after) {
		List<Object> v = new ArrayList<>(before);
		Collections.addAll(v, i.code().strip(), VietnameseText.clean(i.name()), i.kind().name(), i.direction().name(),
				i.targetValue(), VietnameseText.clean(i.figureCode()), VietnameseText.clean(i.baseFigureCode()),
				i.populationId(), i.numeratorPopulationId(), i.manual(), VietnameseText.clean(i.verb()),
				VietnameseText.clean(i.noun()), VietnameseText.clean(i.dashboardFigure()), i.sortOrder(),
				i.phrasing().name(), i.decimals(), FigureFilters.write(i.figureFilter()));
		v.addAll(after);
		return v.toArray();
	}

	private static Indicator indicator(ResultSet rs) throws SQLException {
		return new Indicator(rs.getLong(1), rs.getString(2), rs.getString(3), Kind.valueOf(rs.getString(4)),
				Direction.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getString(7), rs.getString(8),
				rs.getObject(9, Long.class), rs.getObject(10, Long.class), rs.getBoolean(11), rs.getString(12),
				rs.getString(13), rs.getString(14), rs.getInt(15), Indicator.Wording.valueOf(rs.getString(16)),
				rs.getInt(17), FigureFilters.read(rs.getString(18)));
	}

}
