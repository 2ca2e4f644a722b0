package vn.canbo.party;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Edit and deletion of admission plans (issue 18): scope first (a plan of an organisation
 * outside the scope, or moved to one, is not found), then the optimistic lock (the
 * version the user loaded; a stale one is a conflict, nothing changed), then every error
 * of the content at once as on creation; audited with the plan before and after.
 */
@Service
public class PartyPlanEdits {

	private final JdbcClient jdbc;

	private final PartyPlans plans;

	private final PartyAccess access;

	private final AuditLog audit;

	PartyPlanEdits(JdbcClient jdbc, PartyPlans plans, PartyAccess access, AuditLog audit) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.access = access;
		this.audit = audit;
	}

	@Transactional
	public AdmissionPlan update(long planId, AdmissionPlan.Edit edit, Scope scope) {
		AdmissionPlan before = plans.get(planId, scope);
		AdmissionPlan.Input in = edit.input();
		PartyAccess.OrgRow org = access.org(in.orgId() == null ? before.orgId() : in.orgId(), scope);
		fresh(before, edit.version());
		List<AdmissionPlan.SubTarget> subs = in.subTargets() == null ? List.of() : in.subTargets();
		int yearTo = plans.check(in, org, planId);
		int n = jdbc.sql("""
				update party_admission_plan set org_id = ?, year_from = ?, year_to = ?, name = ?, target = ?, basis = ?,
				decimals = ?, version = version + 1 where id = ? and version = ?""")
			.params(org.id(), in.yearFrom(), yearTo, in.name().strip(), in.target(),
					in.basis() == null || in.basis().isBlank() ? null : in.basis().strip(),
					in.decimals() == null ? before.decimals() : in.decimals(), planId, edit.version())
			.update();
		if (n == 0) {
			throw stale(before);
		}
		jdbc.sql("delete from party_admission_subtarget where plan_id = ?").param(planId).update();
		for (AdmissionPlan.SubTarget s : subs) {
			jdbc.sql("insert into party_admission_subtarget (plan_id, place_kind, target) values (?, ?, ?)")
				.params(planId, s.placeKind().name(), s.target())
				.update();
		}
		AdmissionPlan after = plans.read(planId);
		audit.record(AuditAction.UPDATE, "party_admission_plan", String.valueOf(planId), null, before, after);
		return after;
	}

	@Transactional
	public void delete(long planId, Integer version, Scope scope) {
		AdmissionPlan before = plans.get(planId, scope);
		fresh(before, version);
		if (jdbc.sql("delete from party_admission_plan where id = ? and version = ?")
			.params(planId, version)
			.update() == 0) {
			throw stale(before);
		}
		audit.record(AuditAction.DELETE, "party_admission_plan", String.valueOf(planId), null, before, null);
	}

	private static void fresh(AdmissionPlan p, Integer version) {
		if (version == null) {
			throw new ValidationException(
					List.of(new FieldError("version", Messages.text("party.plan.error.version"))));
		}
		if (version != p.version()) {
			throw stale(p);
		}
	}

	private static ConcurrentEditException stale(AdmissionPlan p) {
		return new ConcurrentEditException(Messages.text("party.plan.error.stale", p.name()));
	}

}
