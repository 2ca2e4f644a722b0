package vn.canbo.targets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.org.Units;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.VietnameseText;

/**
 * Programmes (table target_programme), the entry point of the module: their indicators
 * are written by {@link ProgrammeIndicators}, their manual values by
 * {@link ManualValues}, both after this class checked the programme. A programme is
 * visible when its unit lies in the user's scope (else {@link NotFoundException});
 * achievements are computed live, as of a date, within the user's scope: figures only
 * count the scope's persons and decisions, manual values only the scope's units
 * ({@link ProgrammeAchievements}); an indicator is checked by {@link IndicatorChecks}
 * before it is saved.
 */
@Service
public class Programmes {

	private final JdbcClient jdbc;

	private final Units units;

	private final AuditLog audit;

	private final ManualValues values;

	private final ProgrammeAchievements achievements;

	private final ProgrammeIndicators indicators;

	Programmes(JdbcClient jdbc, Units units, AuditLog audit, ManualValues values, ProgrammeAchievements achievements,
			ProgrammeIndicators indicators) {
		this.values = values;
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.achievements = achievements;
		this.indicators = indicators;
	}

	private static final String P_COLS = "id, code, title, issuing_body, unit_id, period_from, period_to, note, version";

	/** Programmes whose unit lies in the scope, newest period first (paged). */
	public List<Programme> list(Scope scope, int page, int size) {
		UnitFilter in = UnitFilter.of(units, scope, LocalDate.now());
		return in.bind(jdbc
			.sql("select " + P_COLS + " from target_programme where deleted_at is null" + in.on("unit_id")
					+ " order by period_from desc, id desc limit :l offset :o")
			.param("l", size)
			.param("o", (long) page * size)).query((rs, i) -> programme(rs, List.of())).list();
	}

	/**
	 * Programmes owned by the unit or its sub-units (within the scope) whose period
	 * overlaps [from, to].
	 */
	public List<Programme> forUnit(long unitId, LocalDate from, LocalDate to, Scope scope) {
		LocalDate d = to == null ? LocalDate.now() : to;
		if (!units.inScope(unitId, scope, d)) {
			return List.of();
		}
		Set<Long> ids = units.subtreeIds(Set.of(unitId), d);
		return jdbc
			.sql("select " + P_COLS + " from target_programme where deleted_at is null and unit_id = any(:u)"
					+ " and period_from <= :t and period_to >= :f order by period_from, id limit 200")
			.param("u", ids.toArray(Long[]::new))
			.param("f", from)
			.param("t", to)
			.query((rs, i) -> programme(rs, List.of()))
			.list();
	}

	public Programme get(long id, Scope scope) {
		Programme p = jdbc.sql("select " + P_COLS + " from target_programme where id = ? and deleted_at is null")
			.param(id)
			.query((rs, i) -> programme(rs, List.of()))
			.optional()
			.orElseThrow(
					() -> new NotFoundException(Messages.text("targets.error.programmeNotFound", String.valueOf(id))));
		if (!units.inScope(p.unitId(), scope, LocalDate.now()) && !units.inScope(p.unitId(), scope, p.periodFrom())) {
			throw new NotFoundException(Messages.text("targets.error.programmeNotFound", String.valueOf(id)));
		}
		List<Indicator> ind = indicators.of(id);
		return new Programme(p.id(), p.code(), p.title(), p.issuingBody(), p.unitId(), p.periodFrom(), p.periodTo(),
				p.note(), p.version(), ind);
	}

	/** Creates (id null) or updates the programme header (optimistic version check). */
	@Transactional
	public Programme save(Programme p, Scope scope) {
		List<FieldError> e = new ArrayList<>();
		if (p.code() == null || p.code().isBlank()) {
			e.add(new FieldError("code", Messages.text("targets.error.codeRequired"), p.code()));
		}
		if (p.title() == null || p.title().isBlank()) {
			e.add(new FieldError("title", Messages.text("targets.error.titleRequired"), p.title()));
		}
		if (p.periodFrom() == null) {
			e.add(new FieldError("periodFrom", Messages.text("targets.error.periodFromRequired"), null));
		}
		if (p.periodTo() == null) {
			e.add(new FieldError("periodTo", Messages.text("targets.error.periodToRequired"), null));
		}
		if (p.periodFrom() != null && p.periodTo() != null && p.periodTo().isBefore(p.periodFrom())) {
			e.add(new FieldError("periodTo", Messages.text("targets.error.periodOrder"), p.periodTo().toString()));
		}
		LocalDate d = p.periodFrom() == null ? LocalDate.now() : p.periodFrom();
		if (p.unitId() == null
				|| (units.find(p.unitId(), d).isEmpty() && units.find(p.unitId(), LocalDate.now()).isEmpty())
				|| !(units.inScope(p.unitId(), scope, LocalDate.now()) || units.inScope(p.unitId(), scope, d))) {
			e.add(new FieldError("unitId", Messages.text("targets.error.issuingUnit"), p.unitId()));
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		if (p.id() == null) {
			Integer dup = jdbc.sql("select count(*) from target_programme where code = ?")
				.param(p.code().strip())
				.query(Integer.class)
				.single();
			if (dup > 0) {
				throw new ValidationException("code", Messages.text("targets.error.codeExists"));
			}
			long id = jdbc
				.sql("insert into target_programme (code, title, issuing_body, unit_id, period_from, period_to, note)"
						+ " values (?, ?, ?, ?, ?, ?, ?) returning id")
				.params(p.code().strip(), VietnameseText.clean(p.title()), VietnameseText.clean(p.issuingBody()),
						p.unitId(), p.periodFrom(), p.periodTo(), p.note())
				.query(Long.class)
				.single();
			Programme saved = get(id, scope);
			audit.record(AuditAction.CREATE, "target_programme", String.valueOf(id), null, null, saved);
			return saved;
		}
		Programme before = get(p.id(), scope);
		int n = jdbc
			.sql("update target_programme set title = ?, issuing_body = ?, unit_id = ?, period_from = ?, period_to = ?,"
					+ " note = ?, version = version + 1, updated_at = now() where id = ? and version = ? and deleted_at is null")
			.params(VietnameseText.clean(p.title()), VietnameseText.clean(p.issuingBody()), p.unitId(), p.periodFrom(),
					p.periodTo(), p.note(), p.id(), p.version())
			.update();
		if (n == 0) {
			throw new ConcurrentEditException(Messages.text("targets.error.stale"));
		}
		Programme saved = get(p.id(), scope);
		audit.record(AuditAction.UPDATE, "target_programme", String.valueOf(p.id()), null, before, saved);
		return saved;
	}

	/** Adds (id null) or replaces an indicator of a programme. */
	@Transactional
	public Indicator saveIndicator(long programmeId, Indicator i, Scope scope) {
		get(programmeId, scope);
		return indicators.save(programmeId, i, scope);
	}

	/**
	 * Deletes a programme with its indicators (soft: kept for the audit, which records
	 * it); its code is freed for a new programme (the deleted one's becomes
	 * {@code code#id}). Outside the scope: not found; a stale version: 409.
	 */
	@Transactional
	public void delete(long id, int version, Scope scope) {
		Programme before = get(id, scope);
		int n = jdbc
			.sql("update target_programme set deleted_at = now(), code = left(code, 40) || '#' || id,"
					+ " version = version + 1 where id = ? and version = ? and deleted_at is null")
			.params(id, version)
			.update();
		if (n == 0) {
			throw new ConcurrentEditException(Messages.text("targets.error.stale"));
		}
		indicators.deleteAll(id);
		audit.record(AuditAction.DELETE, "target_programme", String.valueOf(id), null, before, null);
	}

	@Transactional
	public void deleteIndicator(long programmeId, long indicatorId, Scope scope) {
		get(programmeId, scope);
		indicators.delete(programmeId, indicatorId);
	}

	/**
	 * Records a manual value (e.g. party admissions) for a unit of the scope, with its
	 * source.
	 */
	@Transactional
	public IndicatorValue recordValue(long programmeId, long indicatorId, long unitId, LocalDate recordedOn, long value,
			Long base, String source, Scope scope) {
		requireIndicator(programmeId, indicatorId, scope);
		return values.record(indicatorId, unitId, recordedOn, value, base, source, scope);
	}

	/**
	 * The values recorded for a manual indicator on the scope's units, newest first, each
	 * with its source.
	 */
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(long programmeId, long indicatorId, Scope scope) {
		requireIndicator(programmeId, indicatorId, scope);
		return values.list(indicatorId, scope);
	}

	private void requireIndicator(long programmeId, long indicatorId, Scope scope) {
		Programme p = get(programmeId, scope);
		if (p.indicators().stream().noneMatch(i -> i.id() == indicatorId)) {
			throw new NotFoundException(Messages.text("targets.error.indicatorNotFound", String.valueOf(indicatorId)));
		}
	}

	/**
	 * The achievement of every indicator of the programme as of the date, within the
	 * scope.
	 */
	@Transactional(readOnly = true)
	public List<Achievement> achievements(long programmeId, LocalDate asOf, Scope scope) {
		Programme p = get(programmeId, scope);
		return achievements.all(p, asOf == null ? LocalDate.now() : asOf, scope);
	}

	/**
	 * Indicators shown on the dashboard against a figure (PEOPLE_WOMEN…), of programmes
	 * running on the date in the scope.
	 */
	public Optional<Indicator> dashboardIndicator(String figureCode, Scope scope, LocalDate asOf) {
		return indicators.onDashboard(figureCode, UnitFilter.of(units, scope, asOf), asOf);
	}

	/** One indicator's achievement as of the date, within the scope (the dashboard's). */
	Achievement achievement(Programme p, Indicator i, LocalDate asOf, Scope scope) {
		return achievements.achievement(p, i, asOf, scope);
	}

	private static Programme programme(ResultSet rs, List<Indicator> ind) throws SQLException {
		return new Programme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8), rs.getInt(9), ind);
	}

}
