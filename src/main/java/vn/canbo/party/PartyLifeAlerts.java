package vn.canbo.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.rules.ModuleAlerts;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * The deadlines of a member's life as alerts ({@link ModuleAlerts}): a transfer whose
 * letter is not yet presented at the receiving chi bộ of the units, due on its TR-03
 * deadline (PARTY_TRANSFER_NOT_PRESENTED, shown to the receiving side from the
 * introduction on); a Party badge milestone reached from today to the end of the alert
 * window ({@code alerts.window_days}) without its badge (PARTY_BADGE_DUE; the backlog of
 * badges never recorded is on the badges page, not in the alerts).
 */
@Component
class PartyLifeAlerts implements ModuleAlerts {

	private final Transfers transfers;

	private final Badges badges;

	private final RuleParameters params;

	PartyLifeAlerts(Transfers transfers, Badges badges, RuleParameters params) {
		this.transfers = transfers;
		this.badges = badges;
		this.params = params;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Alert> alerts(Collection<Long> unitIds, LocalDate on) {
		List<Alert> out = new ArrayList<>();
		for (Transfers.Transfer t : transfers.notPresented(unitIds)) {
			out.add(new Alert("PARTY_TRANSFER_NOT_PRESENTED", null, t.memberName(), null, t.toOrgName(),
					t.presentDeadline(), Messages.text("party.alert.transfer", t.fromOrgName(), t.letterNumber(),
							Formats.date(t.introducedOn())),
					"/party/transfers"));
		}
		LocalDate horizon = on.plusDays(params.intValue("alerts.window_days", on));
		for (Badges.Due d : badges.due(unitIds == null ? null : unitIds.toArray(Long[]::new), horizon,
				on.minusDays(1))) {
			out.add(new Alert("PARTY_BADGE_DUE", null, d.name(), null, d.orgName(), d.dueOn(),
					Messages.text("party.alert.badge", d.years()), "/party/members/" + d.memberId()));
		}
		return out;
	}

}
