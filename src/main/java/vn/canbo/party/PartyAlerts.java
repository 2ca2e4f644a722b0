package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.rules.ModuleAlerts;
import vn.canbo.rules.RuleParameters;

/**
 * The admission deadlines as alerts ({@link ModuleAlerts}, shown by career's alert list
 * and the dashboard) for the Party organisations of the units given: a ceremony due
 * (PARTY_CEREMONY_DUE, PM-01, from the decision on), a probation ending within the alert
 * window ({@code alerts.window_days}, PARTY_PROBATION_ENDING, PM-02/PM-03) and a
 * recognition overdue (PARTY_RECOGNITION_OVERDUE, PM-03). The due date is the deadline.
 */
@Component
class PartyAlerts implements ModuleAlerts {

	private final JdbcClient jdbc;

	private final PipelineBoard boards;

	private final RuleParameters params;

	private final AdmissionRules rules;

	PartyAlerts(JdbcClient jdbc, PipelineBoard boards, RuleParameters params, AdmissionRules rules) {
		this.jdbc = jdbc;
		this.boards = boards;
		this.params = params;
		this.rules = rules;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Alert> alerts(Collection<Long> unitIds, LocalDate on) {
		List<Long> orgs = jdbc.sql("select id from party_org where cast(:all as boolean) or unit_id = any(:units)")
			.param("all", unitIds == null)
			.param("units", unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
		if (orgs.isEmpty()) {
			return List.of();
		}
		LocalDate horizon = on.plusDays(params.intValue("alerts.window_days", on));
		List<Alert> out = new ArrayList<>();
		for (Candidate.BoardItem i : boards.board(orgs, on)) {
			String kind = switch (i.kind()) {
				case "CEREMONY_DUE" -> "PARTY_CEREMONY_DUE";
				case "RECOGNITION_OVERDUE" -> "PARTY_RECOGNITION_OVERDUE";
				case "PROBATION_ENDING" ->
					!rules.probationEnd(i.since()).isAfter(horizon) ? "PARTY_PROBATION_ENDING" : null;
				default -> null;
			};
			if (kind != null) {
				out.add(new Alert(kind, null, i.name(), null, i.orgName(), i.due(), i.detail(),
						"/party/members/" + i.memberId()));
			}
		}
		return out;
	}

}
