package vn.canbo.evaluation;

import vn.canbo.shared.Messages;

/**
 * The steps of an evaluation, in order: self-assessment, opinions of the collective,
 * proposal of the head, decision of the competent authority (the final rating).
 */
@org.springframework.modulith.NamedInterface("api")
public enum StepKind {

	SELF_ASSESSMENT, COLLECTIVE_OPINION, HEAD_PROPOSAL, DECISION;

	public String label() {
		return Messages.text("evaluation.step." + name());
	}

}
