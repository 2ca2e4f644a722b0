package vn.canbo.career;

import vn.canbo.shared.Messages;
import vn.canbo.shared.ValidationException;

/**
 * The second-approver rule: a decision of a four-eyes type is issued only once approved
 * (status APPROVED), and by a user who is neither its drafter nor its approver. Any
 * approved decision, whatever its type, is issued by another user than its approver (the
 * table refuses it too).
 */
record FourEyes(CareerSettings settings) {

	boolean required(DecisionType type) {
		return settings.fourEyesTypes().contains(type);
	}

	/** Refuses (400) an issue by {@code user} that the rule forbids. */
	void checkIssuer(Decision d, String user) {
		if (d.approvedBy() != null && d.approvedBy().equalsIgnoreCase(user)) {
			throw new ValidationException("status", Messages.text("career.error.issuerIsApprover", d.approvedBy()));
		}
		if (!required(d.type())) {
			return;
		}
		if (!d.approved()) {
			throw new ValidationException("status", Messages.text("career.error.approvalRequired", d.type().text()));
		}
		if (d.createdBy() != null && d.createdBy().equalsIgnoreCase(user)) {
			throw new ValidationException("status", Messages.text("career.error.issuerIsDrafter", d.createdBy()));
		}
	}

}
