package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/**
 * The readiness view of one plan or of every plan of a unit subtree (a province): scope
 * first, then {@link ReadinessBuilder} reads everything in bulk; sorting and the .xlsx
 * rows here.
 */
@Component
class ReadinessService implements PlanReadiness {

	private final PlanningAccess access;

	private final ReadinessBuilder builder;

	ReadinessService(PlanningAccess access, ReadinessBuilder builder) {
		this.access = access;
		this.builder = builder;
	}

	@Override
	@Transactional(readOnly = true)
	public Readiness readiness(long planId, LocalDate on, String sort, Scope scope) {
		PlanningRows.PlanRow plan = access.plan(planId, scope);
		LocalDate day = on == null ? LocalDate.now() : on;
		return sorted(builder.build(List.of(plan), day, scope).get(0), sort);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Readiness> ofSubtree(long unitId, String termCode, LocalDate on, String sort, Scope scope) {
		LocalDate day = on == null ? LocalDate.now() : on;
		List<PlanningRows.PlanRow> plans = access.plansOfSubtree(unitId, termCode, day, scope);
		return builder.build(plans, day, scope).stream().map(r -> sorted(r, sort)).toList();
	}

	private static Readiness sorted(Readiness r, String sort) {
		List<Readiness.Title> ts = new ArrayList<>();
		for (Readiness.Title t : r.titles()) {
			List<Readiness.Row> cs = new ArrayList<>(t.candidates());
			cs.sort(order(sort));
			ts.add(new Readiness.Title(t.titleCode(), t.titleName(), t.incumbents(), cs));
		}
		return new Readiness(r.planId(), r.unitId(), r.unitName(), r.on(), ts);
	}

	private static Comparator<Readiness.Row> order(String sort) {
		Comparator<Readiness.Row> byName = Comparator.comparing(Readiness.Row::fullName);
		if ("monthsLeft".equals(sort)) {
			return Comparator
				.comparing(Readiness.Row::monthsLeft, Comparator.nullsLast(Comparator.<Long>reverseOrder()))
				.thenComparing(byName);
		}
		if ("monthsInPost".equals(sort)) {
			return Comparator
				.comparing(Readiness.Row::monthsInPost, Comparator.nullsLast(Comparator.<Long>reverseOrder()))
				.thenComparing(byName);
		}
		return "name".equals(sort) ? byName : (a, b) -> 0;
	}

	@Override
	public List<String> headers() {
		return List
			.of("title", "role", "person", "termEnd", "retirementDate", "monthsLeft", "termsLeft", "post",
					"monthsInPost", "gaps", "ratings", "discipline", "training")
			.stream()
			.map(k -> Messages.text("planning.readiness.col." + k))
			.toList();
	}

	@Override
	public List<List<Object>> rows(Readiness r) {
		List<List<Object>> out = new ArrayList<>();
		for (Readiness.Title t : r.titles()) {
			for (Readiness.Incumbent i : t.incumbents()) {
				out.add(java.util.Arrays.asList(t.titleName(), Messages.text("planning.readiness.incumbent"),
						i.fullName(), i.termEnd(), i.retirementDate(), null, null, null, null, null, null, null, null));
			}
			for (Readiness.Row c : t.candidates()) {
				out.add(java.util.Arrays.asList(t.titleName(), Messages.text("planning.readiness.candidate"),
						c.fullName(), null, c.retirementDate(), c.monthsLeft(), c.termsLeft(), c.currentPost(),
						c.monthsInPost(), gaps(c), String.join("; ", c.ratings()), c.discipline(),
						String.join("; ", c.training())));
			}
		}
		return out;
	}

	static String gaps(Readiness.Row c) {
		if (c.hidden()) {
			return null;
		}
		return c.gaps() == null ? Messages.text("planning.readiness.noStandard")
				: c.gaps().isEmpty() ? Messages.text("planning.readiness.meets") : String.join("; ", c.gaps());
	}

}
