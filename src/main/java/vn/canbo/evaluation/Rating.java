package vn.canbo.evaluation;

import java.util.Arrays;
import java.util.Optional;
import vn.canbo.shared.Messages;

/**
 * Mức xếp loại chất lượng, best first: HTXSNV, HTTNV, HTNV, KHTNV.
 */
@org.springframework.modulith.NamedInterface("api")
public enum Rating {

	EXCELLENT("HTXSNV"), GOOD("HTTNV"), COMPLETE("HTNV"), INCOMPLETE("KHTNV");

	private final String code;

	Rating(String code) {
		this.code = code;
	}

	/** The abbreviation used in documents: HTXSNV, HTTNV, HTNV, KHTNV. */
	public String code() {
		return code;
	}

	/** The full name in the current language (bundle {@code evaluation.rating.*}). */
	public String label() {
		return Messages.text("evaluation.rating." + name());
	}

	/** By enum name or by code (HTXSNV…), case-insensitive. */
	public static Optional<Rating> parse(String s) {
		if (s == null || s.isBlank()) {
			return Optional.empty();
		}
		String t = s.strip();
		return Arrays.stream(values())
			.filter(r -> r.name().equalsIgnoreCase(t) || r.code.equalsIgnoreCase(t))
			.findFirst();
	}

	/** True when this rating is worse than {@code other}. */
	public boolean worseThan(Rating other) {
		return ordinal() > other.ordinal();
	}

}
