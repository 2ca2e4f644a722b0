package vn.canbo.career;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.CareerFacts;
import vn.canbo.rules.ModuleAlerts;
import vn.canbo.rules.RuleChecks;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * Cảnh báo: terms ending (the reappointment must start 90 working days before),
 * retirements (notice and decision dates), regular salary raises due, rotations ending
 * and probations ending, within a window (parameter {@code alerts.window_days}) for the
 * user's scope; each alert can become a pre-filled draft decision. Complete for any
 * scope: no query caps the population; {@link #page} pages the list with exact counts. A
 * retirement past due without an issued retirement decision stays, as
 * {@link Kind#RETIREMENT_OVERDUE} ({@link RetirementAlerts}).
 */
@Service
public class Alerts {

	/** Kinds of alert, with the type of the decision it calls for. */
	public enum Kind {

		TERM_ENDING, RETIREMENT, SALARY_RAISE, ROTATION_ENDING, PROBATION_ENDING,

		/**
		 * Past the retirement date with no issued retirement decision ("quá hạn"): kept
		 * until one is issued.
		 */
		RETIREMENT_OVERDUE,

		/**
		 * Rated "không hoàn thành nhiệm vụ" N consecutive years
		 * ({@link IncompleteRatingAlerts}).
		 */
		INCOMPLETE_RATINGS,

		/**
		 * Contributed by other modules ({@link ModuleAlerts}): an evaluation campaign
		 * past its deadline, an HTXSNV quota exceeded, a party member's removal from the
		 * rolls (xóa tên).
		 */
		CAMPAIGN_OVERDUE, QUOTA_EXCEEDED, PARTY_REMOVAL,

		/**
		 * Contributed by the party module (issue 18): an admission ceremony due (PM-01),
		 * a probation ending (PM-02), a recognition overdue (PM-03).
		 */
		PARTY_CEREMONY_DUE, PARTY_PROBATION_ENDING, PARTY_RECOGNITION_OVERDUE,

		/**
		 * Contributed by the party module (issue 18, party1): a transfer's letter not
		 * presented at the receiving chi bộ in time (TR-03), a Party badge due.
		 */
		PARTY_TRANSFER_NOT_PRESENTED, PARTY_BADGE_DUE;

		/** Vietnamese name (bundle {@code career.alertKind.<name>}). */
		public String label() {
			return Messages.text(Messages.VIETNAMESE, "career.alertKind." + name());
		}

		public String labelEn() {
			return Messages.text(Locale.ENGLISH, "career.alertKind." + name());
		}

	}

	/**
	 * An alert: the person, the due date (term end, retirement date, raise date…), the
	 * date by which to act (start of reappointment, retirement notice…), a Vietnamese
	 * detail, and what a draft would contain.
	 */
	public record Alert(Kind kind, long personId, String personName, Long unitId, String unitName, LocalDate dueDate,
			LocalDate actionDate, String detail, DecisionType draftType, Long positionId, Long sourceDecisionId,
			String link) {

		public Alert(Kind kind, long personId, String personName, Long unitId, String unitName, LocalDate dueDate,
				LocalDate actionDate, String detail, DecisionType draftType, Long positionId, Long sourceDecisionId) {
			this(kind, personId, personName, unitId, unitName, dueDate, actionDate, detail, draftType, positionId,
					sourceDecisionId, null);
		}

		/**
		 * The page of the alert: the given link (other modules) or the person's dossier.
		 */
		public String href() {
			return link != null ? link : "/persons/" + personId;
		}

	}

	private final CareerFacts facts;

	private final DecisionDueRows dueRows;

	private final Units units;

	private final RuleParameters params;

	private final List<AlertSource> sources;

	private final AlertDrafts drafts;

	private final List<ModuleAlerts> contributed;

	Alerts(CareerFacts facts, DecisionDueRows dueRows, Units units, RuleChecks rules, List<AlertSource> sources,
			AlertDrafts drafts, List<ModuleAlerts> contributed) {
		this.facts = facts;
		this.dueRows = dueRows;
		this.units = units;
		this.params = rules.parameters();
		this.sources = sources;
		this.drafts = drafts;
		this.contributed = contributed;
	}

	public int defaultWindowDays(LocalDate on) {
		return params.intValue("alerts.window_days", on);
	}

	/**
	 * Alerts of the scope due within [from, from + windowDays] (action dates falling in
	 * the window count too).
	 */
	@Transactional(readOnly = true)
	public List<Alert> list(Scope scope, LocalDate from, Integer windowDays, Kind only) {
		LocalDate start = from == null ? LocalDate.now() : from;
		int days = windowDays == null || windowDays <= 0 ? defaultWindowDays(start) : Math.min(windowDays, 3660);
		LocalDate end = start.plusDays(days);
		Collection<Long> unitIds = units.scopeUnitIds(scope, start).orElse(null);
		List<Alert> out = new ArrayList<>();
		for (AlertSource source : sources) {
			if (only == null || source.kinds().contains(only)) {
				source.list(unitIds, start, end)
					.stream()
					.filter(a -> only == null || a.kind() == only)
					.forEach(out::add);
			}
		}
		if (only == null || only == Kind.ROTATION_ENDING) {
			out.addAll(timed(Kind.ROTATION_ENDING, dueRows.rotationsEnding(unitIds, start, end)));
		}
		if (only == null || only == Kind.PROBATION_ENDING) {
			out.addAll(timed(Kind.PROBATION_ENDING, dueRows.probationsEnding(unitIds, start, end)));
		}
		for (ModuleAlerts m : contributed) {
			for (ModuleAlerts.Alert a : m.alerts(unitIds, start)) {
				Kind k = Kind.valueOf(a.kind());
				if (only == null || only == k) {
					out.add(new Alert(k, a.personId() == null ? 0 : a.personId(), a.title(), a.unitId(), a.unitName(),
							a.dueDate(), a.dueDate(), a.detail(), null, null, null, a.link()));
				}
			}
		}
		Map<Long, UnitView> names = units
			.findAll(out.stream().map(Alert::unitId).filter(x -> x != null).distinct().toList(), start);
		return out.stream()
			.map(a -> new Alert(a.kind(), a.personId(), a.personName(), a.unitId(),
					a.unitId() != null && names.containsKey(a.unitId()) ? names.get(a.unitId()).name() : a.unitName(),
					a.dueDate(), a.actionDate(), a.detail(), a.draftType(), a.positionId(), a.sourceDecisionId(),
					a.link()))
			.sorted(Comparator.comparing((Alert a) -> a.actionDate() == null ? a.dueDate() : a.actionDate())
				.thenComparing(Alert::personName)
				.thenComparing(Alert::kind)
				.thenComparingLong(Alert::personId))
			.toList();
	}

	/**
	 * A page of {@link #list} with the exact total and counts by kind
	 * ({@link AlertPage}).
	 */
	@Transactional(readOnly = true)
	public AlertPage page(Scope scope, LocalDate from, Integer windowDays, Kind only, int page, int size) {
		return AlertPage.of(list(scope, from, windowDays, only), page, size);
	}

	private List<Alert> timed(Kind kind, List<Object[]> found) {
		Map<Long, String> names = facts.names(found.stream().map(r -> (Long) r[3]).distinct().toList());
		List<Alert> out = new ArrayList<>();
		for (Object[] r : found) {
			long personId = (Long) r[3];
			LocalDate due = (LocalDate) r[5];
			Long unit = r[4] == null ? null : ((Number) r[4]).longValue();
			String detail = kind == Kind.ROTATION_ENDING ? Messages.text("career.alert.rotationEnding", nz(r[2]),
					DecisionType.valueOf((String) r[1]).text(), d(due))
					: Messages.text("career.alert.probationEnding", nz(r[2]), d(due));
			out.add(new Alert(kind, personId, names.getOrDefault(personId, "#" + personId), unit, null, due, due,
					detail, kind == Kind.ROTATION_ENDING ? DecisionType.TRANSFER : DecisionType.RANK_CHANGE, null,
					(Long) r[0]));
		}
		return out;
	}

	private static String nz(Object o) {
		return o == null ? Messages.text("career.alert.noNumber") : o.toString();
	}

	static String d(LocalDate x) {
		return x == null ? "" : DecisionService.VN.format(x);
	}

	/**
	 * Creates the pre-filled draft decision an alert calls for: the type, the person, the
	 * post or salary concerned and the due date as effective date. The number, issuer and
	 * signing date are left to fill in.
	 */
	@Transactional
	public Decision draft(Kind kind, long personId, Long positionId, Long sourceDecisionId, LocalDate due,
			Scope scope) {
		return drafts.create(kind, personId, positionId, sourceDecisionId, due, scope);
	}

}
