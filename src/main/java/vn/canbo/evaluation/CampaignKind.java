package vn.canbo.evaluation;

import vn.canbo.shared.Messages;

/**
 * Đối tượng của đợt đánh giá: INDIVIDUAL = persons of the chosen categories (cán bộ, công
 * chức, viên chức…), regime by category and date; PARTY_MEMBER = party members (QĐ 366);
 * COLLECTIVE = the units of the subtree (tập thể, QĐ 366).
 */
@org.springframework.modulith.NamedInterface("api")
public enum CampaignKind {

	INDIVIDUAL, PARTY_MEMBER, COLLECTIVE;

	public String label() {
		return Messages.text("evaluation.kind." + name());
	}

}
