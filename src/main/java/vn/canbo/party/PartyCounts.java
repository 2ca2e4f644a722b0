package vn.canbo.party;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the plans and the figures (issue 18), over a set of Party
 * organisations (every organisation ever in it, so that a period crossing a restructuring
 * counts the dissolved ones too):
 * <ul>
 * <li>admissions: members whose admission decision (quyết định kết nạp) falls in the
 * period, counted where they were active on the day of the decision, by the kind of place
 * of the admission — the candidate's source when admitted through the pipeline, else the
 * kind of the organisation (a chi bộ khu dân cư counts as RESIDENTIAL);</li>
 * <li>members on the rolls (dự bị, chính thức) active in the organisations on a day;</li>
 * <li>candidates registered, awareness-class certificates and recognitions (ngày chính
 * thức) in the period.</li>
 * </ul>
 */
@Component
class PartyCounts {

	private final JdbcClient jdbc;

	PartyCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisation and every organisation ever under it (ids). */
	List<Long> subtree(long rootOrgId) {
		return jdbc.sql("""
				with recursive sub(id) as (
				  select id from party_org where id = :root
				  union select o.id from party_org o join sub on o.parent_id = sub.id)
				select id from sub""").param("root", rootOrgId).query(Long.class).list();
	}

	/** Every organisation ever linked to one of the units; null units = all. */
	List<Long> ofUnits(Collection<Long> unitIds) {
		return jdbc.sql("select id from party_org where cast(:all as boolean) or unit_id = any(:units)")
			.param("all", unitIds == null)
			.param("units", unitIds == null ? new Long[0] : unitIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/** Admissions decided in [from, to] by kind of place (kinds without any absent). */
	Map<PlaceKind, Long> admissions(List<Long> orgIds, LocalDate from, LocalDate to) {
		Map<PlaceKind, Long> out = new EnumMap<>(PlaceKind.class);
		jdbc.sql("""
				select coalesce(c.source, o.place_kind) as kind, count(*) as n
				from party_member m
				join party_member_activity a on a.member_id = m.id and a.valid_from <= m.admission_decided_on
				     and (a.valid_to is null or a.valid_to > m.admission_decided_on)
				join party_org o on o.id = a.org_id
				left join party_candidate c on c.member_id = m.id
				where m.admission_decided_on between :from and :to and a.org_id = any(:orgs)
				group by 1""")
			.param("from", from)
			.param("to", to)
			.param("orgs", orgIds.toArray(Long[]::new))
			.query((rs, n) -> out.put(PlaceKind.valueOf(rs.getString("kind")), rs.getLong("n")))
			.list();
		return out;
	}

	/**
	 * Members on the rolls (dự bị, chính thức) active in the organisations on the day.
	 */
	long members(List<Long> orgIds, LocalDate day) {
		return jdbc.sql("""
				select count(*) from party_member_activity a
				where a.org_id = any(:orgs) and a.valid_from <= :d and (a.valid_to is null or a.valid_to > :d)
				  and (select s.status from party_member_status s where s.member_id = a.member_id and s.valid_from <= :d
				       order by s.valid_from desc, s.id desc limit 1) in ('PROBATIONARY', 'OFFICIAL')""")
			.param("orgs", orgIds.toArray(Long[]::new))
			.param("d", day)
			.query(Long.class)
			.single();
	}

	/** Candidates registered by the organisations in [from, to]. */
	long candidates(List<Long> orgIds, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select count(*) from party_candidate where org_id = any(:orgs) and registered_on between :f and :t")
			.param("orgs", orgIds.toArray(Long[]::new))
			.param("f", from)
			.param("t", to)
			.query(Long.class)
			.single();
	}

	/**
	 * Candidates of the organisations who completed the awareness class in [from, to].
	 */
	long classAttendees(List<Long> orgIds, LocalDate from, LocalDate to) {
		return jdbc.sql(
				"select count(*) from party_candidate where org_id = any(:orgs) and class_completed_on between :f and :t")
			.param("orgs", orgIds.toArray(Long[]::new))
			.param("f", from)
			.param("t", to)
			.query(Long.class)
			.single();
	}

	/**
	 * Members recognised as official (ngày chính thức) in [from, to], where active that
	 * day.
	 */
	long recognitions(List<Long> orgIds, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from party_member m
				join party_member_activity a on a.member_id = m.id and a.valid_from <= m.official_on
				     and (a.valid_to is null or a.valid_to > m.official_on)
				where m.official_on between :f and :t and a.org_id = any(:orgs)""")
			.param("orgs", orgIds.toArray(Long[]::new))
			.param("f", from)
			.param("t", to)
			.query(Long.class)
			.single();
	}

}
