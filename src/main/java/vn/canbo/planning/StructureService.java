package vn.canbo.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.catalog.CatalogType;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.UnitView;
import vn.canbo.org.Units;
import vn.canbo.people.Gender;
import vn.canbo.people.PersonViews;
import vn.canbo.rules.RuleParameters;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.web.Formats;

/**
 * Counts the distinct persons in the plans on the day (age in whole years on the day;
 * minority: the ETHNICITY catalog's attribute {@code minority}), with the thresholds and
 * targets of the rules in force that day; the persons' sex, birth date and ethnicity are
 * read in one narrow query (people's {@link PersonViews#basics}).
 */
@Component
class StructureService implements PlanStructure {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final PlanningRows rows;

	private final PlanningAccess access;

	private final PersonViews people;

	private final Units units;

	private final Catalogs catalogs;

	private final RuleParameters params;

	StructureService(PlanningRows rows, PlanningAccess access, PersonViews people, Units units, Catalogs catalogs,
			RuleParameters params) {
		this.rows = rows;
		this.access = access;
		this.people = people;
		this.units = units;
		this.catalogs = catalogs;
		this.params = params;
	}

	@Override
	@Transactional(readOnly = true)
	public Structure ofPlan(long planId, LocalDate on, Scope scope) {
		PlanningRows.PlanRow plan = access.plan(planId, scope);
		LocalDate day = on == null ? LocalDate.now() : on;
		return count(List.of(planId), unitLevelCentral(plan.unitId(), plan.decidedOn(), day), day);
	}

	@Override
	@Transactional(readOnly = true)
	public Structure ofSubtree(long unitId, String termCode, LocalDate on, Scope scope) {
		LocalDate day = on == null ? LocalDate.now() : on;
		List<Long> plans = access.plansOfSubtree(unitId, termCode, day, scope)
			.stream()
			.map(PlanningRows.PlanRow::id)
			.toList();
		return count(plans, unitLevelCentral(unitId, day, day), day);
	}

	boolean unitLevelCentral(long unitId, LocalDate alt, LocalDate day) {
		UnitView u = units.find(unitId, day).or(() -> units.find(unitId, alt)).orElse(null);
		return u != null && u.level() == null;
	}

	/** The thresholds in force on the day: young under, the two age-tier bounds. */
	record Thresholds(int young, int t1, int t2) {
	}

	/**
	 * What is counted of one person: a woman, young, of an ethnic minority, the age tier
	 * (0–2; -1 without a birth date).
	 */
	record Flags(boolean woman, boolean young, boolean minority, int tier) {
	}

	Thresholds thresholds(boolean central, LocalDate day) {
		int young = params.intValue(central ? "planning.young_under_age_central" : "planning.young_under_age_local",
				day);
		List<String> tiers = params.listValue("planning.age_tiers", day);
		return new Thresholds(young, Integer.parseInt(tiers.get(0).strip()), Integer.parseInt(tiers.get(1).strip()));
	}

	/** The flags of each person on the day (one bulk read of the dossiers). */
	java.util.Map<Long, Flags> flags(Collection<Long> personIds, Thresholds th, LocalDate day) {
		java.util.Map<Long, Flags> out = new java.util.HashMap<>();
		for (PersonViews.Basics v : people.basics(personIds, day).values()) {
			Integer age = v.age();
			String eth = v.ethnicityCode();
			boolean minority = eth != null && catalogs.find(CatalogType.ETHNICITY, eth)
				.map(x -> "true".equals(x.attribute("minority")))
				.orElse(false);
			out.put(v.id(), new Flags(v.gender() == Gender.FEMALE, age != null && age < th.young(), minority,
					age == null ? -1 : age < th.t1() ? 0 : age <= th.t2() ? 1 : 2));
		}
		return out;
	}

	private Structure count(Collection<Long> planIds, boolean central, LocalDate day) {
		List<Long> ids = rows.activePersons(planIds, day);
		Thresholds th = thresholds(central, day);
		int young = th.young();
		int t1 = th.t1();
		int t2 = th.t2();
		long women = 0;
		long youngs = 0;
		long minority = 0;
		long[] tier = new long[3];
		for (Flags f : flags(ids, th, day).values()) {
			women += f.woman() ? 1 : 0;
			youngs += f.young() ? 1 : 0;
			minority += f.minority() ? 1 : 0;
			if (f.tier() >= 0) {
				tier[f.tier()]++;
			}
		}
		long total = ids.size();
		List<Structure.Share> shares = new ArrayList<>();
		shares.add(share("WOMEN", Messages.text("planning.structure.WOMEN"), women, total,
				BigDecimal.valueOf(params.intValue("planning.target_women_percent", day))));
		shares.add(share("YOUNG", Messages.text("planning.structure.YOUNG", String.valueOf(young)), youngs, total,
				BigDecimal.valueOf(params.intValue("planning.target_young_percent", day))));
		shares.add(share("MINORITY", Messages.text("planning.structure.MINORITY"), minority, total, null));
		shares
			.add(share("TIER_1", Messages.text("planning.structure.TIER_1", String.valueOf(t1)), tier[0], total, null));
		shares.add(share("TIER_2", Messages.text("planning.structure.TIER_2", String.valueOf(t1), String.valueOf(t2)),
				tier[1], total, null));
		shares
			.add(share("TIER_3", Messages.text("planning.structure.TIER_3", String.valueOf(t2)), tier[2], total, null));
		return new Structure(day, young, total, shares);
	}

	private static Structure.Share share(String code, String label, long n, long total, BigDecimal target) {
		BigDecimal pct = total == 0 ? null
				: BigDecimal.valueOf(n).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
		if (target == null || pct == null) {
			return new Structure.Share(code, label, n, pct, target, null, "");
		}
		int c = pct.compareTo(target);
		String verdict = c == 0 ? Messages.text("planning.structure.met", Formats.percent(target, Messages.locale()))
				: c > 0 ? Messages.text("planning.structure.over", Formats.percent(target, Messages.locale()),
						Formats.percent(pct.subtract(target), Messages.locale()))
						: Messages.text("planning.structure.under", Formats.percent(target, Messages.locale()),
								Formats.percent(target.subtract(pct), Messages.locale()));
		return new Structure.Share(code, label, n, pct, target, c >= 0, verdict);
	}

}
