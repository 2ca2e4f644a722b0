package vn.canbo.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Indicator.Direction;
import vn.canbo.targets.Indicator.Wording;
import vn.canbo.targets.Phrasing;

/**
 * Admission plans (issue 18): recorded per Party organisation and year or programme
 * period (scope first: an organisation outside the scope is not found; bad input refused
 * all at once, nothing stored; audited) and their achievement computed live from the
 * admissions of the organisation's subtree ({@link PartyCounts}), phrased as the reports
 * phrase it through {@code targets}' {@link Phrasing}: the total against the plan ("vượt
 * 16,96% kế hoạch"), each sub-target as a share of all admissions and against its target
 * ("chiếm 21,1%), đạt 36,9% chỉ tiêu").
 */
@Service
public class PartyPlans {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final PartyCounts counts;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	PartyPlans(JdbcClient jdbc, PartyAccess access, PartyCounts counts, AuditLog audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.access = access;
		this.counts = counts;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@Transactional
	public AdmissionPlan create(AdmissionPlan.Input in, Scope scope) {
		PartyAccess.OrgRow org = access.org(in.orgId(), scope);
		List<AdmissionPlan.SubTarget> subs = in.subTargets() == null ? List.of() : in.subTargets();
		int yearTo = check(in, org, null);
		long id = jdbc.sql("""
				insert into party_admission_plan (org_id, year_from, year_to, name, target, basis, decimals, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(org.id(), in.yearFrom(), yearTo, in.name().strip(), in.target(),
					in.basis() == null || in.basis().isBlank() ? null : in.basis().strip(),
					in.decimals() == null ? 2 : in.decimals(), currentUser.username())
			.query(Long.class)
			.single();
		for (AdmissionPlan.SubTarget s : subs) {
			jdbc.sql("insert into party_admission_subtarget (plan_id, place_kind, target) values (?, ?, ?)")
				.params(id, s.placeKind().name(), s.target())
				.update();
		}
		AdmissionPlan saved = read(id);
		audit.record(AuditAction.CREATE, "party_admission_plan", String.valueOf(id), null, null, saved);
		return saved;
	}

	/**
	 * Every error of the input at once (the same organisation and period as another plan
	 * than {@code except} included); the last year of the period when none.
	 */
	int check(AdmissionPlan.Input in, PartyAccess.OrgRow org, Long except) {
		List<FieldError> errors = new ArrayList<>();
		if (in.name() == null || in.name().isBlank()) {
			errors.add(new FieldError("name", Messages.text("party.plan.error.name")));
		}
		if (in.yearFrom() == null || in.yearFrom() < 1930 || in.yearFrom() > 2200) {
			errors.add(new FieldError("yearFrom", Messages.text("party.plan.error.yearFrom")));
		}
		else if (in.yearTo() != null && in.yearTo() < in.yearFrom()) {
			errors.add(new FieldError("yearTo", Messages.text("party.plan.error.yearTo", in.yearFrom())));
		}
		if (in.target() == null || in.target() < 0) {
			errors.add(new FieldError("target", Messages.text("party.plan.error.target")));
		}
		if (in.decimals() != null && (in.decimals() < 0 || in.decimals() > 3)) {
			errors.add(new FieldError("decimals", Messages.text("party.plan.error.decimals")));
		}
		List<AdmissionPlan.SubTarget> subs = in.subTargets() == null ? List.of() : in.subTargets();
		Set<PlaceKind> seen = new HashSet<>();
		for (int i = 0; i < subs.size(); i++) {
			AdmissionPlan.SubTarget s = subs.get(i);
			String field = "subTargets[" + i + "]";
			if (s == null || s.placeKind() == null || !seen.add(s.placeKind())) {
				errors.add(new FieldError(field, Messages.text("party.plan.error.subKind", i + 1)));
			}
			else if (s.target() < 0 || (in.target() != null && s.target() > in.target())) {
				errors.add(new FieldError(field, Messages.text("party.plan.error.subTarget", s.placeKind().label(),
						in.target() == null ? 0 : in.target())));
			}
		}
		int yearTo = in.yearTo() == null && in.yearFrom() != null ? in.yearFrom()
				: in.yearTo() == null ? 0 : in.yearTo();
		if (errors.isEmpty() && jdbc.sql("""
				select count(*) from party_admission_plan
				where org_id = ? and year_from = ? and year_to = ? and id <> ?""")
			.params(org.id(), in.yearFrom(), yearTo, except == null ? -1L : except)
			.query(Long.class)
			.single() > 0) {
			errors.add(new FieldError("yearFrom",
					Messages.text("party.plan.error.duplicate", org.name(), period(in.yearFrom(), yearTo))));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return yearTo;
	}

	static String period(int from, int to) {
		return from == to ? String.valueOf(from) : from + "–" + to;
	}

	AdmissionPlan read(long id) {
		List<AdmissionPlan.SubTarget> subs = jdbc
			.sql("select place_kind, target from party_admission_subtarget where plan_id = ? order by place_kind")
			.param(id)
			.query((rs, n) -> new AdmissionPlan.SubTarget(PlaceKind.valueOf(rs.getString(1)), rs.getInt(2)))
			.list();
		return jdbc
			.sql("""
					select p.*, party_org_name_on(o.id, least(current_date, make_date(p.year_to, 12, 31))) as org_name from party_admission_plan p join party_org o on o.id = p.org_id
					where p.id = ?""")
			.param(id)
			.query((rs, n) -> new AdmissionPlan(rs.getLong("id"), rs.getLong("org_id"), rs.getString("org_name"),
					rs.getInt("year_from"), rs.getInt("year_to"), rs.getString("name"), rs.getInt("target"),
					rs.getString("basis"), rs.getInt("decimals"), subs, rs.getInt("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException(Messages.text("party.plan.error.notFound", String.valueOf(id))));
	}

	/** One plan (404 when its organisation is outside the scope). */
	@Transactional(readOnly = true)
	public AdmissionPlan get(long planId, Scope scope) {
		AdmissionPlan p = read(planId);
		if (access.findOrg(p.orgId()).filter(o -> access.visible(o, scope)).isEmpty()) {
			throw new NotFoundException(Messages.text("party.plan.error.notFound", String.valueOf(planId)));
		}
		return p;
	}

	/** The plans of an organisation (404 outside the scope), newest period first. */
	@Transactional(readOnly = true)
	public List<AdmissionPlan> ofOrg(long orgId, Scope scope) {
		access.org(orgId, scope);
		return jdbc
			.sql("select id from party_admission_plan where org_id = ? order by year_from desc, year_to desc, id")
			.param(orgId)
			.query(Long.class)
			.list()
			.stream()
			.map(this::read)
			.toList();
	}

	/** The plans of every organisation of the scope, newest period first. */
	@Transactional(readOnly = true)
	public List<AdmissionPlan> list(Scope scope) {
		return jdbc.sql("select id, org_id from party_admission_plan order by year_from desc, year_to desc, id")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.stream()
			.filter(r -> access.findOrg(r[1]).filter(o -> access.visible(o, scope)).isPresent())
			.map(r -> read(r[0]))
			.toList();
	}

	/**
	 * The plan's achievement as of the day (404 when the plan's organisation is outside
	 * the scope).
	 */
	@Transactional(readOnly = true)
	public AdmissionPlan.Achievement achievement(long planId, Scope scope, LocalDate asOf) {
		AdmissionPlan p = get(planId, scope);
		return achievement(p, asOf == null ? LocalDate.now() : asOf);
	}

	AdmissionPlan.Achievement achievement(AdmissionPlan p, LocalDate day) {
		LocalDate from = LocalDate.of(p.yearFrom(), 1, 1);
		LocalDate end = LocalDate.of(p.yearTo(), 12, 31);
		LocalDate to = day.isBefore(end) ? day : end;
		Map<PlaceKind, Long> byKind = to.isBefore(from) ? Map.of()
				: counts.admissions(counts.subtree(p.orgId()), from, to);
		long total = byKind.values().stream().mapToLong(Long::longValue).sum();
		String phrase = Phrasing
			.count(total, BigDecimal.valueOf(p.target()), Direction.AT_LEAST, Wording.AGAINST_PLAN, p.decimals(),
					Messages.text(Messages.VIETNAMESE, "party.plan.phrase.verb"),
					Messages.text(Messages.VIETNAMESE, "party.plan.phrase.noun"))
			.phrase();
		List<AdmissionPlan.SubAchievement> parts = new ArrayList<>();
		for (AdmissionPlan.SubTarget s : p.subTargets()) {
			long n = byKind.getOrDefault(s.placeKind(), 0L);
			parts.add(new AdmissionPlan.SubAchievement(s.placeKind(), s.target(), n, subPhrase(s, n, total, p)));
		}
		return new AdmissionPlan.Achievement(p, from, to, total, phrase, parts);
	}

	/**
	 * "kết nạp 203 đảng viên ở khu dân cư trên tổng số 961 đảng viên được kết nạp (chiếm
	 * 21,1%), đạt 36,9% chỉ tiêu": the share among all admissions with the plan's
	 * precision, then the sub-target's sentence of {@link Phrasing} without its head.
	 */
	private static String subPhrase(AdmissionPlan.SubTarget s, long n, long total, AdmissionPlan p) {
		String against = Phrasing
			.count(n, BigDecimal.valueOf(s.target()), Direction.AT_LEAST, Wording.AGAINST_TARGET, p.decimals(), null,
					null)
			.phrase();
		String head = Phrasing.num(n);
		against = against.startsWith(head + ", ") ? against.substring(head.length() + 2) : "";
		String share = total == 0 ? ""
				: Phrasing.pct(
						BigDecimal.valueOf(n)
							.multiply(BigDecimal.valueOf(100))
							.divide(BigDecimal.valueOf(total), p.decimals(), java.math.RoundingMode.HALF_UP),
						p.decimals());
		String key = total == 0 ? "party.plan.phrase.subNone" : "party.plan.phrase.sub";
		return Messages.text(Messages.VIETNAMESE, key, Phrasing.num(n),
				Messages.text(Messages.VIETNAMESE, "party.plan.phrase.kind." + s.placeKind().name()),
				Phrasing.num(total), share, against);
	}

}
