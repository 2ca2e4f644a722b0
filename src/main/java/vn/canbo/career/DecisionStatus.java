package vn.canbo.career;

import vn.canbo.shared.Messages;

/**
 * Dự thảo → (đã phê duyệt →) đã ban hành; a revoked decision keeps its history but its
 * effects are undone. An approved decision's content is frozen; the types that need a
 * second approver ({@code canbo.career.four-eyes-types}) must pass through APPROVED.
 */
public enum DecisionStatus {

	DRAFT, APPROVED, ISSUED, REVOKED;

	public String label() {
		return Messages.text("career.decisionStatus." + name());
	}

}
