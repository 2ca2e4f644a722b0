package vn.canbo.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.canbo.catalog.Rank;
import vn.canbo.people.RetirementCategory;
import vn.canbo.people.Discipline;
import vn.canbo.shared.Messages;
import vn.canbo.shared.web.Formats;

/**
 * The rule checks of career decisions, with the parameters in force on the decision's
 * date. Each answer names the rule, its mode and legal basis; messages are Vietnamese.
 */
@Service
public class RuleChecks {

	private final RuleParameters params;

	private final ObjectProvider<RatingFacts> ratings;

	RuleChecks(RuleParameters params, ObjectProvider<RatingFacts> ratings) {
		this.params = params;
		this.ratings = ratings;
	}

	/**
	 * The final ratings (the evaluation module's {@link RatingFacts}; none without it).
	 */
	public RatingFacts ratings() {
		return ratings.getIfAvailable(() -> RatingFacts.NONE);
	}

	/**
	 * APP-14: an appointment or reappointment of someone rated KHTNV (final) in one of
	 * the last N final ratings up to the effective year ({@link RatingChecks}); empty
	 * when none.
	 */
	public Optional<RuleResult> incompleteRating(SubjectFacts f, LocalDate effective) {
		return RatingChecks.appointment(this, f, effective);
	}

	public RuleParameters parameters() {
		return params;
	}

	RuleResult result(String key, LocalDate on, boolean passed, String message, Long personId) {
		RuleParameter p = params.get(key, on);
		String text = Messages.text("rules.check.result", p.ruleId(), message, p.legalBasis());
		return new RuleResult(p.ruleId(), key, p.mode(), passed, text, p.legalBasis(), personId);
	}

	static String d(LocalDate x) {
		return x == null ? "" : Formats.date(x);
	}

	public Retirement retirement(SubjectFacts f, LocalDate on) {
		return Retirement.of(f.gender(), f.birth(), f.retirementAdjustMonths(),
				params.intValue("retire.notice_months", on), params.intValue("retire.decision_months", on));
	}

	/**
	 * The signed months a retirement category moves the person's statutory age, refused
	 * (ValidationException) beyond the maximum in force on the date (NĐ 135 Art. 5, 6).
	 */
	public int retirementAdjustment(RetirementCategory category, int months, LocalDate on) {
		category.check(months, params.intValue(category.maxMonthsKey(), on));
		return category.adjustMonths(months);
	}

	/**
	 * APP-04: at least N months of working time left at the reference date (first /
	 * higher appointment, first candidacy).
	 */
	public RuleResult ageGate(SubjectFacts f, LocalDate reference) {
		String key = "appoint.min_remaining_months_first_or_higher";
		int min = params.intValue(key, reference);
		Retirement r = retirement(f, reference);
		long left = RemainingTime.months(reference, r.retirementDate());
		boolean ok = left >= min;
		return result(key, reference, ok,
				Messages.text(ok ? "rules.check.ageGate.ok" : "rules.check.ageGate.fail", f.fullName(),
						String.valueOf(left), d(reference), String.valueOf(min), Retirement.formatAge(r.ageMonths()),
						d(r.retirementDate())),
				f.personId());
	}

	/**
	 * APP-11 (Chỉ thị 45-CT/TW): months left at the congress date, at least 60 for a
	 * first membership of a Party committee, government body or MTTQ, 48 for a
	 * re-election, 42 for the re-election of a provincial Phó Bí thư (only with
	 * {@code reelection}).
	 */
	public RuleResult committeeAge(SubjectFacts f, LocalDate congressDate, boolean reelection,
			boolean provincialDeputySecretary) {
		return CommitteeAge.check(this, f, congressDate, reelection, provincialDeputySecretary);
	}

	/**
	 * APP-12 (NĐ 177/2024): the policy group by the months left at the congress date.
	 * @see PolicyGroup
	 */
	public PolicyGroup policyGroup(SubjectFacts f, LocalDate congressDate) {
		return PolicyGroup.of(this, f, congressDate);
	}

	/**
	 * APP-09: no appointment to a higher post until 24/36/60 months after khiển trách /
	 * cảnh cáo / cách chức.
	 */
	public List<RuleResult> disciplineWait(SubjectFacts f, LocalDate effective) {
		List<RuleResult> out = new ArrayList<>();
		for (Discipline x : f.disciplines()) {
			String suffix = switch (x.formCode() == null ? "" : x.formCode()) {
				case "KHIEN_TRACH" -> "khien_trach";
				case "CANH_CAO" -> "canh_cao";
				case "CACH_CHUC" -> "cach_chuc";
				default -> null;
			};
			// a decision revoked by then no longer delays the appointment (issue 15)
			if (suffix == null || x.decidedOn() == null || x.decidedOn().isAfter(effective) || x.revokedBy(effective)) {
				continue;
			}
			String key = "appoint.after_discipline_months." + suffix;
			int months = params.intValue(key, effective);
			LocalDate until = x.decidedOn().plusMonths(months);
			if (effective.isBefore(until)) {
				out.add(result(
						key, effective, false, Messages.text("rules.check.disciplineWait.fail", f.fullName(),
								label(x.formCode()), d(x.decidedOn()), d(until), String.valueOf(months)),
						f.personId()));
			}
		}
		if (out.isEmpty()) {
			out.add(result("appoint.after_discipline_months.khien_trach", effective, true,
					Messages.text("rules.check.disciplineWait.ok", f.fullName()), f.personId()));
		}
		return out;
	}

	static String label(String form) {
		return switch (form) {
			case "KHIEN_TRACH", "CANH_CAO", "CACH_CHUC", "GIANG_CHUC" -> Messages.text("rules.discipline." + form);
			default -> form;
		};
	}

	/** ROT-01: the rotation lasts at least 36 months. */
	public RuleResult rotationDuration(SubjectFacts f, LocalDate from, LocalDate to) {
		String key = "rotation.min_months";
		int min = params.intValue(key, from);
		boolean ok = to != null && !to.isBefore(from.plusMonths(min));
		return result(key, from, ok,
				ok ? Messages.text("rules.check.rotation.ok", d(from), d(to), String.valueOf(min))
						: to == null ? Messages.text("rules.check.rotation.open", String.valueOf(min))
								: Messages.text("rules.check.rotation.short", d(from), d(to), String.valueOf(min)),
				f.personId());
	}

	/** ROT-03: at least 10 years of working time left at the rotation date. */
	public RuleResult rotationRemaining(SubjectFacts f, LocalDate from) {
		String key = "rotation.min_remaining_years";
		int years = params.intValue(key, from);
		long left = RemainingTime.months(from, retirement(f, from).retirementDate());
		boolean ok = left >= years * 12L;
		return result(key, from, ok,
				Messages.text(ok ? "rules.check.rotationRemaining.ok" : "rules.check.rotationRemaining.fail",
						f.fullName(), String.valueOf(left), d(from), String.valueOf(years)),
				f.personId());
	}

	/**
	 * APP-08 for a reappointment: when less than the threshold remains at the expiry of
	 * the CURRENT term ({@link Terms#extendToRetirement}, as the term alert), extend to
	 * retirement instead.
	 * @param termEnd the first day after the current term (not the end of the new one)
	 */
	public RuleResult reappointment(SubjectFacts f, LocalDate effective, LocalDate termEnd) {
		AtTermEnd t = atTermEnd(f, effective, termEnd);
		return result(AtTermEnd.KEY, effective, !t.extend(),
				t.extend()
						? Messages.text("rules.check.reappointment.extend", f.fullName(), d(t.retirement()),
								String.valueOf(t.months()), d(termEnd), String.valueOf(t.left()))
						: Messages.text("rules.check.reappointment.ok", f.fullName(), d(termEnd),
								String.valueOf(t.left()), String.valueOf(t.months())),
				f.personId());
	}

	/**
	 * APP-08 for an extension to retirement: only when less than the threshold remains at
	 * the expiry of the current term.
	 * @param termEnd the first day after the current term
	 */
	public RuleResult extension(SubjectFacts f, LocalDate effective, LocalDate termEnd) {
		AtTermEnd t = atTermEnd(f, effective, termEnd);
		return result(AtTermEnd.KEY, effective, t.extend(),
				Messages.text(t.extend() ? "rules.check.extension.ok" : "rules.check.extension.fail", f.fullName(),
						String.valueOf(t.months()), d(termEnd), d(t.retirement()), String.valueOf(t.left())),
				f.personId());
	}

	/**
	 * APP-08 at the expiry of the current term: the threshold (months) in force on the
	 * date, the retirement date, the months left then, and whether to extend to
	 * retirement.
	 */
	private record AtTermEnd(int months, LocalDate retirement, long left, boolean extend) {

		static final String KEY = "reappoint.extend_to_retirement_if_remaining_lt";

	}

	private AtTermEnd atTermEnd(SubjectFacts f, LocalDate effective, LocalDate termEnd) {
		int months = params.intValue(AtTermEnd.KEY, effective);
		LocalDate retires = retirement(f, effective).retirementDate();
		return new AtTermEnd(months, retires, Terms.remainingAtExpiry(termEnd, retires),
				Terms.extendToRetirement(termEnd, retires, months));
	}

	/**
	 * RET-00: a retirement takes effect on the statutory retirement date (1st day of the
	 * month after the age).
	 */
	public RuleResult retirementDate(SubjectFacts f, LocalDate effective) {
		Retirement r = retirement(f, effective);
		boolean ok = effective.equals(r.retirementDate());
		return result("retire.roadmap", effective, ok,
				Messages.text(ok ? "rules.check.retirementDate.ok" : "rules.check.retirementDate.fail", f.fullName(),
						Retirement.formatAge(r.ageMonths()),
						String.format("%02d/%d", r.reachedIn().getMonthValue(), r.reachedIn().getYear()),
						d(r.retirementDate()), d(effective)),
				f.personId());
	}

	/**
	 * RET-01/RET-02: the retirement decision is signed at least 3 months (notice: 6
	 * months) before the date.
	 */
	public List<RuleResult> retirementTiming(SubjectFacts f, LocalDate effective, LocalDate signedOn) {
		Retirement r = retirement(f, effective);
		List<RuleResult> out = new ArrayList<>();
		if (signedOn != null) {
			boolean ok = !signedOn.isAfter(r.decisionBy());
			out.add(result("retire.decision_months", effective, ok,
					Messages.text(ok ? "rules.check.retirementTiming.ok" : "rules.check.retirementTiming.fail",
							f.fullName(), d(r.decisionBy()), d(signedOn)),
					f.personId()));
		}
		return out;
	}

	/**
	 * SAL-01/02: a regular raise to the next step not before the due date (interval of
	 * the rank + delays).
	 * @param delays the delays of the period (see {@link SalaryRaises#delays})
	 */
	public RuleResult regularRaise(SubjectFacts f, Rank rank, int currentStep, LocalDate stepFrom, int newStep,
			LocalDate effective, List<SalaryRaises.Delay> delays) {
		RaiseIntervals.Interval group = RaiseIntervals.of(params, rank, effective);
		int interval = group.months();
		LocalDate due = SalaryRaises.regularDue(stepFrom, interval, delays);
		String key = group.key();
		if (rank.isLastStep(currentStep)) {
			return result(key, effective, false,
					Messages.text("rules.check.regularRaise.lastStep", f.fullName(), rank.name()), f.personId());
		}
		if (newStep != currentStep + 1) {
			return result(key, effective, false, Messages.text("rules.check.regularRaise.nextOnly",
					String.valueOf(currentStep + 1), String.valueOf(currentStep)), f.personId());
		}
		boolean ok = !effective.isBefore(due);
		return result(key, effective, ok,
				Messages.text("rules.check.regularRaise", f.fullName(), String.valueOf(currentStep), d(stepFrom),
						String.valueOf(interval),
						delays.isEmpty() ? ""
								: Messages.text("rules.check.delayedBecause",
										String.valueOf(SalaryRaises.total(delays)), SalaryRaises.causes(delays)),
						d(due), ok ? "" : Messages.text("rules.check.raiseTooEarly", d(effective))),
				f.personId());
	}

	/**
	 * SAL-03: an early raise at most 12 months before the regular due date, assessed as
	 * of 31/12.
	 */
	public RuleResult earlyRaise(SubjectFacts f, Rank rank, int currentStep, LocalDate stepFrom, LocalDate effective,
			List<SalaryRaises.Delay> delays) {
		String key = "salary.early_raise_max_months";
		int max = params.intValue(key, effective);
		if (rank.isLastStep(currentStep)) {
			return result(key, effective, false, Messages.text("rules.check.earlyRaise.lastStep", f.fullName()),
					f.personId());
		}
		LocalDate due = SalaryRaises.regularDue(stepFrom, interval(rank, effective), delays);
		boolean ok = SalaryRaises.earlyAllowed(due, effective, max);
		return result(key, effective, ok,
				Messages.text(ok ? "rules.check.earlyRaise.ok" : "rules.check.earlyRaise.fail", f.fullName(), d(due),
						String.valueOf(max), d(SalaryRaises.earliestEarly(due, max)), d(effective)),
				f.personId());
	}

	/**
	 * SAL-03 quota: early raises in a year at most {@code salary.early_raise_quota_pct}
	 * of the unit's staff (rounded down; TT 08/2013 Art. 3, the current rate is
	 * unconfirmed — a parameter, WARN by default).
	 */
	public RuleResult earlyRaiseQuota(String unitName, long raisesThisYear, long headcount, LocalDate on) {
		String key = "salary.early_raise_quota_pct";
		int pct = params.intValue(key, on);
		long allowed = headcount * pct / 100;
		boolean ok = raisesThisYear <= allowed;
		return result(key, on, ok,
				Messages.text("rules.check.earlyRaiseQuota", unitName, String.valueOf(raisesThisYear),
						String.valueOf(on.getYear()), String.valueOf(headcount), String.valueOf(pct),
						String.valueOf(allowed)),
				null);
	}

	/**
	 * The regular interval of a rank on the date: the effective-dated parameters of
	 * {@link RaiseIntervals} (its pay table's group or a per-rank override).
	 */
	public int interval(Rank rank, LocalDate on) {
		return RaiseIntervals.of(params, rank, on).months();
	}

	public SalaryRaises.DelayMonths delayMonths(LocalDate on) {
		return new SalaryRaises.DelayMonths(params.intValue("salary.delay_months.heavy", on),
				params.intValue("salary.delay_months.medium", on), params.intValue("salary.delay_months.light", on));
	}

	/**
	 * Seniority allowance (%) on the date for someone on the last step since the date
	 * given.
	 */
	public int seniorityPct(Rank rank, LocalDate lastStepFrom, LocalDate on, int delayMonths) {
		return SalaryRaises.seniorityPct(lastStepFrom, on, interval(rank, on), delayMonths,
				params.intValue("salary.seniority_first_pct", on), params.intValue("salary.seniority_yearly_pct", on));
	}

	public Optional<RuleParameter> parameter(String key, LocalDate on) {
		return params.find(key, on);
	}

}
