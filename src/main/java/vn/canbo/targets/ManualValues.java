package vn.canbo.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.Units;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * The manually recorded values of indicators (table target_indicator_value), each with
 * its source, limited to the units of the scope.
 */
@Component
class ManualValues {

	/** The sum over the scope's units, and the sources of the values summed. */
	record Sum(long value, long base, String sources) {
	}

	private static final String COLS = "id, indicator_id, unit_id, recorded_on, value, base, source";

	private final JdbcClient jdbc;

	private final Units units;

	private final AuditLog audit;

	ManualValues(JdbcClient jdbc, Units units, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	/**
	 * Validates (all errors at once) and stores a value; the caller checked the
	 * indicator.
	 */
	IndicatorValue record(long indicatorId, long unitId, LocalDate recordedOn, long value, Long base, String source,
			Scope scope) {
		List<FieldError> e = new ArrayList<>();
		LocalDate d = recordedOn == null ? LocalDate.now() : recordedOn;
		if (!units.inScope(unitId, scope, d) || units.find(unitId, d).isEmpty()) {
			e.add(new FieldError("unitId", Messages.text("targets.error.unitOutOfScope"), unitId));
		}
		if (value < 0) {
			e.add(new FieldError("value", Messages.text("targets.error.valueNegative"), value));
		}
		if (base != null && base < value) {
			e.add(new FieldError("base", Messages.text("targets.error.baseBelowValue"), base));
		}
		if (source == null || source.isBlank()) {
			e.add(new FieldError("source", Messages.text("targets.error.sourceRequired"), source));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		IndicatorValue saved = jdbc
			.sql("insert into target_indicator_value (indicator_id, unit_id, recorded_on, value, base, source)"
					+ " values (?, ?, ?, ?, ?, ?) returning " + COLS)
			.params(indicatorId, unitId, d, value, base, VietnameseText.clean(source.strip()))
			.query((rs, n) -> row(rs))
			.single();
		audit.record(AuditAction.CREATE, "target_indicator_value", String.valueOf(saved.id()), null, null,
				Map.of("indicatorId", indicatorId, "unitId", unitId, "value", value, "recordedOn", d.toString(),
						"source", saved.source()));
		return saved;
	}

	/** Every value recorded for the indicator on the scope's units, newest first. */
	List<IndicatorValue> list(long indicatorId, Scope scope) {
		UnitFilter in = UnitFilter.of(units, scope, LocalDate.now());
		return in
			.bind(jdbc.sql("select " + COLS + " from target_indicator_value where indicator_id = :i" + in.on("unit_id")
					+ " order by recorded_on desc, id desc")
				.param("i", indicatorId))
			.query((rs, n) -> row(rs))
			.list();
	}

	/**
	 * Sum of the latest value (and base) per unit recorded on or before the date, over
	 * the scope's units, with their distinct sources ("; "-joined, null when none).
	 */
	Sum sum(long indicatorId, LocalDate asOf, Scope scope) {
		UnitFilter in = UnitFilter.of(units, scope, asOf);
		return in.bind(jdbc.sql(
				"select coalesce(sum(value), 0), coalesce(sum(base), 0), string_agg(distinct source, '; ' order by source)"
						+ " from (select distinct on (unit_id) value, base, source"
						+ " from target_indicator_value where indicator_id = :i and recorded_on <= :d"
						+ in.on("unit_id") + " order by unit_id, recorded_on desc, id desc) v")
			.param("i", indicatorId)
			.param("d", asOf)).query((rs, n) -> new Sum(rs.getLong(1), rs.getLong(2), rs.getString(3))).single();
	}

	private static IndicatorValue row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new IndicatorValue(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
				rs.getLong(5), rs.getObject(6, Long.class), rs.getString(7));
	}

}
