package vn.canbo.planning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.career.DecisionIssued;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * An issued appointment closes the candidacy (issue 17): on career's
 * {@link DecisionIssued}, every subject given a post (a decision that opens one: bổ
 * nhiệm, đề bạt, bầu, chỉ định, điều động giữ chức vụ, kiêm nhiệm…) who is in a plan of
 * that unit for that title, or for an equivalent one (same rank of the title catalog, the
 * same unit so the same level: PLAN-01's model), open on the effective day, is taken out
 * of the plan on that day as APPOINTED, with the decision's number and signing day as the
 * removal decision; audited per candidacy. A revocation or amendment of that decision
 * reopens the candidacies it closed (its effects are undone, so is their consequence),
 * unless the person was planned again for the title meanwhile; an amendment then closes
 * them again with its own subjects. A plain {@code @EventListener}, not Spring Modulith's
 * asynchronous {@code @ApplicationModuleListener}: it runs in the issuing transaction at
 * the moment of publication, so the decision and the plan change commit together or not
 * at all, and an error here refuses the issue (nothing half-written).
 */
@Component
class AppointmentListener {

	private final JdbcClient jdbc;

	private final PlanningRows rows;

	private final PlanningChecks checks;

	private final Units units;

	private final Catalogs catalogs;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	AppointmentListener(JdbcClient jdbc, PlanningRows rows, PlanningChecks checks, Units units, Catalogs catalogs,
			AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.checks = checks;
		this.units = units;
		this.catalogs = catalogs;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@EventListener
	void on(DecisionIssued e) {
		if (e.undoneDecisionId() != null) {
			reopen(e.undoneDecisionId());
		}
		if (e.opensPost() && e.effectiveOn() != null) {
			for (DecisionIssued.Subject s : e.subjects()) {
				if (s.unitId() != null && s.titleCode() != null) {
					close(e, s);
				}
			}
		}
	}

	private record Open(long id, long planId, String titleCode) {
	}

	private void close(DecisionIssued e, DecisionIssued.Subject s) {
		LocalDate day = e.effectiveOn();
		int rank = checks.rank(s.titleCode());
		List<Open> open = jdbc.sql("""
				select c.id, c.plan_id, c.title_code from planning_candidate c
				  join planning_plan p on p.id = c.plan_id
				 where c.person_id = ? and p.unit_id = ? and c.added_on <= ? and c.removed_on is null
				 order by c.id""")
			.params(s.personId(), s.unitId(), day)
			.query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list()
			.stream()
			.filter(o -> o.titleCode().equals(s.titleCode())
					|| (rank != PlanningChecks.NO_RANK && checks.rank(o.titleCode()) == rank))
			.toList();
		if (open.isEmpty()) {
			return;
		}
		String unit = units.find(s.unitId(), day).map(UnitView::name).orElse("");
		LocalDate decided = e.signedOn() == null ? day : e.signedOn();
		String reason = Messages.text(Messages.VIETNAMESE, "planning.appointed.reason",
				Messages.text(Messages.VIETNAMESE, "career.decisionType." + e.appliedAs().name()),
				catalogs.name(CatalogType.TITLE, s.titleCode()), unit, e.number(), Formats.date(decided));
		for (Open o : open) {
			rows.lockPlan(o.planId());
			Candidate before = rows.candidate(o.id()).orElseThrow();
			jdbc.sql("""
					update planning_candidate set removed_on = ?, removal_reason = ?, removal_decision_number = ?,
					  removal_decided_on = ?, removed_by = ?, appointed_by_decision_id = ?
					 where id = ? and removed_on is null""")
				.params(day, reason, e.number(), decided, currentUser.username(), e.decisionId(), o.id())
				.update();
			audit.record(AuditAction.UPDATE, "planning_candidate", String.valueOf(o.id()), s.personId(), before,
					rows.candidate(o.id()).orElseThrow());
		}
	}

	private void reopen(long decisionId) {
		List<Open> closed = jdbc
			.sql("""
					select id, plan_id, title_code from planning_candidate where appointed_by_decision_id = ? order by id""")
			.param(decisionId)
			.query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
		for (Open o : closed) {
			rows.lockPlan(o.planId());
			Candidate before = rows.candidate(o.id()).orElseThrow();
			if (rows.openCandidacy(o.planId(), o.titleCode(), before.personId())) {
				continue; // planned again for the title meanwhile: that candidacy stands
			}
			jdbc.sql("""
					update planning_candidate set removed_on = null, removal_reason = null,
					  removal_decision_number = null, removal_decided_on = null, removed_by = null,
					  appointed_by_decision_id = null where id = ?""").param(o.id()).update();
			audit.record(AuditAction.UPDATE, "planning_candidate", String.valueOf(o.id()), before.personId(), before,
					rows.candidate(o.id()).orElseThrow());
		}
	}

}
