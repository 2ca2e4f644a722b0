package vn.canbo.evaluation;

import vn.canbo.shared.Messages;

/** OPEN: scores and ratings may be entered; FINALISED: immutable (corrections only). */
@org.springframework.modulith.NamedInterface("api")
public enum CampaignStatus {

	OPEN, FINALISED;

	public String label() {
		return Messages.text("evaluation.status." + name());
	}

}
