package vn.canbo.party;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Biểu thống kê cơ bản về đảng viên (regulations.md §10, Hướng dẫn 11-HD/BTCTW) for a
 * Party organisation's subtree (scope first: outside it, 404): the members on the rolls
 * (dự bị, chính thức) active in the subtree on the day, by status, sex, age band (rule
 * parameter {@code party.statistics_age_bands}) with the average age, ethnicity (Kinh /
 * minority from the catalog), religion, general education, political theory and the era
 * of admission ({@code party.statistics_admission_eras}); and the movements of the period
 * [from, to]: admissions, recognitions, transfers out, removals, expulsions, deaths. One
 * grouped statement for the members, one for the movements.
 */
@Service
public class PartyStatistics {

	/** The form: sections of lines, each a count and its share of the total. */
	public record Form(long orgId, String orgName, LocalDate asOf, LocalDate from, LocalDate to, long total,
			BigDecimal averageAge, List<Section> sections) {
	}

	/** A block of the form (giới tính, tuổi đời…). */
	public record Section(String code, String title, List<Line> lines) {
	}

	/** One line: {@code percent} of the members on the rolls (null for movements). */
	public record Line(String code, String label, long count, BigDecimal percent) {
	}

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final PartyCounts counts;

	private final RuleParameters params;

	private final Catalogs catalogs;

	PartyStatistics(JdbcClient jdbc, PartyAccess access, PartyCounts counts, RuleParameters params, Catalogs catalogs) {
		this.jdbc = jdbc;
		this.access = access;
		this.counts = counts;
		this.params = params;
		this.catalogs = catalogs;
	}

	private record Group(String gender, int band, int age, String ethnicity, String religion, String education,
			String theory, String status, int era, long n) {
	}

	@Transactional(readOnly = true)
	public Form form(long orgId, Scope scope, LocalDate asOf, LocalDate from, LocalDate to) {
		PartyAccess.OrgRow org = access.org(orgId, scope);
		LocalDate day = asOf == null ? LocalDate.now() : asOf;
		LocalDate end = to == null ? day : to;
		LocalDate start = from == null ? LocalDate.of(end.getYear(), 1, 1) : from;
		if (start.isAfter(end)) {
			throw new ValidationException(List.of(new FieldError("from",
					Messages.text("party.stats.error.period", Formats.date(start), Formats.date(end)))));
		}
		List<Long> orgs = counts.subtree(org.id());
		List<Integer> bands = params.listValue("party.statistics_age_bands", day)
			.stream()
			.map(Integer::valueOf)
			.toList();
		List<LocalDate> eras = params.listValue("party.statistics_admission_eras", day)
			.stream()
			.map(LocalDate::parse)
			.toList();
		List<Group> groups = jdbc
			.sql("""
					with r as (
					  select m.*, s.status, extract(year from age(cast(:d as date), m.birth_date))::int as age
					  from party_member_activity a
					  join party_member m on m.id = a.member_id
					  cross join lateral (select st.status from party_member_status st where st.member_id = m.id
					        and st.valid_from <= :d order by st.valid_from desc, st.id desc limit 1) s
					  where a.org_id = any(:orgs) and a.valid_from <= :d and (a.valid_to is null or a.valid_to > :d)
					    and s.status in ('PROBATIONARY', 'OFFICIAL'))
					select gender, (select count(*) from unnest(cast(:bands as int[])) b where b < r.age) as band, age,
					       ethnicity_code, religion_code, general_education_code, political_theory_code, status,
					       (select count(*) from unnest(cast(:eras as date[])) e where e <= r.admission_decided_on) as era, count(*) as n
					from r group by 1, 2, 3, 4, 5, 6, 7, 8, 9""")
			.param("d", day)
			.param("orgs", orgs.toArray(Long[]::new))
			.param("bands", bands.toArray(Integer[]::new))
			.param("eras", eras.stream().map(LocalDate::toString).toArray(String[]::new))
			.query((rs, n) -> new Group(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getLong(10)))
			.list();
		long total = groups.stream().mapToLong(Group::n).sum();
		List<Section> sections = new ArrayList<>();
		Map<String, Long> status = new LinkedHashMap<>();
		status.put("PROBATIONARY", 0L);
		status.put("OFFICIAL", 0L);
		groups.forEach(g -> status.merge(g.status(), g.n(), Long::sum));
		sections.add(section("status", status, k -> MemberStatus.valueOf(k).label(), total));
		Map<String, Long> sex = new LinkedHashMap<>();
		sex.put("MALE", 0L);
		sex.put("FEMALE", 0L);
		groups.forEach(g -> sex.merge(g.gender(), g.n(), Long::sum));
		sections.add(section("gender", sex, k -> Messages.text("party.stats.gender." + k), total));
		Map<String, Long> age = new LinkedHashMap<>();
		for (int i = 0; i <= bands.size(); i++) {
			age.put(String.valueOf(i), 0L);
		}
		groups.forEach(g -> age.merge(String.valueOf(g.band()), g.n(), Long::sum));
		int youngest = params.intValue("party.admission_min_age", day);
		sections.add(section("age", age, k -> bandLabel(Integer.parseInt(k), bands, youngest), total));
		Map<String, Long> eth = new LinkedHashMap<>();
		eth.put("MAJORITY", 0L);
		eth.put("MINORITY", 0L);
		groups.forEach(g -> eth.merge(
				g.ethnicity() == null ? "UNKNOWN" : catalogs.isMinority(g.ethnicity()) ? "MINORITY" : "MAJORITY", g.n(),
				Long::sum));
		sections.add(section("ethnicity", eth, k -> Messages.text("party.stats.ethnicity." + k), total));
		Map<String, Long> rel = new LinkedHashMap<>();
		rel.put("BELIEVER", 0L);
		groups.forEach(g -> rel.merge(g.religion() == null || "00".equals(g.religion()) ? "NONE" : "BELIEVER", g.n(),
				Long::sum));
		rel.remove("NONE");
		sections.add(section("religion", rel, k -> Messages.text("party.stats.religion." + k), total));
		sections.add(catalogSection("education", CatalogType.GENERAL_EDUCATION, groups, Group::education, day, total));
		sections.add(catalogSection("theory", CatalogType.POLITICAL_THEORY, groups, Group::theory, day, total));
		Map<String, Long> era = new LinkedHashMap<>();
		for (int i = 0; i <= eras.size(); i++) {
			era.put(String.valueOf(i), 0L);
		}
		groups.forEach(g -> era.merge(String.valueOf(g.era()), g.n(), Long::sum));
		sections.add(section("era", era, k -> eraLabel(Integer.parseInt(k), eras), total));
		sections.add(movements(orgs, start, end));
		long ageSum = groups.stream().mapToLong(g -> (long) g.age() * g.n()).sum();
		BigDecimal avg = total == 0 ? null
				: BigDecimal.valueOf(ageSum).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
		// the organisation named as of the form's day (its renames)
		String name = access.findOrg(org.id(), day).map(PartyAccess.OrgRow::name).orElse(org.name());
		return new Form(org.id(), name, day, start, end, total, avg, sections);
	}

	private Section movements(List<Long> orgs, LocalDate from, LocalDate to) {
		Map<String, Long> out = new LinkedHashMap<>();
		out.put("ADMITTED", counts.admissions(orgs, from, to).values().stream().mapToLong(Long::longValue).sum());
		out.put("RECOGNISED", counts.recognitions(orgs, from, to));
		for (String s : List.of("TRANSFERRED_OUT", "REMOVED", "EXPELLED", "DECEASED")) {
			out.put(s, 0L);
		}
		jdbc.sql(
				"""
						select s.status, count(*) from party_member_status s
						where s.valid_from between :f and :t and s.status in ('TRANSFERRED_OUT', 'REMOVED', 'EXPELLED', 'DECEASED')
						  and exists (select 1 from party_member_activity a where a.member_id = s.member_id and a.org_id = any(:orgs)
						              and a.valid_from <= s.valid_from and (a.valid_to is null or a.valid_to >= s.valid_from))
						group by s.status""")
			.param("f", from)
			.param("t", to)
			.param("orgs", orgs.toArray(Long[]::new))
			.query((rs, n) -> out.put(rs.getString(1), rs.getLong(2)))
			.list();
		List<Line> lines = new ArrayList<>();
		out.forEach((k, v) -> lines.add(new Line(k, Messages.text("party.stats.movement." + k), v, null)));
		return new Section("movements", Messages.text("party.stats.section.movements"), lines);
	}

	private Section catalogSection(String code, CatalogType type, List<Group> groups,
			java.util.function.Function<Group, String> key, LocalDate day, long total) {
		Map<String, Long> m = new LinkedHashMap<>();
		for (CatalogItem i : catalogs.list(type, day)) {
			m.put(i.code(), 0L);
		}
		groups.forEach(g -> m.merge(key.apply(g) == null ? "" : key.apply(g), g.n(), Long::sum));
		return section(code, m,
				k -> k.isEmpty() ? Messages.text("party.stats.unknown." + code) : catalogs.name(type, k), total);
	}

	private static Section section(String code, Map<String, Long> values,
			java.util.function.Function<String, String> label, long total) {
		List<Line> lines = new ArrayList<>();
		values.forEach((k, v) -> lines.add(new Line(k, label.apply(k), v, percent(v, total))));
		return new Section(code, Messages.text("party.stats.section." + code), lines);
	}

	static BigDecimal percent(long n, long total) {
		return total == 0 ? null
				: BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
	}

	private static String bandLabel(int i, List<Integer> bands, int youngest) {
		if (i == bands.size()) {
			return Messages.text("party.stats.age.over", bands.get(bands.size() - 1));
		}
		int low = i == 0 ? youngest : bands.get(i - 1) + 1;
		return Messages.text("party.stats.age.band", low, bands.get(i));
	}

	private static String eraLabel(int i, List<LocalDate> eras) {
		if (i == 0) {
			return Messages.text("party.stats.era.before", Formats.date(eras.get(0)));
		}
		if (i == eras.size()) {
			return Messages.text("party.stats.era.from", Formats.date(eras.get(i - 1)));
		}
		return Messages.text("party.stats.era.between", Formats.date(eras.get(i - 1)),
				Formats.date(eras.get(i).minusDays(1)));
	}

}
