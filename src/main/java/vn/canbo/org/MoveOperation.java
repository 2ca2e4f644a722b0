package vn.canbo.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.canbo.org.RestructuringService.Move;
import vn.canbo.org.RestructuringSteps.Open;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;

/** Chuyển trực thuộc: see {@link RestructuringService.Move}. */
record MoveOperation(RestructuringSteps steps, UnitService units) {

	RestructuringResult move(Move cmd, Scope scope) {
		ScopeFirst.check(units, scope, RestructuringSteps.effectiveDate(cmd.decision()),
				ScopeFirst.ids(cmd.unitId(), cmd.newParentId()));
		List<FieldError> errors = new ArrayList<>();
		LocalDate d = steps.checkDecision(cmd.decision(), errors);
		Open unit = d == null ? null : steps.checkOpen("unitId", cmd.unitId(), d, errors);
		if (unit != null && cmd.newParentId() != null) {
			if (cmd.newParentId() == cmd.unitId()) {
				errors.add(new FieldError("newParentId", Messages.text("org.error.parentIsSelf"), cmd.newParentId()));
			}
			else if (steps.checkActive("newParentId", cmd.newParentId(), d, errors)
					&& units.subtreeIds(List.of(cmd.unitId()), d).contains(cmd.newParentId())) {
				errors
					.add(new FieldError("newParentId", Messages.text("org.error.parentInSubtree"), cmd.newParentId()));
			}
		}
		if (unit != null && Objects.equals(unit.parentId(), cmd.newParentId())
				&& (cmd.level() == null || cmd.level() == unit.level())) {
			errors.add(new FieldError("newParentId", Messages.text("org.error.alreadyUnderParent"), cmd.newParentId()));
		}
		steps.throwIf(errors);
		steps.checkScope(scope, d,
				cmd.newParentId() == null ? List.of(cmd.unitId()) : List.of(cmd.unitId(), cmd.newParentId()));
		if (cmd.newParentId() == null && !scope.unrestricted()) {
			throw new NotFoundException(Messages.text("org.error.parentNotFound"));
		}

		long rid = steps.restructuring(RestructuringKind.MOVE, cmd.decision());
		steps.reparent(unit, cmd.newParentId(), cmd.level(), d, rid);
		return steps.publish(rid, RestructuringKind.MOVE, cmd.decision(), Map.of(), Map.of(), List.of());
	}

}
