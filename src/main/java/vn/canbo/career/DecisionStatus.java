package vn.canbo.career;

/**
 * Dự thảo → đã ban hành; a revoked decision keeps its history but its effects are undone.
 */
public enum DecisionStatus {

	DRAFT, ISSUED, REVOKED;

	public String label() {
		return switch (this) {
			case DRAFT -> "Dự thảo";
			case ISSUED -> "Đã ban hành";
			case REVOKED -> "Đã thu hồi";
		};
	}

}
