package vn.canbo.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.Units;
import vn.canbo.people.PersonCategory;

/**
 * Who is evaluated in a campaign. Individuals: every person with a main position in a
 * unit of the subtree at some date of the period, read from the people module's published
 * view {@code person_fact} (which holds live dossiers only: a deleted person has no fact
 * rows, its triggers, migration V4_21); a person who moved during the period is evaluated
 * in one unit only, chosen by {@code eval.movers} (LAST_DAY, the default: the unit of the
 * main position on the last day they held one in the period; LONGEST: the unit where they
 * held it longest) — when that unit is outside the subtree they are evaluated elsewhere.
 * Category, title and party membership are those of that period row. The task group
 * defaults from the title's first title group (catalog). Collectives: the units of the
 * subtree on the period's last day.
 */
@Component
class CampaignOpening {

	private static final Set<PersonCategory> DEFAULT_CATEGORIES = Set.of(PersonCategory.CADRE,
			PersonCategory.CIVIL_SERVANT, PersonCategory.PUBLIC_EMPLOYEE);

	private final JdbcClient jdbc;

	private final Units units;

	private final Catalogs catalogs;

	private final EvaluationRules rules;

	CampaignOpening(JdbcClient jdbc, Units units, Catalogs catalogs, EvaluationRules rules) {
		this.jdbc = jdbc;
		this.units = units;
		this.catalogs = catalogs;
		this.rules = rules;
	}

	/** The subtree of the root over the period (its units on the first and last day). */
	Set<Long> subtree(long rootUnitId, LocalDate from, LocalDate to) {
		Set<Long> ids = new HashSet<>(units.subtreeIds(List.of(rootUnitId), to));
		ids.addAll(units.subtreeIds(List.of(rootUnitId), from));
		return ids;
	}

	List<CampaignRows.NewSubject> subjects(NewCampaign c) {
		LocalDate to = c.periodTo();
		if (c.kind() == CampaignKind.COLLECTIVE) {
			Regime regime = rules.regime(CampaignKind.COLLECTIVE, null, to);
			return units.subtreeIds(List.of(c.rootUnitId()), to)
				.stream()
				.sorted()
				.map(u -> new CampaignRows.NewSubject(null, u, u, null, null, regime))
				.toList();
		}
		Set<PersonCategory> cats = c.categories().isEmpty() ? DEFAULT_CATEGORIES : c.categories();
		Set<Long> subtree = subtree(c.rootUnitId(), c.periodFrom(), to);
		String order = rules.movers(to) == EvaluationRules.Movers.LONGEST ? "held desc, last_day desc"
				: "last_day desc, held desc";
		List<Row> rows = jdbc
			.sql("""
					with f as (
					    select pf.person_id, pf.unit_id, pf.title_code, pf.category, pf.party_joined_on, pf.party_left_on,
					           least(coalesce(pf.valid_to, :end), :end) - 1 last_day,
					           least(coalesce(pf.valid_to, :end), :end) - greatest(pf.valid_from, :from) days
					    from person_fact pf
					    where pf.valid_from < :end and (pf.valid_to is null or pf.valid_to > :from)),
					u as (
					    select person_id, unit_id, sum(days) held, max(last_day) last_day from f group by person_id, unit_id),
					chosen as (
					    select distinct on (person_id) person_id, unit_id from u order by person_id, %s, unit_id)
					select distinct on (c.person_id) c.person_id, c.unit_id, f.title_code, f.category,
					       (f.party_joined_on is not null and f.party_joined_on <= :to
					        and (f.party_left_on is null or f.party_left_on > :from)) party_member
					from chosen c join f on f.person_id = c.person_id and f.unit_id = c.unit_id
					where c.unit_id = any(:units)
					order by c.person_id, f.last_day desc"""
				.formatted(order))
			.param("from", c.periodFrom())
			.param("to", to)
			.param("end", to.plusDays(1))
			.param("units", subtree.toArray(Long[]::new))
			.query((rs, n) -> new Row(rs.getLong("person_id"), rs.getLong("unit_id"), rs.getString("title_code"),
					PersonCategory.valueOf(rs.getString("category")), rs.getBoolean("party_member")))
			.list();
		Map<String, String> groups = new HashMap<>();
		Map<PersonCategory, Regime> regimes = new HashMap<>();
		List<CampaignRows.NewSubject> out = new ArrayList<>();
		for (Row r : rows) {
			boolean wanted = c.kind() == CampaignKind.PARTY_MEMBER ? r.partyMember() : cats.contains(r.category());
			if (!wanted) {
				continue;
			}
			String group = r.titleCode() == null ? null : groups.computeIfAbsent(r.titleCode(),
					t -> catalogs.titleGroups(t).stream().findFirst().orElse(""));
			out.add(new CampaignRows.NewSubject(r.personId(), null, r.unitId(),
					group == null || group.isEmpty() ? null : group, r.category(),
					regimes.computeIfAbsent(r.category(), k -> rules.regime(c.kind(), k, to))));
		}
		return out;
	}

	private record Row(long personId, long unitId, String titleCode, PersonCategory category, boolean partyMember) {
	}

}
