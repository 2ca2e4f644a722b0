package vn.canbo.planning;

import vn.canbo.shared.Messages;

/** Quy hoạch nhiệm kỳ hiện tại / nhiệm kỳ kế tiếp. */
@org.springframework.modulith.NamedInterface("api")
public enum PlanKind {

	CURRENT, NEXT;

	public String label() {
		return Messages.text("planning.kind." + name());
	}

}
