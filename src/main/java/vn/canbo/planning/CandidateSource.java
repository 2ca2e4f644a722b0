package vn.canbo.planning;

import vn.canbo.shared.Messages;

/** Nguồn: tại chỗ (in the unit) or từ nơi khác (from elsewhere). */
@org.springframework.modulith.NamedInterface("api")
public enum CandidateSource {

	INTERNAL, EXTERNAL;

	public String label() {
		return Messages.text("planning.source." + name());
	}

}
