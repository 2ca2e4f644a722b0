package vn.canbo.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.canbo.org.Units;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.VietnameseText;

/**
 * The member list: members of the scope whose name (diacritics ignored, each word a
 * prefix of a word of the name, GIN index on {@code search_prefixes}) or 12-digit CCCD
 * matches, optionally within an organisation's subtree; sorted by given name, with the
 * status on the day; the total counted up to {@link PageResult#COUNT_CAP}.
 */
@Component
class MemberSearch {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final Units units;

	MemberSearch(JdbcClient jdbc, PartyAccess access, Units units) {
		this.jdbc = jdbc;
		this.access = access;
		this.units = units;
	}

	/**
	 * Members of the scope whose name (diacritics ignored, each word a prefix) or CCCD
	 * matches, optionally of one organisation's subtree, sorted by given name; with their
	 * status on the day.
	 */
	PageResult<PartyMember.Summary> search(String query, Long orgId, Scope scope, LocalDate on, int page, int size) {
		LocalDate day = on == null ? LocalDate.now() : on;
		if (orgId != null) {
			access.org(orgId, scope);
		}
		Optional<Set<Long>> unitIds = units.scopeUnitIds(scope, LocalDate.now());
		List<String> words = VietnameseText.tokens(query);
		boolean byId = query != null && query.strip().matches("\\d{12}");
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (unitIds.isPresent()) {
			where.append(" and o.unit_id = any(:units)");
		}
		if (byId) {
			where.append(" and m.national_id = :nid");
		}
		else if (!words.isEmpty()) {
			where.append(" and m.search_prefixes @> cast(:words as text[])");
		}
		if (orgId != null) {
			where.append("""
					and m.current_org_id in (with recursive t(id) as (select cast(:org as bigint)
					  union all select c.id from party_org c join t on c.parent_id = t.id) select id from t)""");
		}
		String from = " from party_member m join party_org o on o.id = m.current_org_id";
		int limit = Math.max(1, Math.min(size, 200));
		int p = Math.max(page, 0);
		var items = bind(jdbc.sql(
				"select m.id, m.full_name, m.gender, m.birth_date, m.current_org_id, party_org_name_on(o.id, current_date) as org_name,"
						+ " m.joined_on, m.person_id, " + MemberRows.STATUS_ON + " as status" + from + where
						+ " order by m.sort_name, m.id limit :limit offset :offset"),
				unitIds, words, query, orgId)
			.param("d", day)
			.param("limit", limit)
			.param("offset", p * limit)
			.query((rs, n) -> new PartyMember.Summary(rs.getLong("id"), rs.getString("full_name"),
					rs.getString("gender"), rs.getObject("birth_date", LocalDate.class), rs.getLong("current_org_id"),
					rs.getString("org_name"),
					rs.getString("status") == null ? null : MemberStatus.valueOf(rs.getString("status")),
					rs.getObject("joined_on", LocalDate.class), (Long) rs.getObject("person_id")))
			.list();
		long total = bind(jdbc
			.sql("select count(*) from (select 1" + from + where + " limit " + (PageResult.COUNT_CAP + 1) + ") x"),
				unitIds, words, query, orgId)
			.query(Long.class)
			.single();
		return new PageResult<>(items, p, limit, Math.min(total, PageResult.COUNT_CAP), total > PageResult.COUNT_CAP);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Optional<Set<Long>> unitIds,
			List<String> words, String query, Long orgId) {
		JdbcClient.StatementSpec s = spec;
		if (unitIds.isPresent()) {
			s = s.param("units", unitIds.get().toArray(Long[]::new));
		}
		if (query != null && query.strip().matches("\\d{12}")) {
			s = s.param("nid", query.strip());
		}
		else if (!words.isEmpty()) {
			s = s.param("words", words.toArray(String[]::new));
		}
		if (orgId != null) {
			s = s.param("org", orgId);
		}
		return s;
	}

}
