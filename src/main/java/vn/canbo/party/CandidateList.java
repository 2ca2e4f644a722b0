package vn.canbo.party;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Scope;

/**
 * The candidates (quần chúng ưu tú) not yet admitted of the scope, or of one
 * organisation's subtree: where each stands in the dossier (the steps done, the next
 * one), and the days that limit them — the awareness certificate valid until (PM-CLASS)
 * and the last month of the admission age (PM-AGE, by month). One query for the page (the
 * steps are aggregated in it).
 */
@Service
public class CandidateList {

	/** One line: the candidate, the steps done, the next step and the deadlines. */
	public record Line(Candidate candidate, int stepsDone, DossierStep nextStep, LocalDate certificateValidUntil,
			LocalDate ageLimitOn, boolean certificateExpired) {
	}

	private final PartyAccess access;

	private final CandidateRows rows;

	private final RuleParameters params;

	CandidateList(PartyAccess access, CandidateRows rows, RuleParameters params) {
		this.access = access;
		this.rows = rows;
		this.params = params;
	}

	@Transactional(readOnly = true)
	public List<Line> list(Long orgId, Scope scope, LocalDate on) {
		if (orgId != null) {
			access.org(orgId, scope);
		}
		Long[] units = access.scopeUnits(scope, on);
		Map<String, Object> p = new HashMap<>();
		p.put("all", units == null);
		p.put("units", units == null ? new Long[0] : units);
		String where = "c.member_id is null and (cast(:all as boolean) or o.unit_id = any(:units))";
		if (orgId != null) {
			where += """
					and c.org_id in (with recursive t(id) as (select cast(:org as bigint)
					 union all select x.id from party_org x join t on x.parent_id = t.id) select id from t)""";
			p.put("org", orgId);
		}
		int validity = params.intValue("party.awareness_certificate_months", on);
		int maxAge = params.intValue("party.admission_max_age", on);
		return rows.list(where, p).stream().map(c -> {
			DossierStep next = Arrays.stream(DossierStep.values())
				.filter(s -> !c.steps().containsKey(s))
				.findFirst()
				.orElse(null);
			LocalDate valid = c.classCompletedOn() == null ? null : c.classCompletedOn().plusMonths(validity);
			// the last day of the month in which the candidate is still within maxAge
			// full years by month
			LocalDate limit = c.birthDate().plusYears(maxAge).withDayOfMonth(1).plusMonths(1).minusDays(1);
			return new Line(c, c.steps().size(), next, valid, limit, valid != null && valid.isBefore(on));
		}).toList();
	}

}
