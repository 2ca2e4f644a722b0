package vn.canbo.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/**
 * Khen thưởng tập thể (table {@code collective_award}, V4_33): scope first — a unit
 * outside the scope on the decision date (or today, for a list) is not found, exactly as
 * one that does not exist; the unit must exist on the decision date (org's API); every
 * change audited; deletion is soft, with a reason.
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class CollectiveAwards {

	private static final String COLUMNS = "id, unit_id, form_code, level, issuer, decision_number, decision_date, "
			+ "achievement, programme";

	private final JdbcClient jdbc;

	private final Units units;

	private final Catalogs catalogs;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	CollectiveAwards(JdbcClient jdbc, Units units, Catalogs catalogs, CurrentUser currentUser, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.catalogs = catalogs;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/** The awards of a unit, latest first (404 when the unit is outside the scope). */
	@Transactional(readOnly = true)
	public List<CollectiveAward> list(long unitId, Scope scope) {
		LocalDate today = LocalDate.now();
		if (!units.inScope(unitId, scope, today) || units.find(unitId, today).isEmpty()) {
			throw notFoundUnit(unitId);
		}
		return jdbc
			.sql("select " + COLUMNS + " from collective_award where unit_id = :u and deleted_at is null"
					+ " order by decision_date desc, id desc")
			.param("u", unitId)
			.query((rs, n) -> row(rs))
			.list()
			.stream()
			.map(this::named)
			.toList();
	}

	/** Records an award after checking it whole (every error at once). */
	@Transactional
	public CollectiveAward add(CollectiveAward a, Scope scope) {
		Errors e = new Errors();
		if (a.unitId() == null) {
			e.add("unitId", text("unitRequired"));
		}
		else if (a.decisionDate() != null) {
			// scope first: outside the scope = not found, before anything else is said
			if (!units.inScope(a.unitId(), scope, a.decisionDate())) {
				throw notFoundUnit(a.unitId());
			}
			if (units.find(a.unitId(), a.decisionDate()).isEmpty()) {
				e.add("unitId", text("unitMissing", a.unitId(), Dates.format(a.decisionDate())), a.unitId());
			}
		}
		if (a.formCode() == null || a.formCode().isBlank()) {
			e.add("formCode", text("formRequired"));
		}
		e.code(catalogs, "formCode", CatalogType.AWARD_FORM, a.formCode(), a.decisionDate(),
				Messages.text("people.history.label.awardForm"));
		if (a.decisionNumber() == null || a.decisionNumber().isBlank()) {
			e.add("decisionNumber", text("numberRequired"));
		}
		if (a.decisionDate() == null) {
			e.add("decisionDate", text("dateRequired"));
		}
		else if (a.decisionDate().isAfter(LocalDate.now())) {
			e.add("decisionDate", text("dateFuture"), Dates.format(a.decisionDate()));
		}
		DossierValidator.length(e, "decisionNumber", a.decisionNumber(), 100,
				Messages.text("people.col.decisionNumber"));
		DossierValidator.length(e, "issuer", a.issuer(), 300, Messages.text("people.col.issuer"));
		DossierValidator.length(e, "programme", a.programme(), 300, Messages.text("people.history.label.programme"));
		e.throwIfAny();
		long id = jdbc
			.sql("insert into collective_award (unit_id, form_code, level, issuer, decision_number, decision_date,"
					+ " achievement, programme, created_by) values (:u, :f, :l, :i, :n, :d, :a, :p, :by) returning id")
			.param("u", a.unitId())
			.param("f", a.formCode().strip())
			.param("l", a.level() == null ? null : a.level().name())
			.param("i", a.issuer())
			.param("n", a.decisionNumber().strip())
			.param("d", a.decisionDate())
			.param("a", a.achievement())
			.param("p", a.programme())
			.param("by", currentUser.username())
			.query(Long.class)
			.single();
		CollectiveAward stored = find(id);
		audit.record(AuditAction.CREATE, "collective_award", String.valueOf(id), null, null, stored);
		return named(stored);
	}

	/**
	 * Soft-deletes an award of a unit (404 when the unit is outside the scope, or the
	 * award is not there or not the unit's).
	 */
	@Transactional
	public void delete(long unitId, long id, String reason, Scope scope) {
		if (!units.inScope(unitId, scope, LocalDate.now())) {
			throw notFoundUnit(unitId);
		}
		CollectiveAward a = jdbc
			.sql("select " + COLUMNS + " from collective_award where id = :id and unit_id = :u and deleted_at is null")
			.param("id", id)
			.param("u", unitId)
			.query((rs, n) -> row(rs))
			.optional()
			.filter(x -> units.inScope(x.unitId(), scope, x.decisionDate()))
			.orElseThrow(() -> new NotFoundException(text("notFound", id)));
		jdbc.sql("update collective_award set deleted_at = now(), deleted_by = :by, delete_reason = :r where id = :id")
			.param("by", currentUser.username())
			.param("r", reason == null || reason.isBlank() ? "Xóa" : reason)
			.param("id", id)
			.update();
		audit.record(AuditAction.DELETE, "collective_award", String.valueOf(id), null, a,
				Map.of("deleted", true, "reason", reason == null ? "" : reason));
	}

	private CollectiveAward find(long id) {
		return jdbc.sql("select " + COLUMNS + " from collective_award where id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs))
			.single();
	}

	private CollectiveAward named(CollectiveAward a) {
		String name = units.find(a.unitId(), a.decisionDate()).map(UnitView::name).orElse(null);
		return new CollectiveAward(a.id(), a.unitId(), name, a.formCode(), a.level(), a.issuer(), a.decisionNumber(),
				a.decisionDate(), a.achievement(), a.programme());
	}

	private static CollectiveAward row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String level = rs.getString("level");
		return new CollectiveAward(rs.getLong("id"), rs.getLong("unit_id"), null, rs.getString("form_code"),
				level == null ? null : AwardLevel.valueOf(level), rs.getString("issuer"),
				rs.getString("decision_number"), PersonRows.date(rs, "decision_date"), rs.getString("achievement"),
				rs.getString("programme"));
	}

	private static NotFoundException notFoundUnit(long unitId) {
		return new NotFoundException(Messages.text("people.history.unitOutOfScope") + " (" + unitId + ")");
	}

	private static String text(String key, Object... args) {
		return Messages.text("people.collective." + key, args);
	}

}
