package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.canbo.org.RestructuringService.Dissolve;
import vn.canbo.org.RestructuringSteps.Open;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.Scope;

/** Giải thể: see {@link RestructuringService.Dissolve}. */
record DissolveOperation(RestructuringSteps steps, UnitService units) {

	RestructuringResult dissolve(Dissolve cmd, Scope scope) {
		ScopeFirst.check(units, scope, RestructuringSteps.effectiveDate(cmd.decision()),
				ScopeFirst.ids(cmd.unitId(), cmd.successorId(), cmd.personMapping()));
		List<FieldError> errors = new ArrayList<>();
		LocalDate d = steps.checkDecision(cmd.decision(), errors);
		Open unit = d == null ? null : steps.checkOpen("unitId", cmd.unitId(), d, errors);
		if (cmd.successorId() != null && d != null) {
			if (cmd.successorId() == cmd.unitId()) {
				errors
					.add(new FieldError("successorId", Messages.text("org.error.successorIsSelf"), cmd.successorId()));
			}
			else if (steps.checkActive("successorId", cmd.successorId(), d, errors)
					&& units.subtreeIds(List.of(cmd.unitId()), d).contains(cmd.successorId())) {
				errors.add(new FieldError("successorId", Messages.text("org.error.successorInSubtree"),
						cmd.successorId()));
			}
		}
		List<Open> children = unit == null ? List.of()
				: steps.children(List.of(cmd.unitId()), Set.of(cmd.unitId()), d, errors);
		if (!children.isEmpty() && !(cmd.childrenToSuccessor() && cmd.successorId() != null)) {
			errors.add(new FieldError("unitId",
					Messages.text("org.error.activeChildren", String.valueOf(children.size())), cmd.unitId()));
		}
		steps.throwIf(errors);
		steps.checkScope(scope, d,
				cmd.successorId() == null ? List.of(cmd.unitId()) : List.of(cmd.unitId(), cmd.successorId()));

		long rid = steps.restructuring(RestructuringKind.DISSOLVE, cmd.decision());
		steps.endAll(List.of(cmd.unitId()), d);
		Map<Long, Long> mapping = new LinkedHashMap<>();
		if (cmd.successorId() != null) {
			steps.link(rid, cmd.unitId(), cmd.successorId());
			mapping.put(cmd.unitId(), cmd.successorId());
			for (Open c : children) {
				steps.reparent(c, cmd.successorId(), null, d, rid);
			}
		}
		return steps.publish(rid, RestructuringKind.DISSOLVE, cmd.decision(), mapping, cmd.personMapping(), List.of(),
				cmd.unitId());
	}

}
