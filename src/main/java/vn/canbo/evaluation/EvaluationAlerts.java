package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.people.PersonNames;
import vn.canbo.rules.ModuleAlerts;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Messages;

/**
 * The evaluation's alerts ({@link ModuleAlerts}), for the units given (the caller's
 * scope): an OPEN campaign past its deadline (CAMPAIGN_OVERDUE); an OPEN campaign with a
 * unit and task group over the HTXSNV quota (QUOTA_EXCEEDED, one per group); a party
 * member whose final PARTY_MEMBER yearly ratings of the last {@code
 * alerts.party_removal_years} rated years (ending this year when rated, otherwise last
 * year) are all among {@code alerts.party_removal_ratings} (PARTY_REMOVAL: the chi bộ
 * considers xóa tên, QĐ 24-QĐ/TW 8.1, §9.6; [U] whether KHTNV is "vi phạm tư cách"). A
 * campaign counts when its root unit is among the units; a person when the unit they were
 * evaluated in, in the latest year, is.
 */
@Component
class EvaluationAlerts implements ModuleAlerts {

	private final CampaignRows rows;

	private final CampaignAccess access;

	private final QuotaCounter quota;

	private final RuleParameters params;

	private final JdbcClient jdbc;

	private final PersonNames names;

	EvaluationAlerts(CampaignRows rows, CampaignAccess access, QuotaCounter quota, RuleParameters params,
			JdbcClient jdbc, PersonNames names) {
		this.names = names;
		this.rows = rows;
		this.access = access;
		this.quota = quota;
		this.params = params;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Alert> alerts(Collection<Long> unitIds, LocalDate on) {
		Set<Long> units = unitIds == null ? null : new HashSet<>(unitIds);
		List<Alert> out = new ArrayList<>();
		for (Campaign c0 : rows.campaigns(units, Map.of())) {
			if (c0.finalised()) {
				continue;
			}
			Campaign c = access.named(c0);
			String link = "/evaluations/" + c.id();
			if (c.deadline() != null && c.deadline().isBefore(on)) {
				out.add(new Alert("CAMPAIGN_OVERDUE", null, c.name(), c.rootUnitId(), c.rootUnitName(), c.deadline(),
						Messages.text("evaluation.alert.overdue", StepRecording.d(c.deadline()), c.ratedCount(),
								c.subjectCount()),
						link));
			}
			QuotaCheck q = quota.check(c, units, Map.of());
			Map<Long, String> names = access.unitNames(
					q.groups().stream().filter(QuotaCheck.Group::exceeded).map(QuotaCheck.Group::unitId).toList(),
					c.periodTo());
			for (QuotaCheck.Group g : q.groups()) {
				if (g.exceeded()) {
					out.add(new Alert("QUOTA_EXCEEDED", null, c.name(), g.unitId(), names.get(g.unitId()),
							c.deadline() == null ? on : c.deadline(),
							Messages.text("evaluation.alert.quota",
									g.taskGroup() == null ? Messages.text("evaluation.quota.noGroup") : g.taskGroup(),
									g.excellent(), g.allowed(), g.pct(), g.base(), g.over()),
							link));
				}
			}
		}
		out.addAll(partyRemovals(units, on));
		return out;
	}

	private record Rated(long personId, String name, int year, Rating rating, long unitId) {
	}

	private List<Alert> partyRemovals(Set<Long> units, LocalDate on) {
		int n = Math.max(1, params.intValue("alerts.party_removal_years", on));
		Set<Rating> counted = params.listValue("alerts.party_removal_ratings", on)
			.stream()
			.map(x -> Rating.valueOf(x.strip()))
			.collect(Collectors.toSet());
		int last = on.getYear();
		Map<Long, TreeMap<Integer, Rated>> byPerson = new HashMap<>();
		List<Rated> rated = jdbc.sql("""
				select s.person_id, extract(year from c.period_to)::int as y, s.rating, s.unit_id
				  from evaluation_subject s join evaluation_campaign c on c.id = s.campaign_id
				 where c.kind = 'PARTY_MEMBER' and c.period_kind = 'YEAR' and s.final_rating and s.rating is not null
				   and s.person_id is not null and c.period_to between ? and ? order by c.period_to, c.id""")
			.params(LocalDate.of(last - n, 1, 1), LocalDate.of(last, 12, 31))
			.query((rs, i) -> new Rated(rs.getLong("person_id"), null, rs.getInt("y"),
					Rating.valueOf(rs.getString("rating")), rs.getLong("unit_id")))
			.list();
		// the names from the people API (deleted dossiers included); a subject of no
		// dossier is left out, as the join with the person table did
		Map<Long, String> named = names.fullNames(rated.stream().map(Rated::personId).distinct().toList());
		rated.stream()
			.filter(r -> named.containsKey(r.personId()))
			.map(r -> new Rated(r.personId(), named.get(r.personId()), r.year(), r.rating(), r.unitId()))
			.forEach(r -> byPerson.computeIfAbsent(r.personId(), k -> new TreeMap<>())
				.merge(r.year(), r, (a, b) -> a.rating().worseThan(b.rating()) ? a : b));
		List<Alert> out = new ArrayList<>();
		for (TreeMap<Integer, Rated> years : byPerson.values()) {
			Rated latest = years.lastEntry().getValue();
			int end = latest.year();
			if (end < last - 1 || (units != null && !units.contains(latest.unitId()))) {
				continue;
			}
			boolean all = IntStream.rangeClosed(end - n + 1, end)
				.allMatch(y -> years.containsKey(y) && counted.contains(years.get(y).rating()));
			if (!all) {
				continue;
			}
			String list = IntStream.rangeClosed(end - n + 1, end)
				.mapToObj(String::valueOf)
				.collect(Collectors.joining(", "));
			out.add(new Alert("PARTY_REMOVAL", latest.personId(), latest.name(), latest.unitId(), null,
					LocalDate.of(end, 12, 31), Messages.text("evaluation.alert.partyRemoval", n, list),
					"/evaluations/persons/" + latest.personId()));
		}
		return out;
	}

}
