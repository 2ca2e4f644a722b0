package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.canbo.org.RestructuringService.Merge;
import vn.canbo.org.RestructuringSteps.Open;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/** Sáp nhập, hợp nhất: see {@link RestructuringService.Merge}. */
record MergeOperation(RestructuringSteps steps, UnitService units, CommuneBodies bodies) {

	RestructuringResult merge(Merge cmd, Scope scope) {
		ScopeFirst.check(units, scope, RestructuringSteps.effectiveDate(cmd.decision()), ScopeFirst.ids(cmd.unitIds(),
				cmd.successorId(), cmd.newUnit() == null ? null : cmd.newUnit().parentId(), cmd.personMapping()));
		List<FieldError> errors = new ArrayList<>();
		LocalDate d = steps.checkDecision(cmd.decision(), errors);
		List<Long> ids = cmd.unitIds() == null ? List.of()
				: cmd.unitIds().stream().filter(Objects::nonNull).distinct().toList();
		Set<Long> all = new LinkedHashSet<>(ids);
		if (cmd.successorId() != null) {
			all.add(cmd.successorId());
		}
		if (cmd.successorId() != null && cmd.newUnit() != null) {
			errors.add(new FieldError("successorId", Messages.text("org.error.successorEither")));
		}
		else if (cmd.successorId() == null && cmd.newUnit() == null) {
			errors.add(new FieldError("successorId", Messages.text("org.error.successorRequired")));
		}
		if (all.size() < 2 || (cmd.newUnit() != null && ids.size() < 2)) {
			errors.add(new FieldError("unitIds", Messages.text("org.error.mergeTooFew"), ids));
		}
		List<Long> ending = ids.stream().filter(id -> !id.equals(cmd.successorId())).toList();
		Map<Long, Open> open = new LinkedHashMap<>();
		if (d != null) {
			for (long id : ending) {
				Open o = steps.checkOpen("unitIds", id, d, errors);
				if (o != null) {
					open.put(id, o);
				}
			}
			if (cmd.successorId() != null) {
				steps.checkActive("successorId", cmd.successorId(), d, errors);
			}
		}
		Open first = open.isEmpty() ? null : open.values().iterator().next();
		UnitSpec spec = cmd.newUnit() == null ? null
				: steps.resolve(cmd.newUnit(), first, "newUnit", d, Set.copyOf(ending), errors, new HashSet<>());
		List<Open> children = d == null ? List.of() : steps.children(ending, Set.copyOf(ending), d, errors);
		if (cmd.successorId() != null && d != null && !ending.isEmpty()
				&& units.subtreeIds(ending, d).contains(cmd.successorId())) {
			errors
				.add(new FieldError("successorId", Messages.text("org.error.successorUnderMerged"), cmd.successorId()));
		}
		CommuneBodies.Plan bodyPlan = CommuneBodies.Plan.NONE;
		if (d != null) {
			UnitView kept = cmd.successorId() == null ? null : units.find(cmd.successorId(), d).orElse(null);
			String code = spec != null ? spec.code() : kept == null ? null : kept.code();
			String name = spec != null ? spec.name() : kept == null ? null : kept.name();
			bodyPlan = bodies.plan(children, cmd.successorId(), code, name, cmd.bodies(), d, Set.copyOf(ending),
					errors);
		}
		steps.throwIf(errors);
		steps.checkScope(scope, d, all, spec == null ? null : spec.parentId());

		long rid = steps.restructuring(RestructuringKind.MERGE, cmd.decision());
		steps.endAll(ending, d);
		List<UnitView> created = new ArrayList<>();
		long successor;
		if (spec != null) {
			successor = steps.createUnit(spec, d, rid);
			created.add(units.find(successor, d).orElseThrow());
		}
		else {
			successor = cmd.successorId();
		}
		Map<Long, Long> mapping = new LinkedHashMap<>();
		for (long id : ending) {
			steps.link(rid, id, successor);
			mapping.put(id, successor);
		}
		mapping.putAll(bodies.apply(bodyPlan, successor, d, rid, created));
		return steps.publish(rid, RestructuringKind.MERGE, cmd.decision(), mapping, cmd.personMapping(), created);
	}

}
