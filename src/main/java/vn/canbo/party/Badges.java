package vn.canbo.party;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.rules.RuleParameters;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.shared.web.Formats;

/**
 * Huy hiệu Đảng (regulations.md §9.3): the milestones ({@code party.badge_years}) of
 * party age counted from the admission decision (PM-06); for a re-admitted member from
 * the first decision, the time out of the Party deducted ([U]). The list due by an award
 * occasion (the next of {@code party.badge_occasions} by default) proposes each official
 * member's highest milestone reached and not yet awarded; an award is recorded with its
 * decision, early only for the seriously ill within {@code party.badge_early_months_*},
 * posthumously for a deceased member. Scope first; refused requests store nothing;
 * audited.
 */
@Service
public class Badges {

	/** A member due for a badge by the occasion. */
	public record Due(long memberId, String name, long orgId, String orgName, LocalDate admissionDecidedOn, int years,
			LocalDate dueOn) {
	}

	/** An award to record. */
	public record Award(Integer years, LocalDate awardedOn, String decisionNumber, String occasion,
			String earlyReason) {
	}

	/** A badge awarded. */
	public record Entry(int years, LocalDate awardedOn, String decisionNumber, String occasion, String earlyReason,
			boolean posthumous) {
	}

	/**
	 * The day the member reaches the milestone: the party age starts at the (first)
	 * admission decision moved by the days out of the Party (null for a member never
	 * admitted).
	 */
	static final String DUE_ON = "(m.party_age_from + make_interval(years => y.years))::date";

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final PartyMembers members;

	private final RuleParameters params;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	Badges(JdbcClient jdbc, PartyAccess access, PartyMembers members, RuleParameters params, AuditLog audit,
			CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.members = members;
		this.params = params;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** The next award occasion on or after the day ({@code party.badge_occasions}). */
	public LocalDate nextOccasion(LocalDate from) {
		LocalDate best = null;
		for (String s : params.listValue("party.badge_occasions", from)) {
			MonthDay md = MonthDay.parse("--" + s);
			LocalDate d = md.atYear(from.getYear());
			if (d.isBefore(from)) {
				d = md.atYear(from.getYear() + 1);
			}
			best = best == null || d.isBefore(best) ? d : best;
		}
		return best == null ? from : best;
	}

	/**
	 * The official members of the scope who reach a milestone by the occasion without its
	 * badge (their highest such milestone), by due day; milestones reached in the year
	 * before the occasion.
	 */
	@Transactional(readOnly = true)
	public List<Due> due(Scope scope, LocalDate occasion) {
		return due(scope, occasion, null);
	}

	/**
	 * The same, for milestones reached after {@code from} (default: a year before the
	 * occasion; an earlier day shows the backlog of badges never recorded).
	 */
	@Transactional(readOnly = true)
	public List<Due> due(Scope scope, LocalDate occasion, LocalDate from) {
		return due(access.scopeUnits(scope, occasion), occasion, from == null ? occasion.minusYears(1) : from);
	}

	/**
	 * The same for units (null: all), milestones reached after {@code from}: a range on
	 * the indexed {@code party_age_from} per milestone, not a scan of every member.
	 */
	List<Due> due(Long[] units, LocalDate occasion, LocalDate from) {
		Integer[] years = params.listValue("party.badge_years", occasion)
			.stream()
			.map(Integer::valueOf)
			.toArray(Integer[]::new);
		// the milestones in the window first (ranges of constants on the indexed column,
		// a
		// day of slack for 29 February), then the status and the badges of those rows
		// only
		StringBuilder ranges = new StringBuilder();
		Map<String, Object> bounds = new HashMap<>();
		for (int i = 0; i < years.length; i++) {
			ranges.append(i == 0 ? "" : " or ")
				.append("(m.party_age_from > :lo" + i + " and m.party_age_from <= :hi" + i + ")");
			bounds.put("lo" + i, from.minusYears(years[i]).minusDays(1));
			bounds.put("hi" + i, occasion.minusYears(years[i]).plusDays(1));
		}
		var spec = jdbc.sql(
				"with c as materialized (select m.id, m.full_name, m.current_org_id, party_org_name_on(o.id, cast(:d as date)) as name,"
						+ " m.admission_decided_on, y.years, " + DUE_ON + " as due_on"
						+ " from unnest(cast(:years as int[])) y(years) join party_member m"
						+ " on m.party_age_from <= (cast(:d as date) - make_interval(years => y.years))::date + 1"
						+ " and m.party_age_from > (cast(:from as date) - make_interval(years => y.years))::date - 1"
						+ " and m.official_on is not null and (" + ranges
						+ ") join party_org o on o.id = m.current_org_id"
						+ " where (cast(:all as boolean) or o.unit_id = any(:units)) and " + DUE_ON + " <= :d and "
						+ DUE_ON
						+ " > cast(:from as date)) select * from (select distinct on (m.id) m.* from c m where "
						+ MemberRows.STATUS_ON + " = 'OFFICIAL' and not exists (select 1 from party_badge b"
						+ " where b.member_id = m.id and b.years >= m.years) order by m.id, m.years desc) x"
						+ " order by due_on, full_name, id");
		for (var e : bounds.entrySet()) {
			spec = spec.param(e.getKey(), e.getValue());
		}
		return spec.param("years", years)
			.param("all", units == null)
			.param("units", units == null ? new Long[0] : units)
			.param("d", occasion)
			.param("from", from)
			.query((rs, n) -> new Due(rs.getLong("id"), rs.getString("full_name"), rs.getLong("current_org_id"),
					rs.getString("name"), rs.getObject("admission_decided_on", LocalDate.class), rs.getInt("years"),
					rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/** The badges of a member of the scope. */
	@Transactional(readOnly = true)
	public List<Entry> of(long memberId, Scope scope) {
		access.member(memberId, scope);
		return jdbc.sql("select * from party_badge where member_id = ? order by years")
			.param(memberId)
			.query((rs, n) -> new Entry(rs.getInt("years"), rs.getObject("awarded_on", LocalDate.class),
					rs.getString("decision_number"), rs.getString("occasion"), rs.getString("early_reason"),
					rs.getBoolean("posthumous")))
			.list();
	}

	/** The day the member reaches the milestone (party age, deductions included). */
	LocalDate dueOn(long memberId, int years) {
		return jdbc
			.sql("select " + DUE_ON + " from party_member m, (select cast(:y as int) as years) y where m.id = :id")
			.param("y", years)
			.param("id", memberId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	@Transactional
	public Entry award(long memberId, Award a, Scope scope) {
		access.member(memberId, scope);
		PartyMember m = members.read(memberId, LocalDate.now());
		List<FieldError> errors = new ArrayList<>();
		boolean posthumous = m.status() == MemberStatus.DECEASED;
		if (m.officialOn() == null || !(m.status() == MemberStatus.OFFICIAL || posthumous)) {
			errors.add(new FieldError("memberId", Messages.text("party.error.badgeNotOfficial")));
		}
		LocalDate on = a.awardedOn() == null ? LocalDate.now() : a.awardedOn();
		List<String> milestones = params.listValue("party.badge_years", on);
		if (a.years() == null || !milestones.contains(String.valueOf(a.years()))) {
			errors.add(new FieldError("years", Messages.text("party.error.badgeYears", String.join(", ", milestones))));
		}
		else if (jdbc.sql("select count(*) from party_badge where member_id = ? and years = ?")
			.params(memberId, a.years())
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError("years", Messages.text("party.error.badgeTwice", a.years())));
		}
		if (a.awardedOn() == null || a.awardedOn().isAfter(LocalDate.now())) {
			errors.add(new FieldError("awardedOn", Messages.text("party.error.badgeAwardedOn")));
		}
		if (MemberInputs.blank(a.decisionNumber()) == null) {
			errors.add(new FieldError("decisionNumber", Messages.text("party.error.badgeDecision")));
		}
		LocalDate due = a.years() == null || m.admissionDecidedOn() == null ? null : dueOn(memberId, a.years());
		boolean early = false;
		if (due != null && a.awardedOn() != null && a.awardedOn().isBefore(due)) {
			early = true;
			int months = params.intValue(a.years() >= params.intValue("party.badge_early_high_from", on)
					? "party.badge_early_months_high" : "party.badge_early_months_low", on);
			var basis = params.get("party.badge_years", on).legalBasis();
			if (MemberInputs.blank(a.earlyReason()) == null) {
				errors.add(new FieldError("earlyReason",
						Messages.text("party.error.badgeEarly", a.years(), Formats.date(due), months, basis)));
			}
			else if (a.awardedOn().isBefore(due.minusMonths(months))) {
				errors.add(new FieldError("awardedOn", Messages.text("party.error.badgeTooEarly", a.years(),
						Formats.date(due), months, Formats.date(due.minusMonths(months)), basis)));
			}
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		jdbc.sql(
				"""
						insert into party_badge (member_id, years, awarded_on, decision_number, occasion, early_reason, posthumous,
						  created_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(memberId, a.years(), a.awardedOn(), a.decisionNumber().strip(), MemberInputs.blank(a.occasion()),
					early ? a.earlyReason().strip() : null, posthumous, currentUser.username())
			.update();
		Entry e = new Entry(a.years(), a.awardedOn(), a.decisionNumber().strip(), MemberInputs.blank(a.occasion()),
				early ? a.earlyReason().strip() : null, posthumous);
		audit.record(AuditAction.CREATE, "party_badge", memberId + "/" + a.years(), m.personId(), null, e);
		return e;
	}

}
