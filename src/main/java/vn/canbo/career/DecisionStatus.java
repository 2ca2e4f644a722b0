package vn.canbo.career;

import vn.canbo.shared.Messages;

/**
 * Dự thảo → đã ban hành; a revoked decision keeps its history but its effects are undone.
 */
public enum DecisionStatus {

	DRAFT, ISSUED, REVOKED;

	public String label() {
		return Messages.text("career.decisionStatus." + name());
	}

}
